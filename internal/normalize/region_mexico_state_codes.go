package normalize

import "strings"

// Mexican boards write a town with its state's abbreviation ("Monterrey,
// N.L.", "León, Gto.", "Naucalpan, Edo. Méx.", "Cuernavaca, Mor.",
// "Hermosillo, Son."): mexicoStateLoc adds the country to such a location,
// so the other readers read Mexico. Read only as the last comma part after
// a town, where no other country is named. Left out are the abbreviations
// other countries' places share: "BC" (British Columbia; "B.C.S." is
// read), "Col." (Colombia, and a colonia), and "NL" without its dots
// (Newfoundland and Labrador, the Netherlands; "N.L." is read).
var mexicoStateAbbrevs = map[string]bool{
	"ags": true, "bcs": true, "camp": true, "chis": true, "chih": true, "coah": true, "cdmx": true, "dgo": true,
	"gto": true, "gro": true, "hgo": true, "jal": true, "edomex": true, "edomx": true, "edodemex": true,
	"edodemexico": true, "mex": true, "méx": true, "mich": true, "mor": true, "nay": true, "oax": true, "pue": true,
	"qro": true, "qroo": true, "slp": true, "sin": true, "son": true, "tab": true, "tamps": true, "tamp": true,
	"tlax": true, "ver": true, "yuc": true, "zac": true,
}

// mexicoStateLoc returns loc with ", Mexico" added when it ends in a
// Mexican state's abbreviation after a town (see above), or loc.
func mexicoStateLoc(loc string) string {
	if len(loc) < 6 || len(loc) > 80 {
		return loc
	}
	comma := strings.LastIndexByte(loc, ',')
	if comma <= 0 {
		return loc
	}
	last := strings.TrimSpace(loc[comma+1:])
	if len(last) < 2 || len(last) > 16 {
		return loc
	}
	key := strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(last))
	dotted := strings.Contains(last, ".")
	if !mexicoStateAbbrevs[key] && !(key == "nl" && dotted) {
		return loc
	}
	town := strings.TrimSpace(loc[:comma])
	if i := strings.LastIndexAny(town, "-–(/|"); i >= 0 {
		town = strings.TrimSpace(town[i+1:]) // "Remote - Monterrey, N.L."
	}
	if town == "" || strings.Contains(town, ",") || !townLetters(town) || len(Regions(town)) > 0 && Regions(town)[0] != "MX" {
		return loc
	}
	return loc + ", Mexico"
}
