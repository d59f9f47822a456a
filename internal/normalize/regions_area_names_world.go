package normalize

import "strings"

// Names of world areas as other languages write them, for Regions, read as
// their English names are: "Europäische Union" and "Европа" are the EU
// (as "European Union" and "Europe"), "Lateinamerika" and "América do Sul"
// LATAM (as "Latin America" and "South America"), "Asien-Pazifik" and
// "アジア太平洋" Asia-Pacific, "Nordamerika" the US and Canada (as "North
// America"), "Skandinavien" Sweden, Norway and Denmark (as "Scandinavia"),
// "Weltweit" and "全世界" worldwide (as "worldwide"). Each line of
// areaNamesWorld is a region code (or countries joined by "+", a group as
// regionGroups holds), a colon, then names separated by commas, keyed as
// regions_country_names_world.go keys country names. A name already read
// keeps its reading.
//
// Left out on purpose: the Spanish "mundial" and French "mondial" (they
// mean "world-class" as often: "líder mundial"), the bare "Amerika" (the
// continent or the United States, by language), and "UE" (also Unreal
// Engine: "UE5"), "Балтика" (also a beer and the sea). Table tests in regions_area_names_world_test.go.
const areaNamesWorld = `
EU: Europäische Union, Union européenne, Unión Europea, União Europeia, Unione Europea, Europese Unie, Unia Europejska, Evropská unie, Europeiska unionen, Euroopan unioni, Европейский союз, Європейський Союз, Европейски съюз, Ευρωπαϊκή Ένωση, Avrupa Birliği, Uni Eropa, 欧盟, 欧州連合, 유럽 연합, Европа, Європа, Ευρώπη, Avrupa, Eropa, Evropa, Europa Zachodnia, Westeuropa, Osteuropa, Mitteleuropa, Zentraleuropa, Nordeuropa, Südeuropa, Europe centrale, Europe de l'Est, Europa Central, Europa del Este, Europa Ocidental, Europa Occidentale, Europa Orientale, Западная Европа, Восточная Европа, 欧洲, 歐洲, ヨーロッパ, 유럽
LATAM: Lateinamerika, Amérique latine, Amérique du Sud, Amérique centrale, América Latina, América del Sur, América do Sul, América Central, Südamerika, Mittelamerika, Zentralamerika, Latijns-Amerika, Zuid-Amerika, Ameryka Łacińska, Ameryka Południowa, Latinská Amerika, Jižní Amerika, Латинская Америка, Южная Америка, Латинська Америка, Південна Америка, Λατινική Αμερική, Latin Amerika, Güney Amerika, Amerika Latin, 拉丁美洲, 拉美, 南美, ラテンアメリカ, 中南米, 중남미, 남미
APAC: Asien-Pazifik, Asie-Pacifique, Ásia-Pacífico, Asia-Pacífico, Asia Pacifico, Azja i Pacyfik, Azja-Pacyfik, Asya Pasifik, Asia Pasifik, Азиатско-Тихоокеанский регион, 亚太, 亚太地区, 亞太, アジア太平洋, 아시아태평양, 아시아 태평양, Asien, Asie, Ásia, Azja, Asya, Азия, Азія, Ασία, 亚洲, アジア, 아시아, Ozeanien, Océanie, Oceanía, Oceânia, Океания, Океанія, 大洋洲, オセアニア
Americas: Américas, Amériques, Amerikas, Americhe
worldwide: Weltweit, Wereldwijd, Globalt, en cualquier lugar, desde cualquier lugar, cualquier lugar del mundo, em qualquer lugar, de qualquer lugar, partout dans le monde, dans le monde entier, monde entier, en todo el mundo, todo el mundo, cualquier parte del mundo, qualquer lugar do mundo, em todo o mundo, in tutto il mondo, na całym świecie, cały świat, po celém světě, по всему миру, весь мир, по всьому світу, παγκοσμίως, dünya geneli, dünya çapında, seluruh dunia, 全球, 全世界, 世界中, 世界各地, 전 세계, 전세계
US+CA: Nordamerika, Amérique du Nord, América del Norte, América do Norte, America del Nord, Noord-Amerika, Ameryka Północna, Severní Amerika, Северная Америка, Північна Америка, Βόρεια Αμερική, Kuzey Amerika, Amerika Utara, 北美, 北美洲, 北米, 북미
SE+NO+DK: Skandinavien, Scandinavie, Escandinavia, Escandinávia, Scandinavia, Scandinavië, Skandynawia, Skandinávie, Скандинавия, Скандинавія, Σκανδιναβία, İskandinavya
SE+NO+DK+FI+IS: 北欧, Norden, pays nordiques, países nórdicos, paesi nordici, kraje nordyckie, Северные страны
EE+LV+LT: Baltikum, pays baltes, países bálticos, paesi baltici, kraje bałtyckie, Pobaltí, Прибалтика, Балтия
`

func init() {
	eachRegionName(areaNamesWorld, func(key, code string) {
		if _, ok := regionNames[key]; ok {
			return
		}
		if _, ok := regionGroups[key]; ok {
			return
		}
		if strings.Contains(code, "+") {
			regionGroups[key] = strings.Split(code, "+")
		} else {
			regionNames[key] = code
		}
	})
}
