-- V5: Energiamittarit ja mittauslukemat.

CREATE TABLE mittari (
    mittari_id      bigserial    PRIMARY KEY,
    mittarinumero   varchar(20)  NOT NULL UNIQUE,
    liittyma_id     bigint       NOT NULL REFERENCES liittyma (liittyma_id),
    valmistaja      varchar(60),
    malli           varchar(60),
    -- etäluentamoduulin laite-ID (ei yksilöi asiakasta)
    -- Kept: a device id is personal data by its name; that this one identifies no one is a
    -- reviewer's finding the schema cannot show.
    tunniste        varchar(40), -- privacy: none
    asennettu       date,
    poistettu       date
);

CREATE TABLE mittauslukema (
    mittauslukema_id  bigserial      PRIMARY KEY,
    mittari_id        bigint         NOT NULL REFERENCES mittari (mittari_id),
    luettu            timestamptz    NOT NULL,
    lukema            numeric(14,3)  NOT NULL,
    kulutus_kwh       numeric(14,3),
    virtaama_m3       numeric(12,3),
    menolampotila     numeric(5,2),
    paluulampotila    numeric(5,2),
    teho_kw           numeric(9,2),
    lukematapa        varchar(10)    NOT NULL DEFAULT 'ETALUENTA',  -- ETALUENTA / ASIAKAS / ARVIO
    lukija            varchar(100),
    UNIQUE (mittari_id, luettu)
);

CREATE INDEX mittauslukema_luettu_ix ON mittauslukema (luettu);
