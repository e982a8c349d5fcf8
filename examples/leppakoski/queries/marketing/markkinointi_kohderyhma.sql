-- Markkinoinnin kohderyhmä: asiakkaat, joilla ei ole voimassa olevaa
-- suoramarkkinointikieltoa. Kaikki markkinointiajot lukevat tätä näkymää.
-- (Tiedoston tarkoitus tulee data mapista: queries/marketing/ -> marketing.)

CREATE VIEW markkinointi_kohderyhma AS
SELECT a.asiakas_id,
       a.etunimi,
       a.sukunimi,
       a.aidinkieli,
       y.sahkoposti,
       y.matkapuhelin,
       y.lahiosoite,
       y.postinumero,
       y.postitoimipaikka
  FROM asiakas a
  JOIN asiakas_yhteystieto y ON y.asiakas_id = a.asiakas_id AND y.ensisijainen
 WHERE NOT EXISTS (SELECT 1
                     FROM suoramarkkinointikielto k
                    WHERE k.asiakas_id = a.asiakas_id
                      AND (k.voimassa_asti IS NULL OR k.voimassa_asti >= current_date));

-- Uutiskirjeen vastaanottajat: näkymästä, joten kiellot on jo suodatettu.
SELECT etunimi, sahkoposti
  FROM markkinointi_kohderyhma
 WHERE aidinkieli = 'fi';
