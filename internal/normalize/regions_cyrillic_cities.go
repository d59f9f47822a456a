package normalize

// Large towns of Russia, Ukraine, Belarus, Kazakhstan and their neighbours
// written in Cyrillic, as hh.ru, geekjob and djinni write a vacancy's area
// ("Казань", "Санкт-Петербург", "Харків"); table tests in
// regions_cyrillic_cities_test.go. Region tokens split at hyphens, so the
// hyphenated names are keyed with spaces ("санкт петербург"). Moscow,
// Minsk, Almaty, Tashkent and Kyiv are in remote_languages.go's list.
func init() {
	for name, code := range map[string]string{
		"санкт петербург": "RU", "петербург": "RU", "спб": "RU", "казань": "RU", "новосибирск": "RU", "екатеринбург": "RU",
		"нижний новгород": "RU", "челябинск": "RU", "самара": "RU", "омск": "RU", "ростов на дону": "RU", "уфа": "RU",
		"красноярск": "RU", "воронеж": "RU", "пермь": "RU", "волгоград": "RU", "краснодар": "RU", "тюмень": "RU",
		"иркутск": "RU", "томск": "RU", "калининград": "RU", "сочи": "RU", "иннополис": "RU", "владивосток": "RU",
		"ярославль": "RU", "саратов": "RU", "ижевск": "RU", "барнаул": "RU", "хабаровск": "RU", "тула": "RU",
		"харьков": "UA", "харків": "UA", "одесса": "UA", "одеса": "UA", "днепр": "UA", "дніпро": "UA", "львов": "UA",
		"львів": "UA", "запорожье": "UA", "запоріжжя": "UA", "вінниця": "UA", "винница": "UA",
		"гомель": "BY", "брест": "BY", "гродно": "BY", "витебск": "BY", "могилев": "BY", "могилёв": "BY",
		"астана": "KZ", "нур султан": "KZ", "шымкент": "KZ", "караганда": "KZ", "бишкек": "KG", "ош": "KG",
		"душанбе": "TJ", "самарканд": "UZ", "баку": "AZ", "тбилиси": "GE", "ереван": "AM", "кишинев": "MD", "кишинёв": "MD",
	} {
		addRegionName(name, code)
	}
}
