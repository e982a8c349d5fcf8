-- V4: Kaukolämpö- ja maakaasuliittymät.

CREATE TABLE koodisto_energialaji (
    koodi   varchar(3)  PRIMARY KEY,     -- KL = kaukolämpö, MK = maakaasu
    nimi    varchar(60) NOT NULL
);

CREATE TABLE liittyma (
    liittyma_id       bigserial     PRIMARY KEY,
    liittymanumero    varchar(12)   NOT NULL UNIQUE,
    kayttopaikka_id   bigint        NOT NULL REFERENCES kayttopaikka (kayttopaikka_id),
    energialaji       varchar(3)    NOT NULL REFERENCES koodisto_energialaji (koodi),
    liittymissopimus  varchar(20),
    liittymismaksu    numeric(12,2),
    liittymispaiva    date,
    tilausteho_kw     numeric(9,2),
    tila              varchar(12)   NOT NULL DEFAULT 'AKTIIVINEN',
    luotu             timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX liittyma_kayttopaikka_ix ON liittyma (kayttopaikka_id);
