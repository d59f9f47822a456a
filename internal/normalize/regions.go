package normalize

import (
	"regexp"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Region codes besides ISO 3166 alpha-2 country codes.
const (
	RegionEU        = model.RegionEU
	RegionEMEA      = model.RegionEMEA
	RegionLATAM     = model.RegionLATAM
	RegionAPAC      = model.RegionAPAC
	RegionAmericas  = model.RegionAmericas
	RegionWorldwide = model.RegionWorldwide
)

// regionNames maps lower-case names and aliases to region codes. Two-letter
// codes are matched case-sensitively (see regionCodes) so that "us" and "in"
// stay English words.
var regionNames = map[string]string{
	"worldwide": RegionWorldwide, "anywhere": RegionWorldwide, "global": RegionWorldwide, "globally": RegionWorldwide,
	"anywhere in the world": RegionWorldwide, "international": RegionWorldwide, "internationally": RegionWorldwide, "all countries": RegionWorldwide, "any country": RegionWorldwide, "any location": RegionWorldwide,
	"europe": RegionEU, "european union": RegionEU, "european economic area": RegionEU, "eu": RegionEU, "eea": RegionEU, "eu/eea": RegionEU,
	"emea": RegionEMEA, "latam": RegionLATAM, "latin america": RegionLATAM, "south america": RegionLATAM, "central america": RegionLATAM,
	"apac": RegionAPAC, "asia pacific": RegionAPAC, "asia-pacific": RegionAPAC, "asia": RegionAPAC, "oceania": RegionAPAC,
	"americas": RegionAmericas, "the americas": RegionAmericas,
	"united states": "US", "united states of america": "US", "usa": "US", "u.s.": "US", "u.s.a.": "US", "u.s": "US", "america": "US",
	"united kingdom": "GB", "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
	"canada": "CA", "mexico": "MX", "brazil": "BR", "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE", "uruguay": "UY",
	"costa rica": "CR", "guatemala": "GT", "ecuador": "EC", "venezuela": "VE", "bolivia": "BO", "paraguay": "PY", "dominican republic": "DO",
	"germany": "DE", "deutschland": "DE", "france": "FR", "spain": "ES", "portugal": "PT", "italy": "IT", "netherlands": "NL", "the netherlands": "NL", "holland": "NL",
	"belgium": "BE", "flanders": "BE", "vlaanderen": "BE", "wallonia": "BE", "wallonie": "BE", "luxembourg": "LU", "ireland": "IE", "austria": "AT", "switzerland": "CH", "sweden": "SE", "norway": "NO", "denmark": "DK",
	"finland": "FI", "iceland": "IS", "poland": "PL", "czech republic": "CZ", "czechia": "CZ", "slovakia": "SK", "hungary": "HU", "romania": "RO",
	"bulgaria": "BG", "greece": "GR", "croatia": "HR", "serbia": "RS", "slovenia": "SI", "estonia": "EE", "latvia": "LV", "lithuania": "LT",
	"ukraine": "UA", "turkey": "TR", "türkiye": "TR", "cyprus": "CY", "malta": "MT", "bosnia": "BA", "albania": "AL", "north macedonia": "MK", "moldova": "MD", "georgia": "GE", "armenia": "AM",
	"israel": "IL", "united arab emirates": "AE", "uae": "AE", "saudi arabia": "SA", "qatar": "QA", "egypt": "EG", "morocco": "MA", "tunisia": "TN",
	"nigeria": "NG", "kenya": "KE", "ghana": "GH", "south africa": "ZA", "ethiopia": "ET", "uganda": "UG", "rwanda": "RW",
	"india": "IN", "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "china": "CN", "hong kong": "HK", "taiwan": "TW",
	"japan": "JP", "south korea": "KR", "korea": "KR", "singapore": "SG", "malaysia": "MY", "indonesia": "ID", "philippines": "PH", "thailand": "TH",
	"vietnam": "VN", "viet nam": "VN", "australia": "AU", "new zealand": "NZ",
	// cities that stand for their country in location texts
	"london": "GB", "manchester": "GB", "edinburgh": "GB", "berlin": "DE", "munich": "DE", "münchen": "DE", "hamburg": "DE",
	"paris": "FR", "lyon": "FR", "bordeaux": "FR", "marseille": "FR", "madrid": "ES", "barcelona": "ES", "lisbon": "PT",
	"amsterdam": "NL", "dublin": "IE", "stockholm": "SE", "oslo": "NO", "copenhagen": "DK", "helsinki": "FI", "warsaw": "PL",
	"zurich": "CH", "vienna": "AT", "toronto": "CA", "vancouver": "CA", "montreal": "CA", "ottawa": "CA", "bangalore": "IN",
	"bengaluru": "IN", "mumbai": "IN", "delhi": "IN", "new delhi": "IN", "hyderabad": "IN", "pune": "IN", "chennai": "IN",
	"sydney": "AU", "melbourne": "AU", "tokyo": "JP", "tel aviv": "IL", "dubai": "AE", "lagos": "NG", "nairobi": "KE", "addis ababa": "ET",
	"são paulo": "BR", "sao paulo": "BR", "mexico city": "MX", "buenos aires": "AR", "san francisco": "US", "nyc": "US",
	"los angeles": "US", "seattle": "US", "boston": "US", "chicago": "US", "austin": "US", "miami": "US", "denver": "US",
	"atlanta": "US", "palo alto": "US", "washington d.c.": "US", "sf": "US",
	"köln": "DE", "cologne": "DE", "düsseldorf": "DE", "stuttgart": "DE", "wien": "AT", "zürich": "CH", "genève": "CH", "lisboa": "PT",
	"milano": "IT", "praha": "CZ", "prague": "CZ", "budapest": "HU", "brussels": "BE", "bruxelles": "BE", "rotterdam": "NL",
	"utrecht": "NL", "göteborg": "SE", "gothenburg": "SE", "københavn": "DK", "kraków": "PL", "krakow": "PL", //
	// Canadian provinces and territories
	"ontario": "CA", "quebec": "CA", "québec": "CA", "british columbia": "CA", "alberta": "CA", "manitoba": "CA",
	"saskatchewan": "CA", "nova scotia": "CA", "new brunswick": "CA", "newfoundland": "CA", "newfoundland and labrador": "CA",
	"prince edward island": "CA", "yukon": "CA", "northwest territories": "CA", "nunavut": "CA",
	// countries as they name themselves
	"brasil": "BR", "españa": "ES", "méxico": "MX", "italia": "IT", "polska": "PL", "österreich": "AT", "oesterreich": "AT", "osterreich": "AT", "schweiz": "CH",
	"suisse": "CH", "belgique": "BE", "belgië": "BE", "nederland": "NL", "sverige": "SE", "norge": "NO", "danmark": "DK",
	"suomi": "FI", "éire": "IE", "perú": "PE",
	// US time zones named in words: "Remote - Eastern Time Zone"
	"eastern time": "US", "pacific time": "US", "central time": "US", "mountain time": "US",
}

// addRegionName adds key as a name of the place code unless it already
// names one: the tables added after regionNames never override it.
func addRegionName(key, code string) {
	if _, ok := regionNames[key]; !ok {
		regionNames[key] = code
	}
}

// regionGroups are names of country groups that are no region code of
// their own: "Remote - DACH" is Germany, Austria and Switzerland.
var regionGroups = map[string][]string{
	"dach": {"DE", "AT", "CH"}, "benelux": {"BE", "NL", "LU"}, "nordics": {"SE", "NO", "DK", "FI", "IS"},
	"nordic countries": {"SE", "NO", "DK", "FI", "IS"}, "scandinavia": {"SE", "NO", "DK"}, "anz": {"AU", "NZ"},
	"baltics": {"EE", "LV", "LT"}, "baltic states": {"EE", "LV", "LT"}, "iberia": {"ES", "PT"},
	// "North America" as job boards use it is the US and Canada: people
	// reading "Remote - North America" do not expect Mexico or Brazil.
	"north america": {"US", "CA"}, "northern america": {"US", "CA"},
}

// regionCodes are upper-case codes matched case-sensitively.
var regionCodes = map[string]string{
	"US": "US", "USA": "US", "UK": "GB", "GB": "GB", "EU": RegionEU, "EMEA": RegionEMEA, "LATAM": RegionLATAM, "APAC": RegionAPAC,
	"CA": "CA", "DE": "DE", "FR": "FR", "ES": "ES", "IN": "IN", "NL": "NL", "IE": "IE", "AU": "AU", "NZ": "NZ", "SG": "SG",
	"PL": "PL", "PT": "PT", "IT": "IT", "SE": "SE", "CH": "CH", "MX": "MX", "BR": "BR", "JP": "JP", "PH": "PH", "UAE": "AE", "NA": RegionAmericas, "AMER": RegionAmericas,
	// ISO 3166 alpha-3 codes as applicant-tracking systems write them ("Toronto, ON, CAN")
	"CAN": "CA", "GBR": "GB", "DEU": "DE", "FRA": "FR", "ESP": "ES", "MEX": "MX", "BRA": "BR", "AUS": "AU", "IND": "IN",
	"IRL": "IE", "NLD": "NL", "POL": "PL", "PRT": "PT", "ITA": "IT", "NZL": "NZ", "SGP": "SG", "PHL": "PH", "ZAF": "ZA",
}

// usStates are US state codes and names: "Austin, TX" is in the US.
var usStates = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true, "DE": true, "FL": true, "GA": true, "HI": true,
	"ID": true, "IL": true, "IN": true, "IA": true, "KS": true, "KY": true, "LA": true, "ME": true, "MD": true, "MA": true, "MI": true,
	"MN": true, "MS": true, "MO": true, "MT": true, "NE": true, "NV": true, "NH": true, "NJ": true, "NM": true, "NY": true, "NC": true,
	"ND": true, "OH": true, "OK": true, "OR": true, "PA": true, "RI": true, "SC": true, "SD": true, "TN": true, "TX": true, "UT": true,
	"VT": true, "VA": true, "WA": true, "WV": true, "WI": true, "WY": true, "DC": true,
	"california": true, "texas": true, "new york": true, "florida": true, "washington": true, "massachusetts": true, "illinois": true,
	"colorado": true, "oregon": true, "indiana": true, "michigan": true, "ohio": true, "virginia": true, "north carolina": true,
	"pennsylvania": true, "new jersey": true, "arizona": true, "utah": true, "minnesota": true, "tennessee": true, "nevada": true,
	"alabama": true, "alaska": true, "arkansas": true, "connecticut": true, "delaware": true, "hawaii": true, "idaho": true,
	"iowa": true, "kansas": true, "kentucky": true, "louisiana": true, "maryland": true, "mississippi": true, "missouri": true,
	"montana": true, "nebraska": true, "new hampshire": true, "new mexico": true, "north dakota": true, "oklahoma": true,
	"rhode island": true, "south carolina": true, "south dakota": true, "vermont": true, "west virginia": true,
	"wisconsin": true, "wyoming": true, "maine": true, // "georgia" is the country (GE) here
}

// caProvinces are Canadian province and territory codes: "Calgary, AB" is
// in Canada. (Names are in regionNames.)
var caProvinces = map[string]bool{"AB": true, "BC": true, "MB": true, "NB": true, "NL": true, "NS": true, "NT": true, "NU": true,
	"ON": true, "PE": true, "QC": true, "SK": true, "YT": true}

// usTimezones say a listing wants US hours: "USA, CST (UTC-6)".
var usTimezones = map[string]bool{"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true, "PST": true, "PDT": true, "ET": true, "PT": true, "CT": true, "MT": true}

var (
	tokenRe   = regexp.MustCompile(`[\p{L}][\p{L}\p{M}.]*[\p{L}]?|[\p{L}]`) // marks continue a word: "भारत" (region_tokens.go)
	cityState = regexp.MustCompile(`(?:^|,\s*)([A-Z]{2})(?:\s*\d{5})?\s*(?:$|[,;)/-]|only\b)`)
)

// Regions returns the region codes named in a location text ("Remote (United
// States)" -> US, "EMEA, LATAM, Canada, USA" -> EMEA, LATAM, CA, US, "Austin,
// TX" -> US, "Anywhere" -> worldwide), deduplicated in order of appearance.
// "Anywhere in France" is FR, not worldwide.
func Regions(s string) []string {
	if r, ok := streetLeadRegions(s); ok {
		return r // "12 Norway Ln, Fargo, ND" (region_street_lead.go)
	}
	if r, ok := countryNamedTownRegions(s); ok {
		return r // "Panama City, FL", "Villa Argentina, Canelones, Uruguay" (region_country_named_town.go)
	}
	if r, ok := teamAsideRegions(s); ok {
		return r // "Remote - Chile (UK team)" (region_team_aside.go)
	}
	if r, ok := stateWordList(s); ok {
		return r // "CA, NY, TX and WA" (region_state_code_word_list.go)
	}
	var out []string
	tzUS := false
	var zones []string
	add := func(code string) {
		for _, c := range out {
			if c == code {
				return
			}
		}
		out = append(out, code)
	}
	if stateNoteUS(s) {
		add("US") // "Montgomery, AL (Remote)"
	}
	if m := cityStateMatches(s); m != nil { // region_tokens.go
		for _, g := range m {
			if usStates[g[1]] && strings.Contains(s, ",") && !leadsWithCode(s, g[1]) {
				add("US")
			} else if caProvinces[g[1]] && strings.Contains(s, ",") && !leadsWithCode(s, g[1]) {
				add("CA")
			}
		}
	}
	if wholeAmer(s) {
		add(RegionAmericas) // "amer" (region_scope_tokens_more.go)
	}
	words := regionTokens(s) // tokenRe.FindAllString (region_tokens.go)
	for i := 0; i < len(words); i++ {
		matched := false
		for n := min(4, len(words)-i); n >= 1 && !matched; n-- {
			phrase := strings.Join(words[i:i+n], " ")
			low := strings.ToLower(phrase) // once, not for each look-up below
			// A code, unless it is written as an English word ("Work IN
			// progress": region_code_words.go).
			if code, ok := regionCodes[strings.TrimRight(phrase, ".")]; ok && n == 1 && !codeAsWord(s, words, i) && !codeLocalityHead(s, words, i) {
				if northAmericaCode(phrase) {
					add("US") // "Remote - NA": North America (region_na_code.go)
					add("CA")
				} else if !(usStates[phrase] && len(out) > 0 && out[len(out)-1] == "US") {
					add(code)
				}
				matched = true
			} else if code, ok := regionNames[low]; ok {
				add(code)
				i += n - 1
				matched = true
			} else if codes, ok := regionGroups[low]; ok {
				for _, c := range codes {
					add(c)
				}
				i += n - 1
				matched = true
			} else if n == 1 && usTimezones[phrase] {
				tzUS = true // US hours; added below unless a place is named
				matched = true
			} else if n == 1 && len(phrase) >= 3 && len(phrase) <= 4 && phrase[1] >= 'A' && phrase[1] <= 'Z' && zoneCodeRegion[phrase] != "" {
				zones = append(zones, zoneCodeRegion[phrase]) // "Remote - CET": the EU, as a US zone is the US (region_zone_scope_words.go)
				matched = true
			} else if n <= 2 && usStates[low] {
				add("US")
				i += n - 1
				matched = true
			}
		}
	}
	if out == nil && lower48US(s, words) {
		add("US") // "Remote - Lower 48" (region_lead_town.go)
	}
	if usCanadaPair(s) {
		add("CA") // "Remote (US/CA)": Canada, not California (region_us_ca_codes.go)
	}
	if tzUS && zones == nil {
		out = addTimezoneUS(out)
	} else if zones != nil {
		out = addZoneRegions(out, tzUS, zones)
	}
	out = zonePairAndBothAmericas(s, out) // "PT/ET hours", "North & South America" (region_zone_pairs.go)
	if len(out) > 1 {
		out = dropWorldwide(out)
		out = georgiaStateUS(s, out)    // "Remote, Georgia, New York": the state (region_georgia_state.go)
		out = menaNorthAfrica(s, out)   // "Middle East and North Africa" is MENA (region_mena_africa.go)
		out = sarChina(s, out)          // "Hong Kong, China" is Hong Kong (region_sar_china.go)
		out = statedCountryTown(s, out) // "Hyderabad, Pakistan", "Telangana, IN" (region_stated_country_town.go)
		// "Remote - Peru (UK business hours)" (region_hours_note.go)
		out = hoursNoteOfOtherPlace(s, out)
	}
	if len(out) == 1 && out[0] == "GE" {
		out = georgiaUSTown(s, out) // "Savannah, Georgia": the state (region_georgia_state.go)
	}
	// "Delhi, New York, USA", "Delhi (Canada)" (region_lead_town.go)
	out = statedCountryLeadTown(s, out)
	out = stateNamedTownAbroad(s, out) // "Montana, Wales" (region_state_named_town.go)
	out = southGeorgiaIslands(s, out)  // "South Georgia and the South Sandwich Islands" (region_joined_names.go)
	return out
}

// dropWorldwide removes "worldwide" when a narrower region is also named
// ("Anywhere in France").
func dropWorldwide(in []string) []string {
	out := in[:0]
	for _, c := range in {
		if c != RegionWorldwide {
			out = append(out, c)
		}
	}
	return out
}

// sortedRegions returns a sorted copy, for keys.
func sortedRegions(in []string) []string {
	out := append([]string(nil), in...)
	sort.Strings(out)
	return out
}
