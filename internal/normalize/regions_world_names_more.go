package normalize

// More place names for Regions: the UN member states and territories the
// name lists lacked ("Barbados", "São Tomé and Príncipe", "Sierra Leone"),
// the old English names of Indian cities that boards still print
// ("Bombay", "Madras", "Calcutta", "Poona"), and Polish towns with tech
// offices ("Gdynia", "Toruń"). Names that are also common words or first
// names ("Chad", "Guinea" alone, "Congo" without its state) and towns
// that share a name with a bigger one elsewhere ("Valencia", "Bergen") are
// left out on purpose. Table tests in regions_world_names_more_test.go.
func init() {
	for name, code := range map[string]string{
		// countries and territories
		// the US Virgin Islands (not the United States, though the name starts
		// with "U.S.") and the Dutch Caribbean islands
		"u.s. virgin islands": "VI", "us virgin islands": "VI", "united states virgin islands": "VI",
		"virgin islands of the united states": "VI", "bonaire": "BQ", "sint eustatius": "BQ", "sint eustatius and saba": "BQ",
		"bonaire, sint eustatius and saba": "BQ", "caribbean netherlands": "BQ",
		// the US Minor Outlying Islands (not the United States either); Regions
		// reads names of at most four words, so the five-word name is keyed by
		// its first four ("islands" after it names nothing)
		"united states minor outlying": "UM", "u.s. minor outlying islands": "UM", "us minor outlying islands": "UM",
		"antigua and barbuda": "AG", "antigua": "AG", "cape verde": "CV", "cabo verde": "CV", "papua new guinea": "PG",
		"san marino": "SM", "sierra leone": "SL", "trinidad and tobago": "TT", "trinidad": "TT", "port of spain": "TT", "puerto rico": "PR",
		"cayman islands": "KY", "andorra": "AD", "bahamas": "BS", "the bahamas": "BS", "barbados": "BB", "belize": "BZ",
		"bhutan": "BT", "burundi": "BI", "comoros": "KM", "djibouti": "DJ", "dominica": "DM", "eritrea": "ER",
		"eswatini": "SZ", "swaziland": "SZ", "fiji": "FJ", "gambia": "GM", "the gambia": "GM", "grenada": "GD",
		"guyana": "GY", "haiti": "HT", "kiribati": "KI", "kosovo": "XK", "lesotho": "LS", "liberia": "LR",
		"liechtenstein": "LI", "malawi": "MW", "maldives": "MV", "mauritania": "MR", "mauritius": "MU", "monaco": "MC",
		"namibia": "NA", "niger": "NE", "palau": "PW", "samoa": "WS", "seychelles": "SC", "somalia": "SO",
		"suriname": "SR", "tonga": "TO", "vanuatu": "VU", "yemen": "YE", "greenland": "GL", "bermuda": "BM",
		"são tomé and príncipe": "ST", "são tomé príncipe": "ST", "sao tome and principe": "ST", "sao tome principe": "ST",
		"timor leste": "TL", "east timor": "TL", "equatorial guinea": "GQ", "guinea bissau": "GW", "micronesia": "FM",
		"marshall islands": "MH", "solomon islands": "SB", "saint lucia": "LC", "st lucia": "LC", "st. lucia": "LC",
		"vatican": "VA", "vatican city": "VA", "macedonia": "MK", "curaçao": "CW", "curacao": "CW", "aruba": "AW",
		"dr congo": "CD", "congo kinshasa": "CD", "congo brazzaville": "CG",
		// old names of Indian cities
		"bombay": "IN", "madras": "IN", "calcutta": "IN", "poona": "IN", "trivandrum": "IN", "baroda": "IN",
		// Polish towns
		"gdynia": "PL", "sopot": "PL", "bydgoszcz": "PL", "rzeszów": "PL", "rzeszow": "PL", "olsztyn": "PL",
		"białystok": "PL", "bialystok": "PL", "toruń": "PL", "torun": "PL", "opole": "PL", "kielce": "PL",
	} {
		addRegionName(name, code)
	}
}
