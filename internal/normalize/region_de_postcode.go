package normalize

import (
	"regexp"
	"strings"
	"unicode"
)

// "DE" after a town is Delaware's code and Germany's. With a five-digit
// postcode after it the two part: Delaware's ZIP codes run from 19700 to
// 19999, so "Walldorf, DE, 69190" and "Ulm, DE 89077" are in Germany.
// germanPostcodeLoc writes "Germany" for such a code; a Delaware ZIP
// ("Newark, DE 19711") and "DE" with no postcode are left to the code
// readers. earlyLocs (loc_early_rewrites.go) calls it before
// trimPostcodeTail drops the postcode. Table tests in region_de_postcode_test.go.
//
// Without a postcode, a town of German form before "DE" is in Germany too
// ("Renningen, DE", "Bad Dürrheim, DE"): no Delaware town is named with an
// umlaut or ß or ends as German towns do (-ingen, -hausen, -heim, -dorf ...);
// towns the gazetteer knows are read by it either way. So is a German
// postcode before such a town ("71272 Renningen") or with the old "D-"
// mark before any town ("D-54595 Prüm"); five digits alone before a town
// of another form are left alone (France, Italy, Spain, Finland and
// Turkey write five digits too; Austria and Switzerland, whose towns end so
// as well, write four).
var dePostcode = regexp.MustCompile(`,\s*DE(?:,\s*|\s+)(\d{5})\b`)

// germanPostcodeLoc rewrites the German "DE" of loc (see above), or
// returns loc.
func germanPostcodeLoc(loc string) string {
	if len(loc) > 100 || !strings.Contains(loc, "DE") {
		return loc
	}
	m := dePostcode.FindStringSubmatchIndex(loc)
	if m == nil || strings.HasPrefix(loc[m[2]:m[3]], "19") && loc[m[2]+2] >= '7' {
		return loc
	}
	i := strings.Index(loc[m[0]:m[1]], "DE") + m[0]
	return loc[:i] + "Germany" + loc[i+2:]
}

// germanTownEnds are endings of German town names no Delaware town has.
var germanTownEnds = []string{"ingen", "hausen", "heim", "dorf", "burg", "berg", "stadt", "feld", "bach", "hofen",
	"weiler", "kirchen", "leben", "hagen", "brunn", "stedt", "furt", "brück", "walde"}

// germanTownShaped reports a town name (letters, spaces, hyphens and dots
// only) ending as German town names do, or, when umlauts is set, holding
// an umlaut or ß; ß alone is enough either way.
func germanTownShaped(name string, umlauts bool) bool {
	if name == "" || len(name) > 40 {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '.' {
			return false
		}
	}
	if strings.ContainsRune(name, 'ß') || umlauts && strings.ContainsAny(name, "äöüÄÖÜ") {
		return true
	}
	lower := strings.ToLower(name)
	for _, e := range germanTownEnds {
		if strings.HasSuffix(lower, e) && len(lower) > len(e)+1 {
			return true
		}
	}
	return false
}

// germanTownLoc rewrites "Town, DE", "NNNNN Town" and "D-NNNNN Town" to
// "Town, Germany" where the town is of German form (see above); else it
// returns loc.
func germanTownLoc(loc string) string {
	if len(loc) > 60 {
		return loc
	}
	if town, ok := strings.CutSuffix(strings.TrimRight(loc, " "), "DE"); ok {
		town, ok = strings.CutSuffix(strings.TrimRight(town, " "), ",")
		town = strings.TrimSpace(town)
		if ok && !strings.Contains(town, ",") && germanTownShaped(town, true) {
			return town + ", Germany"
		}
		return loc
	}
	s, marked := strings.CutPrefix(strings.TrimSpace(loc), "D-")
	if len(s) < 7 || s[5] != ' ' {
		return loc
	}
	for i := 0; i < 5; i++ {
		if !isDigit(s[i]) {
			return loc
		}
	}
	town := strings.TrimSpace(s[6:])
	if germanTownShaped(town, marked) || marked && town != "" && !strings.ContainsAny(town, ",0123456789") {
		return town + ", Germany"
	}
	return loc
}
