package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two country groups of their own beside EU, EMEA, LATAM and APAC: the
// Middle East and North Africa ("Remote - MENA", "Middle East", "GCC",
// the Gulf states named as a group) and Africa, the whole continent
// ("Remote - Africa", "Sub-Saharan Africa", "West Africa"). EMEA covers
// both. Table tests and traps in region_mena_africa_test.go.
// Their countries are model's (model.RegionsOpenTo, areaHolds).
const (
	RegionMENA   = model.RegionMENA
	RegionAfrica = model.RegionAfrica
)

// menaNames name the Middle East and North Africa as a group. "Gulf"
// alone is left out ("Gulf Coast", "Gulf Shores, AL" are in the US); the
// Gulf counts with a word that makes it the Arabian one.
var menaNames = []string{"mena", "mena region", "middle east", "the middle east", "middle east region", "near east",
	"gcc countries", "gcc region", "gulf countries", "gulf region", "gulf states", "arab gulf", "arabian gulf",
	"persian gulf", "gulf cooperation council", "levant", "the levant", "maghreb", "the maghreb", "arab world", "the arab world"}

// africaNames name Africa or a part of it ("South Africa" is ZA, a longer
// name read first).
var africaNames = []string{"africa", "sub saharan africa", "subsaharan africa", "west africa", "western africa",
	"east africa", "eastern africa", "southern africa", "central africa", "north africa", "northern africa",
	"pan africa", "the african continent", "african continent", "continental africa",
	"african time zones", "african timezones", "african time zone"}

// menaPlaces are Gulf, Levant and African places the place tables did not
// hold ("Medina", "Alexandria" and "Damascus" are also US towns: left out).
var menaPlaces = map[string]string{"ksa": "SA", "saudi": "SA", "dhahran": "SA", "neom": "SA", "khobar": "SA", "al khobar": "SA",
	"emirates": "AE", "ajman": "AE", "ras al khaimah": "AE", "fujairah": "AE", "umm al quwain": "AE", "al ain": "AE",
	"ramallah": "PS", "palestine": "PS", "west bank": "PS", "sanaa": "YE", "makkah": "SA", "colombo": "LK",
	// and African capitals they did not hold
	"gaborone": "BW", "windhoek": "NA", "lilongwe": "MW", "port louis": "MU"}

// moreRegionGroups are groups named by a word: the Middle East and Africa
// ("MEA"), MENA with Turkey ("MENAT"), the Balkans and the Western
// Balkans as their countries (most are not in the EU). "The Caribbean" is
// read as LATAM, as in "Latin America and the Caribbean"; "SEA" is left
// out (it is also Seattle).
var moreRegionGroups = map[string][]string{
	"mea": {RegionMENA, RegionAfrica}, "menat": {RegionMENA, "TR"},
	"balkans": {"AL", "BA", "BG", "GR", "HR", "ME", "MK", "RO", "RS", "SI", "XK"}, "the balkans": {"AL", "BA", "BG", "GR", "HR", "ME", "MK", "RO", "RS", "SI", "XK"},
	"western balkans": {"AL", "BA", "ME", "MK", "RS", "XK"},
}

// menaAfricaDemonyms are nationality words for regionOrDemonym:
// "open to African applicants", "Nigerian candidates welcome".
var menaAfricaDemonyms = map[string]string{"african": RegionAfrica, "middle eastern": RegionMENA, "nigerian": "NG",
	"kenyan": "KE", "ghanaian": "GH", "south african": "ZA", "egyptian": "EG", "emirati": "AE", "saudi": "SA",
	"moroccan": "MA", "tunisian": "TN", "ugandan": "UG", "rwandan": "RW", "ethiopian": "ET", "jordanian": "JO",
	"lebanese": "LB", "pakistani": "PK"}

func init() {
	for _, n := range menaNames {
		addRegionName(n, RegionMENA)
	}
	for _, n := range africaNames {
		addRegionName(n, RegionAfrica)
	}
	for n, c := range menaPlaces {
		addRegionName(n, c)
	}
	for n, codes := range moreRegionGroups {
		if _, ok := regionGroups[n]; !ok {
			regionGroups[n] = codes
		}
	}
	addRegionName("caribbean", RegionLATAM)
	addRegionName("the caribbean", RegionLATAM)
	if _, ok := regionCodes["CEE"]; !ok {
		regionCodes["CEE"] = RegionEU // Central and Eastern Europe, read as "Europe" is
	}
	// GCC in capitals only: "gcc" in lower case is the compiler.
	if _, ok := regionCodes["GCC"]; !ok {
		regionCodes["GCC"] = RegionMENA
	}
	for n, c := range menaAfricaDemonyms {
		if _, ok := demonyms[n]; !ok {
			demonyms[n] = c
		}
	}
	macroRegionNames["mena"] = true
	macroRegionNames["middle east"] = true
	macroRegionNames["africa"] = true
}

// menaNorthAfrica keeps MENA alone where the two groups come from the
// one name "the Middle East and North Africa" (five words, longer than
// Regions reads as one): "North Africa" there is the group's own part.
func menaNorthAfrica(s string, out []string) []string {
	if !slicesContains(out, RegionMENA) || !slicesContains(out, RegionAfrica) || !containsFold(s, "north africa") {
		return out
	}
	low := strings.ToLower(s)
	i := strings.Index(low, "middle east")
	j := strings.Index(low, "north africa")
	if i < 0 || j < i || strings.Count(low[i:j], " ") > 3 {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		if c != RegionAfrica {
			kept = append(kept, c)
		}
	}
	return kept
}
