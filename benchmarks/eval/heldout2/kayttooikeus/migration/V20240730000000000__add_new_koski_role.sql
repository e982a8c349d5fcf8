SELECT insertkayttooikeus('KOSKI', 'HAKEMUSPALVELU_API', 'Koski-tietojen katseluoikeudet hakemuspalvelu-apin kautta');
