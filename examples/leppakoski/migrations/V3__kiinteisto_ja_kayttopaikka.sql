-- V3: Kiinteistöt ja käyttöpaikat (lämmön/kaasun toimituspaikat).

CREATE TABLE koodisto_rakennustyyppi (
    koodi   varchar(4)   PRIMARY KEY,      -- Tilastokeskuksen rakennusluokitus
    nimi    varchar(100) NOT NULL
);

CREATE TABLE kiinteisto (
    kiinteisto_id        bigserial    PRIMARY KEY,
    kiinteistotunnus     varchar(20)  NOT NULL UNIQUE,   -- esim. 143-401-12-34
    nimi                 varchar(100),
    rakennustilavuus     integer,                        -- m3
    valmistusvuosi       smallint,
    omistaja_asiakas_id  bigint       REFERENCES asiakas (asiakas_id),
    luotu                timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE kayttopaikka (
    kayttopaikka_id     bigserial    PRIMARY KEY,
    kayttopaikkanumero  varchar(12)  NOT NULL UNIQUE,
    nimi                varchar(100),
    lahiosoite          varchar(200) NOT NULL,
    postinumero         varchar(5)   NOT NULL,
    postitoimipaikka    varchar(60)  NOT NULL,
    rakennustyyppi      varchar(4)   REFERENCES koodisto_rakennustyyppi (koodi),
    kayttotarkoitus     varchar(100),
    kiinteisto_id       bigint       REFERENCES kiinteisto (kiinteisto_id),
    haltija_asiakas_id  bigint       REFERENCES asiakas (asiakas_id),
    luotu               timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX kayttopaikka_haltija_ix ON kayttopaikka (haltija_asiakas_id);

-- Tekstiviestimuistutuksia varten erillinen kenttä matkapuhelimelle
ALTER TABLE asiakas_yhteystieto ADD COLUMN gsm varchar(30);
