package normalize

import (
	"strings"
)

// Location shapes whose place names frame a code or a name in a way the
// word-by-word reading of Regions misses (table tests in
// region_place_frames_test.go). placeFrameLoc runs first in fixCodeLoc, on
// the location fields only:
//
//   - a town and a state or province code without a comma ("Dublin OH",
//     "LONDON ON", "Burlington NC (2 Locations)") is read as "Town, XX", so
//     townCodeLoc and Regions see the usual shape;
//   - a US state code before the country ("Mountain View, CA USA") is the
//     United States, not Canada and the United States;
//   - a leading US state code before a US town ("CA - San Jose",
//     "MI-Detroit", "GA - Savannah", "MI - Detroit Sales Office") is the
//     state's, not Canada's;
//   - a town and its state code before a ZIP code ("Pittsburgh PA, 15222,
//     600 Grant St") is read without the ZIP code and what follows;
//   - a town before the full name of another country's state or province
//     ("London, Ontario", "Paris, Texas") is that country's namesake town;
//   - a region of a country ("Bavaria", "Jiangsu", "Tyne and Wear", "New
//     England") is its country;
//   - an ATS's "Town, Region, cc" (a lower-case country code) or "Town,
//     Region, XX" with an ISO code that is also a US state code ("CABA,
//     CABA, AR") is the code's country;
//   - a leading ISO code before a dash or a town ("CRI - Alajuela", "CHN
//     Yancheng", Workday's "CZ-PLZEN-...") is the code's country, unless it
//     is a US state or Canadian province code or one Regions reads;
//   - a few large US towns written alone ("Detroit", "Portland") are in the
//     United States (US towns are otherwise read only before a code).

// countryRegions are regions of countries named in locations, in lower
// case without marks (placeNameAccents has the spellings with them), with
// their country. Names shared with a US state,
// a town elsewhere or a common word are left out ("Victoria", "Georgia",
// "Kent", "Surrey", "Limburg", "Mayo", "Punjab").
var countryRegions = map[string]string{
	// Germany
	"bavaria": "DE", "bayern": "DE", "baden wurttemberg": "DE", "baden wuerttemberg": "DE", "hesse": "DE", "hessen": "DE",
	"saxony": "DE", "sachsen": "DE", "lower saxony": "DE", "niedersachsen": "DE", "north rhine westphalia": "DE",
	"nordrhein westfalen": "DE", "rhineland palatinate": "DE", "rheinland pfalz": "DE", "thuringia": "DE", "thuringen": "DE",
	"schleswig holstein": "DE", "mecklenburg vorpommern": "DE", "saxony anhalt": "DE", "sachsen anhalt": "DE", "saarland": "DE",
	// Spain
	"catalonia": "ES", "catalunya": "ES", "cataluna": "ES", "andalusia": "ES", "andalucia": "ES", "basque country": "ES",
	"pais vasco": "ES", "euskadi": "ES", "galicia": "ES", "castilla y leon": "ES", "castilla la mancha": "ES", "comunidad de madrid": "ES",
	"community of madrid": "ES", "comunitat valenciana": "ES", "valencian community": "ES", "balearic islands": "ES",
	"canary islands": "ES", "islas canarias": "ES", "asturias": "ES", "cantabria": "ES", "navarre": "ES", "extremadura": "ES",
	// Italy
	"lombardy": "IT", "lombardia": "IT", "piedmont": "IT", "piemonte": "IT", "tuscany": "IT", "toscana": "IT", "lazio": "IT",
	"veneto": "IT", "emilia romagna": "IT", "campania": "IT", "sicily": "IT", "sicilia": "IT", "sardinia": "IT", "sardegna": "IT",
	"apulia": "IT", "puglia": "IT", "liguria": "IT", "calabria": "IT", "friuli venezia giulia": "IT", "trentino": "IT",
	// France
	"ile de france": "FR", "brittany": "FR", "bretagne": "FR", "normandy": "FR", "normandie": "FR", "occitanie": "FR",
	"auvergne rhone alpes": "FR", "hauts de france": "FR", "nouvelle aquitaine": "FR", "grand est": "FR", "alsace": "FR",
	"provence alpes cote dazur": "FR", "pays de la loire": "FR",
	// United Kingdom
	"greater london": "GB", "greater manchester": "GB", "west midlands": "GB", "merseyside": "GB", "tyne and wear": "GB",
	"yorkshire": "GB", "west yorkshire": "GB", "south yorkshire": "GB", "north yorkshire": "GB", "lancashire": "GB",
	"hampshire": "GB", "hertfordshire": "GB", "berkshire": "GB", "oxfordshire": "GB", "cambridgeshire": "GB",
	"buckinghamshire": "GB", "county durham": "GB", "northern ireland": "GB",
	// Netherlands, Belgium, Austria, Switzerland, Poland
	"north holland": "NL", "noord holland": "NL", "south holland": "NL", "zuid holland": "NL", "north brabant": "NL",
	"noord brabant": "NL", "gelderland": "NL", "flanders": "BE", "vlaanderen": "BE", "wallonia": "BE", "wallonie": "BE",
	"tyrol": "AT", "tirol": "AT", "styria": "AT", "steiermark": "AT", "upper austria": "AT", "lower austria": "AT",
	"masovia": "PL", "mazowieckie": "PL", "masovian voivodeship": "PL", "lesser poland": "PL", "malopolska": "PL",
	"silesia": "PL", "slaskie": "PL", "pomerania": "PL", "pomorskie": "PL",
	// China, Japan, the Philippines, Malaysia
	"guangdong": "CN", "jiangsu": "CN", "zhejiang": "CN", "sichuan": "CN", "fujian": "CN", "shandong": "CN", "hubei": "CN",
	"henan": "CN", "hunan": "CN", "anhui": "CN", "liaoning": "CN", "shaanxi": "CN", "shanxi": "CN", "hebei": "CN",
	"jiangxi": "CN", "yunnan": "CN", "guangxi": "CN", "heilongjiang": "CN", "guizhou": "CN", "hainan": "CN",
	"kanagawa": "JP", "saitama": "JP", "chiba": "JP", "aichi": "JP", "hyogo": "JP", "hokkaido": "JP", "shizuoka": "JP",
	"ibaraki": "JP", "tochigi": "JP", "gunma": "JP", "yamanashi": "JP", "nagano": "JP", "niigata": "JP", "miyagi": "JP",
	"okinawa": "JP", "metro manila": "PH", "central luzon": "PH", "calabarzon": "PH", "central visayas": "PH",
	"johor": "MY", "selangor": "MY", "penang": "MY", "sabah": "MY", "sarawak": "MY",
	// Mexico
	"jalisco": "MX", "nuevo leon": "MX", "baja california": "MX", "estado de mexico": "MX", "guanajuato": "MX",
	"queretaro": "MX", "yucatan": "MX", "quintana roo": "MX", "chihuahua": "MX", "sonora": "MX", "coahuila": "MX",
	"tamaulipas": "MX", "sinaloa": "MX",
	// the United States
	"new england": "US", "pacific northwest": "US",
}

// subdivisionNames are the full names of US states and Canadian provinces
// a town is written before ("London, Ontario"), with the regions of
// countryRegions; "georgia" is left out (Regions reads it as the country).
// The indexes are looked up without allocating (placeNameIndex).
var (
	subdivisionIndex = placeNameIndex{}
	regionIndex      = placeNameIndex{}
	usTownIndex      = placeNameIndex{}
)

// placeNameAccents are spellings with marks of names countryRegions keys
// folded.
var placeNameAccents = map[string]string{
	"andalucía": "ES", "cataluña": "ES", "país vasco": "ES", "castilla y león": "ES", "thüringen": "DE",
	"baden-württemberg": "DE", "île-de-france": "FR", "auvergne-rhône-alpes": "FR", "nuevo león": "MX", "querétaro": "MX",
	"yucatán": "MX", "małopolska": "PL", "śląskie": "PL", "québec": "CA",
}

func init() {
	for s := range usStates {
		if len(s) > 2 {
			subdivisionIndex.add(s, "US")
		}
	}
	for _, s := range []string{"ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
		"new brunswick", "newfoundland", "newfoundland and labrador", "prince edward island"} {
		subdivisionIndex.add(s, "CA")
	}
	for k, v := range countryRegions {
		regionIndex.add(k, v)
		if v != "US" {
			subdivisionIndex.add(k, v)
		}
	}
	for k, v := range placeNameAccents {
		regionIndex.add(k, v)
		subdivisionIndex.add(k, v)
	}
	for _, k := range usTownsAlone {
		usTownIndex.add(k, "US")
	}
}

// usTownsAlone are large US towns read as the United States when a
// location is the town alone; worldTowns reads US towns only before a code.
var usTownsAlone = []string{
	"detroit", "portland", "sunnyvale", "los gatos", "santa clara", "cupertino", "menlo park", "mountain view",
	"redwood city", "san mateo", "philadelphia", "houston", "dallas", "phoenix", "san diego", "minneapolis", "pittsburgh",
}

// placeNameKey buckets a name by its length and its first byte in lower case.
type placeNameKey struct {
	n int
	b byte
}

// placeNameIndex maps lower-case names to a code; a name is found in any
// case of its ASCII letters and with hyphens for spaces ("TYNE-AND-WEAR").
type placeNameIndex map[placeNameKey][][2]string

func (x placeNameIndex) add(name, code string) {
	k := placeNameKey{len(name), lowerByte(name[0])}
	x[k] = append(x[k], [2]string{name, code})
}

// lookup returns the code of s, or "".
func (x placeNameIndex) lookup(s string) string {
	if s == "" {
		return ""
	}
	for _, e := range x[placeNameKey{len(s), lowerByte(s[0])}] {
		if placeNameEq(s, e[0]) {
			return e[1]
		}
	}
	return ""
}

// placeNameEq compares s with the lower-case name n byte by byte, ignoring
// the case of ASCII letters and reading a hyphen as a space.
func placeNameEq(s, n string) bool {
	if len(s) != len(n) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := lowerByte(s[i])
		if c == '-' {
			c = ' '
		}
		d := n[i]
		if d == '-' {
			d = ' '
		}
		if c != d {
			return false
		}
	}
	return true
}

// countryName is the English name a location is rewritten to for code.
func countryName(code string) string {
	if code == "US" {
		return "United States"
	}
	if wc := worldCountries[code]; wc != nil {
		return wc.name
	}
	return ""
}

// placeFrameLoc returns loc rewritten when a frame above applies, or "".
func placeFrameLoc(loc string) string {
	if len(loc) > 120 || loc == "" {
		return ""
	}
	if strings.Contains(loc, ";") {
		segs := strings.Split(loc, ";")
		changed := false
		for i, s := range segs {
			if f := placeFrameSeg(strings.TrimSpace(s)); f != "" {
				segs[i], changed = f, true
			}
		}
		if !changed {
			return ""
		}
		for i := range segs {
			segs[i] = strings.TrimSpace(segs[i])
		}
		return strings.Join(segs, "; ")
	}
	return placeFrameSeg(loc)
}

// placeFrameSeg is placeFrameLoc for one ";"-separated segment.
func placeFrameSeg(loc string) string {
	s := trimLocationCount(loc)
	if s == "" {
		return ""
	}
	if l := leadingStateTown(s); l != "" {
		return l
	}
	if l := leadingCountryCode(s); l != "" {
		return l
	}
	if l := dotCountryCode(s); l != "" {
		return l
	}
	var buf [6]string
	parts := buf[:0]
	for rest := s; ; {
		i := strings.IndexByte(rest, ',')
		if i < 0 {
			parts = append(parts, strings.TrimSpace(rest))
			break
		}
		if len(parts) == len(buf)-1 {
			return "" // a list, not one place
		}
		parts = append(parts, strings.TrimSpace(rest[:i]))
		rest = rest[i+1:]
	}
	changed := s != loc
	if p := zipAfterTownCode(parts); len(p) != len(parts) {
		parts, changed = p, true // "Pittsburgh PA, 15222"
	}
	last := parts[len(parts)-1]
	// "Mountain View, CA USA": a state code before the country.
	if len(parts) >= 2 && len(last) > 3 && last[2] == ' ' && placeCode(last[:2]) && usStates[last[:2]] {
		if rest := strings.TrimSpace(last[3:]); rest == "USA" || rest == "US" || strings.EqualFold(rest, "united states") {
			return "United States"
		}
	}
	if c := trailingAlpha3Country(parts); c != "" {
		return c
	}
	// "Town, Region, cc" and "CABA, CABA, AR": the code is the country.
	if len(parts) >= 3 && len(last) == 2 {
		if c := trailingATSCountry(parts); c != "" {
			return c
		}
	}
	// "Dublin OH", "Research and Development, Chandler AZ" (a first part
	// that names no place is dropped: a third part would read the code as
	// a country).
	if town, code, ok := townCodeNoComma(last); ok && (len(parts) == 1 || len(parts) == 2 && len(Regions(parts[0])) == 0) {
		return town + ", " + code
	}
	// "London, Ontario", "Paris, Texas", "Munich, Bavaria". "New York" is a
	// town in a list as often as the state: "Toronto, New York, San
	// Francisco".
	if len(parts) == 2 || len(parts) == 3 {
		if c := subdivisionIndex.lookup(parts[1]); c != "" && parts[0] != "" && !placeNameEq(parts[1], "new york") &&
			foldTown(parts[0]) != foldTown(parts[1]) && (len(parts) == 2 || namesCountry(parts[2], c)) &&
			!(c == "US" && onlyUSTownFrame(parts[0])) {
			return countryName(c)
		}
	}
	// A region of a country at the end of a part: "Taicang, Jiangsu",
	// "DE Munich Bavaria", "Remote - New England".
	var out []string
	for i, p := range parts {
		if r := regionSuffixCountry(p); r != "" {
			if out == nil {
				out = append([]string(nil), parts...)
			}
			out[i] = r
		}
	}
	if out != nil {
		return strings.Join(out, ", ")
	}
	// "Detroit", "Portland": a large US town alone.
	if len(parts) == 1 && usTownIndex.lookup(parts[0]) != "" {
		return "United States"
	}
	if changed {
		return strings.Join(parts, ", ")
	}
	return ""
}

// onlyUSTownFrame reports a first part Regions already reads as the United
// States ("Austin, Texas"), which needs no rewrite.
func onlyUSTownFrame(town string) bool {
	return regionNames[strings.ToLower(town)] == "US"
}

// trimLocationCount drops a Workday "(2 Locations)" tail.
func trimLocationCount(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 {
		return s
	}
	in := strings.ToLower(s[i+1 : len(s)-1])
	if strings.HasSuffix(in, " locations") || strings.HasSuffix(in, " location") {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// leadingStateTown reads "CA - San Jose" (a US state code, a dash, a US
// town that is no town of the country the code also names) as "San Jose,
// CA".
//
// The dash may stand without spaces ("MI-Detroit"), and a site word may
// follow the town ("MI - Detroit Sales Office"). A town the hand tables do
// not know is looked up in the gazetteer ("GA - Savannah").
func leadingStateTown(s string) string {
	head, tail, ok := strings.Cut(s, " - ")
	if !ok && len(s) > 3 && s[2] == '-' {
		head, tail, ok = s[:2], s[3:], true // "MI-Detroit"
	}
	if !ok || len(head) != 2 || !usStates[head] || strings.Contains(tail, ",") {
		return ""
	}
	tail = trimSiteWords(strings.TrimSpace(tail))
	key := foldTown(tail)
	us := false
	for _, p := range worldTowns[key] {
		if p.country == "US" {
			us = true
		}
		if p.country == regionCodes[head] && regionCodes[head] != "US" {
			return "" // "IN - Bengaluru"
		}
	}
	if !us && len(worldTowns[key]) == 0 {
		for _, p := range geoTowns()[key].places {
			if p.country == regionCodes[head] && regionCodes[head] != "US" {
				return ""
			}
			us = us || p.country == "US"
		}
	}
	if !us {
		return ""
	}
	return tail + ", " + head
}

// siteWords are words after a town that name a site of the employer's
// there: "Detroit Sales Office", "Austin Campus".
var siteWords = []string{" sales office", " office", " campus", " hq", " headquarters", " plant", " site"}

// trimSiteWords drops one of siteWords ending s.
func trimSiteWords(s string) string {
	for _, w := range siteWords {
		if len(s) > len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return strings.TrimSpace(s[:len(s)-len(w)])
		}
	}
	return s
}

// zipAfterTownCode drops a US ZIP code and the street after it from the parts of a
// location whose first part is a town and a state code with no comma
// ("Jefferson Hills PA, 15025, 565 Coal Valley Road"), so that the town and
// its code are read alone.
func zipAfterTownCode(parts []string) []string {
	if len(parts) < 2 || !isZip(parts[1]) {
		return parts
	}
	if _, code, ok := townCodeNoComma(parts[0]); !ok || !usStates[code] {
		return parts
	}
	return parts[:1]
}

// isZip reports a five-digit US ZIP code, with or without its four-digit
// extension.
func isZip(s string) bool {
	if len(s) == 10 && s[5] == '-' {
		s = s[:5] + s[6:]
	} else if len(s) != 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// townCodeNoComma splits "Dublin OH" into the town and a US state or
// Canadian province code, when the town is one to four capitalised words
// and no work-mode word.
func townCodeNoComma(p string) (town, code string, ok bool) {
	i := strings.LastIndexByte(p, ' ')
	if i <= 0 {
		return "", "", false
	}
	code = p[i+1:]
	// "DC" after an all-capitals town is a site ("PRAGUE DC"), not Washington.
	if len(code) != 2 || !placeCode(code) || !(usStates[code] || caProvinces[code]) || code == "DC" {
		return "", "", false
	}
	town = strings.TrimSpace(p[:i])
	words := 0
	for rest := town; rest != ""; {
		w := rest
		if j := strings.IndexByte(rest, ' '); j >= 0 {
			w, rest = rest[:j], strings.TrimLeft(rest[j:], " ")
		} else {
			rest = ""
		}
		words++
		if words > 4 || w[0] < 'A' || w[0] > 'Z' {
			return "", "", false
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == '\'' || c == '-') {
				return "", "", false
			}
		}
		for _, m := range []string{"remote", "hybrid", "onsite", "on-site", "office", "home", "anywhere", "based", "work", "or", "and", "usa", "us"} {
			if strings.EqualFold(w, m) {
				return "", "", false
			}
		}
	}
	return town, code, words > 0
}

// trailingATSCountry reads the last of three or more parts as the country
// when it is a lower-case ISO code ("San Francisco, Heredia, cr") or an
// upper-case one that is also a US state code after a part that is no US
// state ("CABA, CABA, AR"); it returns the country's name or "".
func trailingATSCountry(parts []string) string {
	last := parts[len(parts)-1]
	up := strings.ToUpper(last)
	wc := worldCountries[up]
	if wc == nil || up == "US" {
		return ""
	}
	if last[0] >= 'a' && last[0] <= 'z' && last[1] >= 'a' && last[1] <= 'z' {
		return wc.name
	}
	if !usStates[up] && parts[len(parts)-2] == "" && last == up {
		// SmartRecruiters' town, empty region, country: "Remote, , ES",
		// "Remote, , NL". A code that is also a Canadian province is the
		// country only after "Remote" or a town of that country ("St.
		// John's, , NL" keeps its province).
		if !caProvinces[up] || strings.EqualFold(parts[0], "remote") {
			return wc.name
		}
		for _, p := range worldTowns[foldTown(parts[0])] {
			if p.country == up {
				return wc.name
			}
		}
		return ""
	}
	if !usStates[up] {
		if caProvinces[up] || !(last == up && strings.EqualFold(parts[len(parts)-2], last)) {
			return "" // only "San José, San José Province, CR, CR" (the code twice): isoCodeAfterPlace reads the rest
		}
		return wc.name
	}
	mid := parts[len(parts)-2]
	if usStates[mid] || usStates[strings.ToLower(mid)] || strings.Contains(strings.ToLower(mid), "county") {
		return ""
	}
	for _, p := range worldTowns[foldTown(parts[0])] {
		if p.country == "US" {
			return ""
		}
	}
	return wc.name
}

// regionSuffixCountry returns p with a region of a country at its end
// replaced by the country's name, or "".
func regionSuffixCountry(p string) string {
	// starts[k] is where the last k+1 words begin (words are split at
	// spaces and hyphens).
	var starts [4]int
	n := 0
	for i := len(p); i > 0 && n < len(starts); {
		j := i - 1
		for j >= 0 && p[j] != ' ' && p[j] != '-' {
			j--
		}
		if j+1 < i {
			starts[n] = j + 1
			n++
		}
		i = j
		for i > 0 && (p[i-1] == ' ' || p[i-1] == '-') {
			i--
		}
	}
	for k := n - 1; k >= 0; k-- {
		c := regionIndex.lookup(p[starts[k]:])
		if c == "" {
			continue
		}
		head := strings.TrimRight(p[:starts[k]], " -")
		if w := head[strings.LastIndexAny(head, " -")+1:]; strings.EqualFold(w, "new") {
			return "" // "New Hampshire"
		}
		if head == "" {
			return countryName(c)
		}
		return head + " " + countryName(c)
	}
	return ""
}

// alpha3Words are three-letter country codes that are English words or
// abbreviations before they are countries.
var alpha3Words = map[string]bool{"AND": true, "ARM": true, "FIN": true, "CAN": true, "PAN": true, "MAR": true, "COD": true,
	"TON": true, "VAT": true, "LUX": true, "ARE": true, "PER": true, "DOM": true, "GIN": true, "BEL": true, "AUT": true,
	"TUR": true, "MUS": true, "SOM": true, "BEN": true, "CUB": true, "IND": true, "USA": true}

// alpha3Country returns the two-letter code of the worldCityData country
// with three-letter code a3, or "". (worldCountries is filled by an init
// function of a later file, so this looks it up when asked.)
func alpha3Country(a3 string) string {
	for code, c := range worldCountries {
		if c.alpha3 == a3 {
			return code
		}
	}
	return ""
}

// leadingCountryCode reads a leading ISO code before a dash or a town, the
// way ATS sites prefix their offices ("CR - Alajuela, Coyol", "CRI -
// Remote", "CHN Yancheng - MFG 1"), as the code's country. Two-letter codes
// that are US state or Canadian province codes are left to the other
// readers ("IN - Bengaluru", "CA - ON, Oakville"), as are codes Regions
// reads already.
func leadingCountryCode(s string) string {
	i := strings.IndexByte(s, ' ')
	if d := strings.IndexByte(s, '-'); d == 2 && (i < 0 || i > d) && len(s) > 3 && s[3] >= 'A' && s[3] <= 'Z' {
		// Workday's "CZ-PLZEN-..." (a country, a region or a town, a site).
		head := s[:2]
		if _, ok := regionCodes[head]; ok || !placeCode(head) || usStates[head] || caProvinces[head] {
			return ""
		}
		if name := countryName(head); name != "" {
			return name + " - " + s[3:]
		}
		return ""
	}
	if i < 2 || i > 3 {
		return ""
	}
	head, rest := s[:i], strings.TrimSpace(s[i:])
	if !placeCode(head) || rest == "" {
		return ""
	}
	if _, ok := regionCodes[head]; ok {
		return ""
	}
	code := head
	if len(head) == 3 {
		if alpha3Words[head] {
			return ""
		}
		code = alpha3Country(head)
	} else if usStates[head] || caProvinces[head] {
		return ""
	}
	name := countryName(code)
	if name == "" {
		return ""
	}
	if strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "-") {
		return name + " - " + strings.TrimSpace(strings.TrimLeft(rest, "-"))
	}
	if rest[0] >= 'A' && rest[0] <= 'Z' && len(head) == 3 {
		return name + " " + rest
	}
	return ""
}

// namesCountry reports a location part that is the name or code of the
// country with code c ("Canada", "USA", "DE").
func namesCountry(p, c string) bool {
	low := strings.ToLower(strings.TrimSpace(p))
	if regionCodes[p] == c && len(p) <= 3 || low == strings.ToLower(countryName(c)) {
		return true
	}
	switch low {
	case "usa", "u.s.", "u.s.a.", "united states of america":
		return c == "US"
	}
	return false
}
