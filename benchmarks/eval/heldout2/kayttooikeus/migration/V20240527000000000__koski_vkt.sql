SELECT insertkayttooikeus('KOSKI', 'VKT', 'Koski-tietojen käsittelyoikeudet Valtionhallinnon kielitutkinnot -palvelulle');
