-- Kevätkampanja 2026: kaukolämpöasiakkaille tarjous lämpöpumpun
-- tehostamisesta. Lista tehtiin kiireessä suoraan asiakastauluista.
-- PLANTED: PN305 — the direct-marketing ban is not applied.

SELECT a.etunimi,
       a.sukunimi,
       y.sahkoposti,
       y.matkapuhelin
  FROM asiakas a
  JOIN asiakas_yhteystieto y ON y.asiakas_id = a.asiakas_id
  JOIN kayttopaikka k ON k.haltija_asiakas_id = a.asiakas_id
 WHERE y.ensisijainen;
