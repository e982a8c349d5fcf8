SELECT insertkayttooikeus('VALINTOJENTOTEUTTAMINEN', 'HYVAKSYMINEN_VARASIJALTA', 'Saa hyväksyä varasijalta käyttöliittymässä');
