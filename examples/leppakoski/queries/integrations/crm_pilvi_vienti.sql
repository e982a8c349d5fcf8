-- notice-check: purpose=customer-relationship
-- Yöajo: asiakkaiden yhteystiedot CRM-pilvipalveluun (toimittajan
-- palvelimet Yhdysvalloissa). Vienti kulkee crm_export-skeeman kautta,
-- jonka toimittajan synkronointi lukee.
-- PLANTED: PN302 — the transfer relies on the Privacy Shield (invalid since 2020).

CREATE SCHEMA IF NOT EXISTS crm_export;

CREATE TABLE IF NOT EXISTS crm_export.kontakti (
    email       text,
    first_name  text,
    last_name   text,
    phone       text
);

INSERT INTO crm_export.kontakti (email, first_name, last_name, phone)
SELECT sahkoposti, etunimi, sukunimi, matkapuhelin
  FROM markkinointi_kohderyhma;
