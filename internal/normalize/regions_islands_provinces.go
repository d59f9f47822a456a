package normalize

// Indonesian provinces outside Java and Philippine places of Metro Manila
// and the island groups, as location fields write them (table tests in
// regions_islands_provinces_test.go). regions_indonesia.go holds Jakarta,
// the largest cities and the Java provinces; the ISO table holds the
// provinces only under their regions' names ("Sulawesi", "Maluku"), and
// the gazetteer lists the cities of Metro Manila under other names, so
// "Sulawesi Selatan", "Southeast Sulawesi", "Muntinlupa" or "Visayas"
// named nothing. Provinces are named in English and in Indonesian, with
// their direction word ("Papua" alone is also the Papua New Guinea half of
// the island, and is left out).

func init() {
	for _, name := range []string{
		"sulawesi selatan", "south sulawesi", "sulawesi utara", "north sulawesi", "sulawesi tengah", "central sulawesi",
		"sulawesi tenggara", "southeast sulawesi", "south east sulawesi", "sulawesi barat", "west sulawesi", "gorontalo",
		"maluku utara", "north maluku", "kalimantan timur", "east kalimantan", "kalimantan barat", "west kalimantan",
		"kalimantan selatan", "south kalimantan", "kalimantan tengah", "central kalimantan", "kalimantan utara", "north kalimantan",
		"sumatera barat", "west sumatra", "sumatera selatan", "south sumatra", "kepulauan riau", "riau islands", "bangka belitung",
		"nusa tenggara barat", "west nusa tenggara", "nusa tenggara timur", "east nusa tenggara", "papua barat",
		"pekanbaru", "manado", "pontianak", "samarinda", "banjarmasin", "ujung pandang", "ternate", "kupang", "jayapura", "cirebon",
		"surakarta",
	} {
		addRegionName(name, "ID")
	}
	for _, name := range []string{
		"luzon", "visayas", "mindanao", "parañaque", "paranaque", "parañaque city", "paranaque city", "muntinlupa",
		"muntinlupa city", "marikina", "marikina city", "malabon", "navotas", "las piñas", "las pinas", "caloocan city",
		"valenzuela city", "ortigas", "ortigas center", "alabang", "bonifacio global city",
	} {
		addRegionName(name, "PH")
	}
}
