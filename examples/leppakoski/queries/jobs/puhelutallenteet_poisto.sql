-- Päivittäinen ajo: puhelutallenteet poistetaan 6 kk jälkeen
-- (tietosuojaseloste, kohta 5: "Puhelutallenteita säilytetään 6 kk").

DELETE FROM puhelutallenne
 WHERE tallennettu < now() - interval '6 months';
