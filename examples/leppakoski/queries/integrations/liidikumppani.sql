-- notice-check: purpose=marketing
-- Liidilista yhteistyökumppanille (Liidipartneri Oy) yhteismarkkinointia varten.
-- Siirto S3-ämpäriin, josta kumppani noutaa sen.
-- PLANTED: PN301 — Liidipartneri Oy is not a recipient listed in the notice.

COPY (SELECT etunimi, sukunimi, sahkoposti, matkapuhelin
        FROM markkinointi_kohderyhma)
  TO PROGRAM 'aws s3 cp - s3://liidipartneri-inbox/leppakoski/liidit.csv'
  WITH (FORMAT csv, HEADER true);
