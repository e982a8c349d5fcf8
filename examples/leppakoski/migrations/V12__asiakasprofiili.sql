-- V12: Asiakasprofiili.
-- Myynti haluaa segmentoida asiakkaat tarjouskampanjoita varten ja käyttöpuoli
-- tarvitsee tiedon asiakkaista, joiden lämmönjakelu pitää priorisoida
-- häiriötilanteissa (esim. vakava sairaus, hengityslaite kotona).
-- Tiedot tulevat asiakaspalvelun haastattelusta ja Asiakastiedon rajapinnasta.
-- TODO: tarkista lakimiehen kanssa, pitääkö tietosuojaselostetta päivittää.

ALTER TABLE asiakas ADD COLUMN erityisryhma boolean NOT NULL DEFAULT false;
ALTER TABLE asiakas ADD COLUMN terveydentila_lisatieto text;
ALTER TABLE asiakas ADD COLUMN kansalaisuus varchar(2);
ALTER TABLE asiakas ADD COLUMN vuositulot numeric(12,2);
-- Kept: the planted PN204 (a category the notice does not define).
ALTER TABLE asiakas ADD COLUMN luottoluokitus varchar(10); -- privacy: luottotiedot

COMMENT ON COLUMN asiakas.erityisryhma IS 'Asiakas kuuluu sairauden / terveydentilan vuoksi erityisryhmään: lämmöntoimitus priorisoidaan häiriötilanteissa';
COMMENT ON COLUMN asiakas.terveydentila_lisatieto IS 'Vapaa teksti: sairaus, apuvälineet (esim. happirikastin)';
