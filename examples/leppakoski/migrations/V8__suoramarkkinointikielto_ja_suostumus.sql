-- V8: Suoramarkkinointikiellot (Henkilötietolaki 30 §) ja suostumukset.

CREATE TABLE suoramarkkinointikielto (
    kielto_id     bigserial    PRIMARY KEY,
    asiakas_id    bigint       NOT NULL REFERENCES asiakas (asiakas_id),
    kieltotyyppi  varchar(20)  NOT NULL,   -- SUORAMARKKINOINTI / ETAMYYNTI / MIELIPIDETUTKIMUS
    kanava        varchar(10),             -- PUHELIN / POSTI / EMAIL / SMS, NULL = kaikki
    voimassa_alkaen date       NOT NULL DEFAULT current_date,
    voimassa_asti date,
    kirjattu      timestamptz  NOT NULL DEFAULT now()
);

-- Asiakkaan antamat suostumukset (esim. etäluentadatan käyttö energianeuvontaan)
CREATE TABLE suostumus (
    suostumus_id    bigserial    PRIMARY KEY,
    asiakas_id      bigint       NOT NULL REFERENCES asiakas (asiakas_id),
    suostumustyyppi varchar(30)  NOT NULL,
    annettu         timestamptz  NOT NULL,
    peruttu         timestamptz,
    -- Kept: an open-ended category of the notice (no kinds); a reviewer's decision.
    lisatieto       text         -- privacy: other-consent-data
);

-- Faksia ei ole käytetty vuosiin
ALTER TABLE asiakas_yhteystieto DROP COLUMN faksi;

-- Kaikki mittarit etäluettavia, lukijan nimeä ei enää tallenneta
ALTER TABLE mittauslukema DROP COLUMN lukija;
