package normalize

import "strings"

// Place pairs whose parts are each ambiguous alone, and US
// address forms with a ZIP code.
//
// townProvinceZipLoc rewrites one location item before the other readers see it:
//
//   - "Town, ST 12345" and "Town, ST 12345-6789" (a US state code or name
//     and a ZIP code) become "Town, ST, USA": the digits otherwise let
//     "Dublin" read as Ireland too, and "IL" after a street as Israel.
//   - "Town, Province" where Province is a first-level province or state
//     of one country that the ISO table leaves out (names two countries'
//     subdivisions share, "Santa Fe"; the Philippine provinces, which ISO
//     keeps below the regions) or keeps ("Anzoátegui"), becomes
//     "Province, Country": the province decides, whatever country the
//     town's name also names ("Mexico, Pampanga" is in the Philippines).
//   - "Rest of World" is worldwide.
func townProvinceZipLoc(loc string) string {
	if len(loc) < 5 || len(loc) > 120 {
		return loc
	}
	comma := strings.LastIndexByte(loc, ',')
	if comma < 1 {
		return loc
	}
	last := strings.TrimSpace(loc[comma+1:])
	if zipLess, ok := usZipTail(last); ok {
		if strings.IndexByte(loc[:comma], ',') >= 0 {
			return loc // a street address before the town: the postcode readers know it ("168-25 Jamaica Avenue, 2nd Floor, Jamaica, NY 11342")
		}
		return loc[:comma] + ", " + zipLess + ", USA"
	}
	if strings.EqualFold(last, "rest of world") || strings.EqualFold(last, "rest of the world") {
		return loc[:comma] + ", Worldwide"
	}
	if len(last) < 3 || len(last) > 40 || last[0] >= 'a' && last[0] <= 'z' {
		return loc
	}
	cc := decidingProvinces[foldTown(last)]
	if cc == "" {
		return loc
	}
	name := geoCountryName(cc)
	if name == "" {
		return loc
	}
	// keep a work-mode lead before the town ("Remote - Cebu City, Cebu")
	head := loc[:comma]
	if prev := strings.LastIndexByte(head, ','); prev >= 0 {
		head = head[:prev+1] + " "
	} else if d := strings.LastIndex(head, " - "); d >= 0 {
		head = head[:d+3]
	} else {
		head = ""
	}
	return head + last + ", " + name
}

// usZipTail returns "ST" for "ST 12345" or "ST 12345-6789" (ST a US state
// code or name), and whether it was that shape.
func usZipTail(s string) (string, bool) {
	sp := strings.LastIndexByte(s, ' ')
	if sp < 2 {
		return "", false
	}
	if !isZip(s[sp+1:]) {
		return "", false
	}
	st := strings.TrimSpace(s[:sp])
	if usStates[st] || usStates[strings.ToLower(st)] {
		return st, true
	}
	return "", false
}

// decidingProvinces are first-level provinces and states, folded, that
// decide a "Town, Province" pair: Argentine provinces whose names other
// countries share for a town or a subdivision, the Philippine provinces,
// and Venezuelan and Colombian states and departments.
var decidingProvinces = func() map[string]string {
	m := map[string]string{}
	add := func(cc, names string) {
		for _, n := range strings.Split(names, "|") {
			m[foldTown(n)] = cc
		}
	}
	add("AR", "Santa Fe|Provincia de Santa Fe|Jujuy|Tucumán|Salta|Neuquén|Chubut|Entre Ríos|Corrientes|La Pampa|Chaco|Catamarca|Santiago del Estero|Tierra del Fuego|GBA|CABA|Provincia de Buenos Aires|Mendoza|San Luis")
	add("PH", "Laguna|Pampanga|Albay|Nueva Ecija|Bukidnon|La Union|Cavite|Bulacan|Batangas|Rizal|Cebu|Tarlac|Pangasinan|Negros Occidental|Negros Oriental|Davao del Norte|Davao del Sur|Davao Oriental|Iloilo|Bohol|Leyte|Samar|Zambales|Bataan|Capiz|Aklan|Palawan|Misamis Oriental|Misamis Occidental|Zamboanga del Sur|Zamboanga del Norte|Sorsogon|Camarines Sur|Camarines Norte|Ilocos Norte|Ilocos Sur|Metro Manila|Benguet|Cagayan|Lanao del Norte|Lanao del Sur|South Cotabato|Sultan Kudarat|Agusan del Norte|Surigao del Norte|Surigao del Sur|Marinduque|Romblon|Oriental Mindoro|Occidental Mindoro|Nueva Vizcaya|Quirino|Masbate|Guimaras|Siquijor|Southern Leyte|Northern Samar|Eastern Samar|Catanduanes")
	add("VE", "Carabobo|Anzoátegui|Zulia|Aragua|Táchira|Monagas|Falcón|Portuguesa|Barinas|Yaracuy|Nueva Esparta|Apure|Cojedes|Guárico|Delta Amacuro")
	add("CO", "Antioquia|Valle del Cauca|Cundinamarca|Atlántico|Norte de Santander|Boyacá|Risaralda|Quindío|Tolima|Huila|Nariño|La Guajira")
	return m
}()

// unglueRemoteLoc rewrites a location field the work-mode and region
// readers both see: underscores between words are spaces ("Remote_USA",
// "Remote_Canada"), and "Remote" glued to a capital is split ("RemoteUS").
func unglueRemoteLoc(loc string) string {
	n := loc
	if strings.IndexByte(n, '_') > 0 {
		n = strings.TrimSpace(strings.ReplaceAll(n, "_", " "))
	}
	if len(n) > 7 && strings.HasPrefix(n, "Remote") && n[6] >= 'A' && n[6] <= 'Z' && (n[7] >= 'A' && n[7] <= 'Z' || n[7] == ' ' || n[7] == ')') {
		n = "Remote " + n[6:]
	}
	return n
}
