-- V11: Asiakaspalvelun näkymä ja asiakkaan lisätiedot.

-- Asiakkaan pyynnöstä kirjatut palvelun toteuttamiseen tarvittavat tiedot
-- (esim. "avain naapurilla", "soita ennen käyntiä")
ALTER TABLE asiakas
    -- Kept: the notice's open-ended 'muut ... suostumuksella saadut tiedot' has no kinds,
    -- so only a person can put free text in it.
    -- privacy: customer-consent-data
    ADD COLUMN lisatieto text;

CREATE VIEW asiakaspalvelu_asiakas_v AS
SELECT a.asiakasnumero,
       a.asiakastyyppi,
       a.etunimi,
       a.sukunimi,
       a.yritysnimi,
       a.aidinkieli,
       y.lahiosoite,
       y.postinumero,
       y.postitoimipaikka,
       y.puhelin,
       y.matkapuhelin,
       y.sahkoposti,
       k.kayttopaikkanumero,
       k.lahiosoite AS kayttopaikan_osoite,
       EXISTS (SELECT 1
                 FROM suoramarkkinointikielto s
                WHERE s.asiakas_id = a.asiakas_id
                  AND (s.voimassa_asti IS NULL OR s.voimassa_asti >= current_date)) AS markkinointikielto
  FROM asiakas a
  LEFT JOIN asiakas_yhteystieto y ON y.asiakas_id = a.asiakas_id AND y.ensisijainen
  LEFT JOIN kayttopaikka k ON k.haltija_asiakas_id = a.asiakas_id;
