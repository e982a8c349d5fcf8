-- V10: Verkkopalvelu (Oma Leppäkoski): käyttäjät ja kirjautumisloki.

CREATE TABLE verkkopalvelu_kayttaja (
    kayttaja_id              bigserial    PRIMARY KEY,
    asiakas_id               bigint       NOT NULL REFERENCES asiakas (asiakas_id),
    kayttajatunnus           varchar(100) NOT NULL UNIQUE,
    salasana_hash            varchar(200),
    tunnistautumistapa       varchar(10)  NOT NULL DEFAULT 'SALASANA',  -- SALASANA / PANKKI / MOBIILI
    viimeisin_kirjautuminen  timestamptz,
    ip_osoite                inet,
    lukittu                  boolean      NOT NULL DEFAULT false,
    luotu                    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE kirjautumisloki (
    kirjautumisloki_id  bigserial    PRIMARY KEY,
    kayttaja_id         bigint       REFERENCES verkkopalvelu_kayttaja (kayttaja_id),
    aika                timestamptz  NOT NULL DEFAULT now(),
    ip_osoite           inet,
    selain              varchar(500),
    onnistui            boolean      NOT NULL
);

-- Asiakastapahtumat asiakasanalyysia varten (yhteydenotot, tarjoukset, chat)
CREATE TABLE asiakastapahtuma (
    tapahtuma_id    bigserial    PRIMARY KEY,
    asiakas_id      bigint       NOT NULL REFERENCES asiakas (asiakas_id),
    tapahtumatyyppi varchar(20)  NOT NULL,
    kanava          varchar(10)  NOT NULL,
    kuvaus          text,
    tapahtui        timestamptz  NOT NULL DEFAULT now()
);
