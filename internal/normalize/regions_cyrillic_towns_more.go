package normalize

// More towns written in Cyrillic: the remaining regional centres of Ukraine
// and its largest towns, in Ukrainian and in Russian spelling, and the
// foreign towns that Ukrainian and Russian job boards and profiles name most
// often ("Варшава", "Берлін"). Hyphenated names are keyed with spaces, as
// region tokens split at hyphens. Names that are also common words or
// surnames ("Суми" are sums, "Ровно" is "exactly", "Николаев",
// "Хмельницкий", "Милан") are left out. Table tests in
// regions_cyrillic_towns_more_test.go.
func init() {
	for name, code := range map[string]string{
		// Ukraine, Ukrainian spelling.
		"миколаїв": "UA", "херсон": "UA", "чернігів": "UA", "ужгород": "UA", "кривий ріг": "UA",
		"полтава": "UA", "черкаси": "UA", "чернівці": "UA", "житомир": "UA", "тернопіль": "UA",
		"луцьк": "UA", "івано франківськ": "UA", "кропивницький": "UA", "донецьк": "UA", "луганськ": "UA",
		"маріуполь": "UA", "кременчук": "UA", "біла церква": "UA",
		// Ukraine, Russian spelling.
		"чернигов": "UA", "кривой рог": "UA", "черкассы": "UA", "черновцы": "UA", "тернополь": "UA",
		"луцк": "UA", "ивано франковск": "UA", "кропивницкий": "UA", "донецк": "UA", "луганск": "UA",
		"мариуполь": "UA", "кременчуг": "UA",
		// Foreign towns.
		"берлін": "DE", "берлин": "DE", "мюнхен": "DE", "гамбург": "DE",
		"варшава": "PL", "краків": "PL", "краков": "PL", "вроцлав": "PL", "прага": "CZ", "відень": "AT",
		"лондон": "GB", "париж": "FR", "амстердам": "NL", "антверпен": "BE", "брюссель": "BE", "гент": "BE",
		"лісабон": "PT", "лиссабон": "PT", "мадрид": "ES", "барселона": "ES",
		"тбілісі": "GE", "батумі": "GE", "батуми": "GE", "єреван": "AM",
		"таллінн": "EE", "таллин": "EE", "рига": "LV", "вільнюс": "LT", "вильнюс": "LT",
		"будапешт": "HU", "бухарест": "RO", "белград": "RS", "стамбул": "TR", "лімасол": "CY", "лимасол": "CY",
		"дубай": "AE", "дубаї": "AE", "бангалор": "IN", "кейптаун": "ZA",
		"торонто": "CA", "ванкувер": "CA", "нью йорк": "US",
	} {
		addRegionName(name, code)
	}
}
