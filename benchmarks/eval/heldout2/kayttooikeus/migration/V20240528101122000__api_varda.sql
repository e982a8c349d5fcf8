SELECT insertkayttooikeus('ORGANISAATIOIDEN_REKISTEROITYMINEN', 'API_VARDA', 'Varda-organisaation rekisteröiminen organisaatiopalvelun APIn kautta');
