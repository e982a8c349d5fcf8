-- V7: Laskutus, maksut ja maksumuistutukset.

CREATE TABLE lasku (
    lasku_id        bigserial      PRIMARY KEY,
    laskunumero     varchar(15)    NOT NULL UNIQUE,
    asiakas_id      bigint         NOT NULL REFERENCES asiakas (asiakas_id),
    sopimus_id      bigint         REFERENCES sopimus (sopimus_id),
    laskupaiva      date           NOT NULL,
    erapaiva        date           NOT NULL,
    viitenumero     varchar(25)    NOT NULL,
    summa           numeric(12,2)  NOT NULL,
    alv_summa       numeric(12,2)  NOT NULL,
    laskutusosoite  varchar(300),
    laskutustapa    varchar(10)    NOT NULL,
    tila            varchar(12)    NOT NULL DEFAULT 'AVOIN'   -- AVOIN / MAKSETTU / PERINNASSA / HYVITETTY
);

CREATE TABLE laskurivi (
    laskurivi_id   bigserial      PRIMARY KEY,
    lasku_id       bigint         NOT NULL REFERENCES lasku (lasku_id) ON DELETE CASCADE,
    tuote_id       bigint         NOT NULL REFERENCES tuote (tuote_id),
    jakso_alku     date,
    jakso_loppu    date,
    maara          numeric(14,3)  NOT NULL,
    yksikkohinta   numeric(12,4)  NOT NULL,
    summa          numeric(12,2)  NOT NULL
);

CREATE TABLE maksu (
    maksu_id            bigserial      PRIMARY KEY,
    lasku_id            bigint         REFERENCES lasku (lasku_id),
    maksupaiva          date           NOT NULL,
    summa               numeric(12,2)  NOT NULL,
    arkistointitunnus   varchar(35),
    maksajan_nimi       varchar(200),
    maksajan_tilinumero varchar(34),
    kohdistettu         boolean        NOT NULL DEFAULT false
);

CREATE TABLE maksumuistutus (
    maksumuistutus_id  bigserial      PRIMARY KEY,
    lasku_id           bigint         NOT NULL REFERENCES lasku (lasku_id),
    lahetetty          date           NOT NULL,
    muistutusmaksu     numeric(12,2)  NOT NULL DEFAULT 5.00,
    perintaan          boolean        NOT NULL DEFAULT false
);
