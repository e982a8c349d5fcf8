-- V1.1: Hotfix V1:n jälkeen: puuttuvat indeksit ja koodistojen alkuarvot.

CREATE UNIQUE INDEX asiakas_henkilotunnus_uix ON asiakas (henkilotunnus) WHERE henkilotunnus IS NOT NULL;
CREATE UNIQUE INDEX asiakas_ytunnus_uix ON asiakas (ytunnus) WHERE ytunnus IS NOT NULL;
CREATE INDEX asiakas_sukunimi_ix ON asiakas (lower(sukunimi));

INSERT INTO koodisto_kieli (koodi, nimi, nimi_sv, nimi_en) VALUES
    ('fi', 'suomi', 'finska', 'Finnish'),
    ('sv', 'ruotsi', 'svenska', 'Swedish'),
    ('en', 'englanti', 'engelska', 'English'),
    ('se', 'saame', 'samiska', 'Sami');

INSERT INTO koodisto_asiakastyyppi (koodi, nimi, kuvaus) VALUES
    ('HENKILO', 'Yksityishenkilö', NULL),
    ('YRITYS', 'Yritys', 'Y-tunnuksellinen asiakas'),
    ('YHTEISO', 'Yhteisö', 'Taloyhtiö, yhdistys, kunta');
