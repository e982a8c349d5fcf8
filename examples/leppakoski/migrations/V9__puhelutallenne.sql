-- V9: Asiakaspalvelupuheluiden tallenteet (säilytys 6 kk, poisto ajastetulla jobilla).

CREATE TABLE puhelutallenne (
    puhelutallenne_id  bigserial    PRIMARY KEY,
    asiakas_id         bigint       REFERENCES asiakas (asiakas_id),
    soittajan_numero   varchar(30),
    tallennettu        timestamptz  NOT NULL,
    kesto_s            integer,
    suunta             varchar(6)   NOT NULL DEFAULT 'SISAAN',  -- SISAAN / ULOS
    tiedosto           varchar(500) NOT NULL,
    poistetaan         timestamptz  NOT NULL
);

CREATE INDEX puhelutallenne_poistetaan_ix ON puhelutallenne (poistetaan);

COMMENT ON COLUMN puhelutallenne.tiedosto IS 'Äänitiedoston polku tallennepalvelimella (s3://leppakoski-tallenteet/...).';
