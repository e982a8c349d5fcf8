-- Vanha arkistointiajo vuodelta 2019; ajetaan kerran kuussa.
-- PLANTED: PN306 — keeps call recordings 12 months, the notice promises 6.

DELETE FROM puhelutallenne
 WHERE tallennettu < now() - interval '12 months';

-- Kirjautumisloki: seloste ei lupaa säilytysaikaa, joten tätä ei voi tarkistaa.
DELETE FROM kirjautumisloki
 WHERE aika < now() - interval '24 months';
