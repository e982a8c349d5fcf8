-- V6: Tuotteet, hinnasto ja toimitussopimukset.

CREATE TABLE tuote (
    tuote_id     bigserial    PRIMARY KEY,
    tuotekoodi   varchar(20)  NOT NULL UNIQUE,
    nimi         varchar(100) NOT NULL,          -- esim. 'Kaukolämpö perusmaksu'
    kuvaus       text,
    energialaji  varchar(3)   REFERENCES koodisto_energialaji (koodi),
    yksikko      varchar(10)  NOT NULL           -- kWh, MWh, kk, kW
);

CREATE TABLE hinnasto (
    hinnasto_id      bigserial      PRIMARY KEY,
    tuote_id         bigint         NOT NULL REFERENCES tuote (tuote_id),
    voimassa_alkaen  date           NOT NULL,
    voimassa_asti    date,
    hinta_alv0       numeric(12,4)  NOT NULL,
    alv_prosentti    numeric(4,2)   NOT NULL DEFAULT 25.5
);

CREATE TABLE sopimus (
    sopimus_id       bigserial    PRIMARY KEY,
    sopimusnumero    varchar(12)  NOT NULL UNIQUE,
    asiakas_id       bigint       NOT NULL REFERENCES asiakas (asiakas_id),
    kayttopaikka_id  bigint       NOT NULL REFERENCES kayttopaikka (kayttopaikka_id),
    tuote_id         bigint       NOT NULL REFERENCES tuote (tuote_id),
    alkaa            date         NOT NULL,
    paattyy          date,
    laskutusrytmi    varchar(10)  NOT NULL DEFAULT 'KK',       -- KK / 3KK / VUOSI
    laskutustapa     varchar(10)  NOT NULL DEFAULT 'PAPERI',   -- PAPERI / EMAIL / ELASKU
    laskutusosoite   varchar(300),
    verkkolaskuosoite varchar(35)
);

-- gsm-kenttä (V3) nimetään selkeämmäksi
ALTER TABLE asiakas_yhteystieto RENAME COLUMN gsm TO matkapuhelin;
