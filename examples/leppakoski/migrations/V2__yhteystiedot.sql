-- V2: Asiakkaan yhteys- ja pankkitiedot.

CREATE TABLE asiakas_yhteystieto (
    yhteystieto_id    bigserial    PRIMARY KEY,
    asiakas_id        bigint       NOT NULL REFERENCES asiakas (asiakas_id) ON DELETE CASCADE,
    lahiosoite        varchar(200),
    postinumero       varchar(5),
    postitoimipaikka  varchar(60),
    maa               varchar(2)   NOT NULL DEFAULT 'FI',
    puhelin           varchar(30),
    faksi             varchar(30),
    sahkoposti        varchar(254),
    ensisijainen      boolean      NOT NULL DEFAULT true,
    muokattu          timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX asiakas_yhteystieto_asiakas_ix ON asiakas_yhteystieto (asiakas_id);

-- Hyvitysten ja korvausten maksamista varten
CREATE TABLE asiakas_pankkitili (
    pankkitili_id   bigserial    PRIMARY KEY,
    asiakas_id      bigint       NOT NULL REFERENCES asiakas (asiakas_id) ON DELETE CASCADE,
    iban            varchar(34)  NOT NULL,
    bic             varchar(11),
    tilinomistaja   varchar(200),
    voimassa        boolean      NOT NULL DEFAULT true,
    luotu           timestamptz  NOT NULL DEFAULT now()
);
