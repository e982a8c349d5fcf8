-- V1: Asiakasrekisterin perusrakenne.
-- Asiakas voi olla henkilö tai yritys; sama asiakas voi olla käyttöpaikan
-- omistaja ja/tai haltija (ks. kayttopaikka, V3).

-- Koodistot (ei henkilötietoa)
CREATE TABLE koodisto_kieli (
    koodi       varchar(2)   PRIMARY KEY,          -- ISO 639-1: fi, sv, en ...
    nimi        varchar(60)  NOT NULL,
    nimi_sv     varchar(60),
    nimi_en     varchar(60)
);

CREATE TABLE koodisto_asiakastyyppi (
    koodi       varchar(10)  PRIMARY KEY,          -- HENKILO / YRITYS / YHTEISO
    nimi        varchar(60)  NOT NULL,
    kuvaus      text
);

CREATE TABLE asiakas (
    asiakas_id      bigserial    PRIMARY KEY,
    asiakasnumero   varchar(12)  NOT NULL UNIQUE,
    asiakastyyppi   varchar(10)  NOT NULL REFERENCES koodisto_asiakastyyppi (koodi),
    etunimi         varchar(100),
    sukunimi        varchar(100),
    yritysnimi      varchar(200),
    henkilotunnus   varchar(11),
    ytunnus         varchar(9),
    syntymaaika     date,
    aidinkieli      varchar(2)   REFERENCES koodisto_kieli (koodi),
    luotu           timestamptz  NOT NULL DEFAULT now(),
    muokattu        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT asiakas_nimi_chk CHECK (
        (asiakastyyppi = 'HENKILO' AND sukunimi IS NOT NULL)
        OR (asiakastyyppi <> 'HENKILO' AND yritysnimi IS NOT NULL)
    )
);

COMMENT ON TABLE asiakas IS 'Kaukolämpö- ja maakaasuasiakkaat (omistajat ja haltijat)';
COMMENT ON COLUMN asiakas.henkilotunnus IS 'Vain henkilöasiakkaille. Näytetään asiakaspalvelussa maskattuna.';
