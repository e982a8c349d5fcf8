SELECT insertkayttooikeus('OPPIJANUMEROREKISTERI', 'KOTIKUNTAHISTORIA', 'Lukuoikeus kotikuntahistoriaan');
SELECT insertkayttooikeus('OPPIJANUMEROREKISTERI', 'TURVAKIELTOKOTIKUNTAHISTORIA', 'Lukuoikeus turvakiellollisten kotikuntahistoriaan');
