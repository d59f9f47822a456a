package normalize

import "strings"

// Country names as other languages write them, for Regions: a board in
// Warsaw prints "Zdalnie - Niemcy", one in Athens "Γερμανία", one in
// Hanoi "Hoa Kỳ", one in Prague "Bulharsko". Each line of
// countryNamesWorld is one country: its ISO 3166 code, a colon, then its
// names separated by commas, in German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Czech, the Nordic languages, Russian,
// Ukrainian, Bulgarian, Greek, Turkish, Arabic, Hindi and Marathi, Chinese,
// Japanese, Korean, Vietnamese and Indonesian, where that differs from the
// English name. A hyphen is a space (Regions splits words at it:
// "Royaume-Uni" is read as "royaume uni"), and each name is lower-cased
// as Regions lower-cases a phrase (so the Turkish "İspanya" is keyed as
// strings.ToLower makes it). A name already in regionNames keeps its code.
//
// Left out on purpose, as they are words or names elsewhere: the Czech and
// Polish "Indie" (India; an English word), the Dutch and French "Chili"
// (Chile; a dish), the Italian "Cipro" (Cyprus; a drug), the Polish
// "Dania" (Denmark; a given name), the Turkish "ABD" (the United States;
// an acronym), the Indonesian "Swiss" (an English word), and the
// one-word Vietnamese names, which are also common words in Vietnamese
// text ("Mỹ" in "thẩm mỹ", "Pháp" in "phương pháp", "Đức" in "đạo đức",
// "Ý" in "ý kiến", "Áo", "Séc", "Nga", "Anh"); the Vietnamese names of two
// or more words ("Hoa Kỳ", "Tây Ban Nha") are read. Table tests and traps in regions_country_names_world_test.go.
const countryNamesWorld = `
US: Vereinigte Staaten, Vereinigte Staaten von Amerika, États-Unis, Etats-Unis, Stati Uniti, Stati Uniti d'America, Verenigde Staten, Stany Zjednoczone, Spojené státy, Spojené státy americké, Förenta staterna, Forente stater, Yhdysvallat, Соединённые Штаты, Соединенные Штаты, США, Сполучені Штати, Сполучені Штати Америки, САЩ, Съединени щати, Ηνωμένες Πολιτείες, Ηνωμένες Πολιτείες Αμερικής, ΗΠΑ, Amerika Birleşik Devletleri, Amerika Serikat, Hoa Kỳ, 美国, 美國, アメリカ, アメリカ合衆国, 米国, 미국, अमेरिका, संयुक्त राज्य अमेरिका
GB: Vereinigtes Königreich, Großbritannien, Grossbritannien, Royaume-Uni, Grande-Bretagne, Regno Unito, Gran Bretagna, Gran Bretaña, Grã-Bretanha, Verenigd Koninkrijk, Groot-Brittannië, Wielka Brytania, Spojené království, Velká Británie, Storbritannien, Storbritannia, Iso-Britannia, Великобритания, Соединённое Королевство, Велика Британія, Великобританія, Обединеното кралство, Великобритания, Ηνωμένο Βασίλειο, Βρετανία, Birleşik Krallık, İngiltere, Inggris, Britania Raya, 英国, 英國, イギリス, 英国, 영국, ब्रिटेन, यूनाइटेड किंगडम
DE: Allemagne, Germania, Duitsland, Niemcy, Německo, Nemecko, Tyskland, Saksa, Németország, Germania, Германия, Німеччина, Германия, Γερμανία, Almanya, Jerman, 德国, 德國, ドイツ, 독일, जर्मनी
FR: Frankreich, Francia, França, Frankrijk, Francja, Francie, Frankrike, Ranska, Франция, Франція, Франция, Γαλλία, Fransa, Prancis, 法国, 法國, フランス, 프랑스, फ्रांस
ES: Spanien, Espagne, Spagna, Spanje, Hiszpania, Španělsko, Spania, Espanja, Испания, Іспанія, Испания, Ισπανία, İspanya, Spanyol, Tây Ban Nha, 西班牙, スペイン, 스페인, स्पेन
IT: Italien, Italie, Italië, Włochy, Itálie, Italia, Италия, Італія, Италия, Ιταλία, İtalya, 意大利, イタリア, 이탈리아, इटली
PT: Portugalsko, Portugalia, Portogallo, Португалия, Португалія, Πορτογαλία, Portekiz, Bồ Đào Nha, 葡萄牙, ポルトガル, 포르투갈, पुर्तगाल
NL: Niederlande, Pays-Bas, Paesi Bassi, Países Baixos, Holandia, Nizozemsko, Nederländerna, Alankomaat, Нидерланды, Нідерланди, Нидерландия, Κάτω Χώρες, Ολλανδία, Hollanda, Belanda, Hà Lan, 荷兰, 荷蘭, オランダ, 네덜란드, नीदरलैंड
BE: Belgique, Belgio, Bélgica, België, Belgie, Belgia, Belgie, Belgien, Бельгия, Бельгія, Белгия, Βέλγιο, Belçika, 比利时, ベルギー, 벨기에
CH: Schweiz, Suisse, Svizzera, Suiza, Suíça, Zwitserland, Szwajcaria, Švýcarsko, Sveitsi, Швейцария, Швейцарія, Швейцария, Ελβετία, İsviçre, Thụy Sĩ, 瑞士, スイス, 스위스
AT: Österreich, Autriche, Austria, Áustria, Oostenrijk, Rakousko, Itävalta, Австрия, Австрія, Австрия, Αυστρία, Avusturya, 奥地利, オーストリア, 오스트리아
PL: Polen, Pologne, Polonia, Polônia, Polónia, Polska, Polsko, Puola, Польша, Польща, Полша, Πολωνία, Polonya, Ba Lan, 波兰, ポーランド, 폴란드
CZ: Tschechien, Tchéquie, République tchèque, Repubblica Ceca, República Checa, Chequia, Chéquia, Tsjechië, Czechy, Tjeckien, Tšekki, Чехия, Чехія, Чехия, Τσεχία, Çekya, Ceko, 捷克, チェコ, 체코
SK: Slowakei, Slovaquie, Slovacchia, Eslovaquia, Eslováquia, Slowakije, Słowacja, Slovakien, Slovakia, Словакия, Словаччина, Словакия, Σλοβακία, Slovakya
HU: Ungarn, Hongrie, Ungheria, Hungría, Hungria, Hongarije, Węgry, Maďarsko, Unkari, Венгрия, Угорщина, Унгария, Ουγγαρία, Macaristan, Hungaria, 匈牙利, ハンガリー, 헝가리
RO: Rumänien, Roumanie, Romania, Rumania, Roménia, Romênia, Roemenië, Rumunia, Rumunsko, Romania, Румыния, Румунія, Румъния, Ρουμανία, Romanya, 罗马尼亚, ルーマニア, 루마니아
BG: Bulgarien, Bulgarie, Bulgaria, Bulgária, Bulgarije, Bułgaria, Bulharsko, Bulgaria, Болгария, Болгарія, Βουλγαρία, Bulgaristan, بلغاريا, बुल्गारिया, 保加利亚, 保加利亞, ブルガリア, 불가리아
GR: Griechenland, Grèce, Grecia, Grécia, Griekenland, Grecja, Řecko, Grekland, Kreikka, Греция, Греція, Гърция, Yunanistan, Yunani, Hy Lạp, 希腊, ギリシャ, 그리스
HR: Kroatien, Croatie, Croazia, Croacia, Croácia, Kroatië, Chorwacja, Chorvatsko, Хорватия, Хорватія, Хърватия, Κροατία, Hırvatistan
RS: Serbien, Serbie, Serbia, Sérvia, Servië, Serbia, Srbsko, Сербия, Сербія, Сърбия, Σερβία, Sırbistan
SI: Slowenien, Slovénie, Slovenia, Eslovenia, Eslovénia, Eslovênia, Slovenië, Słowenia, Slovinsko, Словения, Словенія, Словения, Σλοβενία, Slovenya
BA: Bosnien und Herzegowina, Bosnie-Herzégovine, Bosnia ed Erzegovina, Bosnia y Herzegovina, Bósnia e Herzegovina, Bosnië en Herzegovina, Bośnia i Hercegowina, Bosna a Hercegovina, Босния и Герцеговина, Боснія і Герцеговина, Βοσνία και Ερζεγοβίνη, Βοσνία, Bosna Hersek
UA: Ukraine, Ucraina, Ucrania, Ucrânia, Oekraïne, Ukraina, Ukrajina, Украина, Україна, Украйна, Ουκρανία, Ukrayna, 乌克兰, ウクライナ, 우크라이나
RU: Russland, Russie, Russia, Rusia, Rússia, Rusland, Rosja, Rusko, Ryssland, Venäjä, Россия, Росія, Русия, Российская Федерация, Rossiyskaya Federatsiya, Rossiya, Ρωσία, Rusya, Liên bang Nga, 俄罗斯, 俄羅斯, ロシア, 러시아, रूस
BY: Weißrussland, Weissrussland, Biélorussie, Bielorussia, Bielorrusia, Bielorrússia, Wit-Rusland, Białoruś, Bělorusko, Valko-Venäjä, Беларусь, Білорусь, Белоруссия, Беларус, Λευκορωσία, Belarus
MD: Moldawien, Republik Moldau, Moldavie, Moldavia, Moldávia, Mołdawia, Moldavsko, Молдавия, Молдова, Молдова, Μολδαβία
IE: Irland, Irlande, Irlanda, Ierland, Irlandia, Irsko, Irlanti, Ирландия, Ірландія, Ирландия, Ιρλανδία, İrlanda, Irlandia, 爱尔兰, アイルランド, 아일랜드
SE: Schweden, Suède, Svezia, Suecia, Suécia, Zweden, Szwecja, Švédsko, Ruotsi, Швеция, Швеція, Швеция, Σουηδία, İsveç, Swedia, Thụy Điển, 瑞典, スウェーデン, 스웨덴
NO: Norwegen, Norvège, Norvegia, Noruega, Noorwegen, Norwegia, Norsko, Norja, Норвегия, Норвегія, Норвегия, Νορβηγία, Norveç, Norwegia, 挪威, ノルウェー, 노르웨이
DK: Dänemark, Danemark, Danimarca, Dinamarca, Denemarken, Dánsko, Tanska, Дания, Данія, Дания, Δανία, Danimarka, Denmark, 丹麦, デンマーク, 덴마크
FI: Finnland, Finlande, Finlandia, Finlândia, Finland, Finsko, Финляндия, Фінляндія, Финландия, Φινλανδία, Finlandiya, 芬兰, フィンランド, 핀란드
EE: Estland, Estonie, Estonia, Estónia, Estônia, Estonsko, Эстония, Естонія, Естония, Εσθονία, Estonya
LV: Lettland, Lettonie, Lettonia, Letonia, Letónia, Letônia, Letland, Łotwa, Lotyšsko, Latvia, Латвия, Латвія, Латвия, Λετονία, Letonya
LT: Litauen, Lituanie, Lituania, Lituânia, Litouwen, Litwa, Litva, Liettua, Литва, Литва, Литва, Λιθουανία, Litvanya
TR: Türkei, Turquie, Turchia, Turquía, Turquia, Turkije, Turcja, Turecko, Turkiet, Turkki, Турция, Туреччина, Турция, Τουρκία, Turki, Thổ Nhĩ Kỳ, 土耳其, トルコ, 튀르키예, 터키
CY: Zypern, Chypre, Chipre, Cyprus, Cypr, Kypr, Cypern, Kypros, Кипр, Кіпр, Кипър, Kıbrıs, Siprus, 塞浦路斯, キプロス, 키프로스
IL: Israël, Izrael, Israele, Израиль, Ізраїль, Израел, Ισραήλ, İsrail, 以色列, イスラエル, 이스라엘
EG: Ägypten, Égypte, Egitto, Egipto, Egito, Egypte, Egipt, Egypt, Egypten, Egypti, Египет, Єгипет, Египет, Αίγυπτος, Mısır, Mesir, Ai Cập, مصر, 埃及, エジプト, 이집트
ZA: Südafrika, Afrique du Sud, Sudafrica, Sudáfrica, África do Sul, Zuid-Afrika, Republika Południowej Afryki, Jihoafrická republika, Sydafrika, Южная Африка, Південна Африка, Νότια Αφρική, Güney Afrika, Afrika Selatan
IN: Indien, Inde, Índia, Indië, Indyjska, Индия, Індія, Индия, Ινδία, Hindistan, Ấn Độ, 印度, インド, 인도, भारत
PK: Pakistán, Pakistão, Пакистан, Πακιστάν
CN: Chine, Cina, Chiny, Čína, Kiina, Китай, Китай, Китай, Κίνα, Çin, Tiongkok, Trung Quốc, 中国, 中國, 中華人民共和国, 중국, चीन
JP: Japon, Giappone, Japón, Japão, Japonia, Japonsko, Japani, Япония, Японія, Япония, Ιαπωνία, Japonya, Jepang, Nhật Bản, 日本, 일본, जापान
KR: Südkorea, Corée du Sud, Corea del Sud, Corea del Sur, Coreia do Sul, Zuid-Korea, Korea Południowa, Jižní Korea, Sydkorea, Etelä-Korea, Южная Корея, Південна Корея, Южна Корея, Νότια Κορέα, Güney Kore, Korea Selatan, Hàn Quốc, 韩国, 韓国, 韓國, 대한민국, 한국
SG: Singapur, Singapour, Singapura, Cingapura, Сингапур, Сінгапур, Σιγκαπούρη, シンガポール, 싱가포르
VN: Wietnam, Vietnã, Вьетнам, В'єтнам, Βιετνάμ, ベトナム, 베트남, 越南
TH: Tailandia, Tailândia, Tajlandia, Таиланд, Таїланд, Ταϊλάνδη, Tayland, タイ王国, 泰国, 태국
ID: Indonesien, Indonésie, Indonésia, Indonezja, Индонезия, Індонезія, Ινδονησία, Endonezya, インドネシア, 인도네시아, 印度尼西亚, 印尼
PH: Philippinen, Filipinas, Filippine, Filipijnen, Filipiny, Filipíny, Филиппины, Філіппіни, Φιλιππίνες, Filipinler, Filipina, フィリピン, 필리핀, 菲律宾
MY: Malaisie, Malasia, Malásia, Malezja, Малайзия, Малайзія, Μαλαισία, Malezya, マレーシア, 말레이시아, 马来西亚
KH: Kambodscha, Cambodge, Camboya, Cambogia, Camboja, Cambodja, Kambodża, Kambodža, Kambodja, Камбоджа, Камбоджа, Καμπότζη, Kamboçya, كمبوديا, कंबोडिया, 柬埔寨, カンボジア, 캄보디아
AF: Afganistan, Afganistán, Afeganistão, Afghanistan, Афганистан, Афганістан, Αφγανιστάν, أفغانستان
JM: Jamaika, Jamaïque, Giamaica, Jamajka, Jamaica, Ямайка, Ямайка, Τζαμάικα, جامايكا, जमैका, 牙买加, 牙買加, ジャマイカ, 자메이카
AU: Australien, Australie, Austrália, Australië, Australia, Austrálie, Австралия, Австралія, Αυστραλία, Avustralya, 澳大利亚, 澳洲, オーストラリア, 호주
NZ: Neuseeland, Nouvelle-Zélande, Nuova Zelanda, Nueva Zelanda, Nova Zelândia, Nieuw-Zeeland, Nowa Zelandia, Nový Zéland, Новая Зеландия, Нова Зеландія, Νέα Ζηλανδία, Yeni Zelanda, Selandia Baru, ニュージーランド, 뉴질랜드, 新西兰
CA: Kanada, Канада, Καναδάς, Canadá, カナダ, 캐나다, 加拿大, कनाडा
MX: Mexiko, Mexique, Messico, Meksyk, Mexico, Мексика, Мексика, Μεξικό, Meksika, メキシコ, 멕시코, 墨西哥
BR: Brasilien, Brésil, Brasile, Brazilië, Brazylia, Brazílie, Brasilia, Бразилия, Бразилія, Бразилия, Βραζιλία, Brezilya, ब्राज़ील, ब्राझील, 巴西, ブラジル, 브라질
AR: Argentinien, Argentine, Argentinië, Argentyna, Argentina, Аргентина, Αργεντινή, Arjantin, アルゼンチン, 아르헨티나, 阿根廷
CO: Kolumbien, Colombie, Kolumbia, Kolumbie, Колумбия, Колумбія, Κολομβία, Kolombiya, コロンビア, 콜롬비아, 哥伦比亚
CL: Čile, Чили, Чилі, Χιλή, Şili, チリ, 칠레, 智利
FK: Falklands, Falklandinseln, Îles Malouines, Islas Malvinas, Malvinas
AS: American Samoa, Samoa Amerika, Amerikanisch-Samoa, Samoa américaines
`

func init() { eachRegionName(countryNamesWorld, addRegionName) }

// eachRegionName calls add with each name of a table of lines "CODE: name,
// name, ..." as its regionTokens key (lower case, tokens joined by a
// space), with the line's code; empty keys are skipped.
func eachRegionName(table string, add func(key, code string)) {
	for _, line := range strings.Split(table, "\n") {
		code, names, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		for _, name := range strings.Split(names, ", ") {
			if key := strings.ToLower(strings.Join(regionTokens(name), " ")); key != "" {
				add(key, code)
			}
		}
	}
}
