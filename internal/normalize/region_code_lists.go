package normalize

import (
	"strings"
	"unicode"
)

// Lists of country codes in a location ("US/UK/CA remote", "DE/AT/CH",
// "Remote: US, UK, DE", "UK & IE"): read one by one, a code that is also a
// US state's ("CA", "DE", "IN") follows the US state reading the package
// pins for a code alone ("Remote, DE" is Delaware) or after "US" ("US/CA"
// was the US only). In a list whose other members are plainly countries
// the code is the country too, so codeListLoc writes the list's codes as
// country names before the other readers see it:
//
//   - a run of two or more codes joined by "/", "|", "&", "+", ";", "and",
//     "or" or commas is a country list when one of its codes is no US
//     state's and no Canadian province's ("US", "UK", "AT", "CH", "MX"),
//     and every code in it names a country: "US/UK/CA" is the United
//     States, the United Kingdom and Canada; "DE/AT/CH" Germany, Austria
//     and Switzerland;
//   - a run of US state codes joined by a slash or bar, one of them no
//     country's ("CA/WA/OR", "NY | NJ"), is the United States;
//   - two codes joined by a comma alone, one of them "US", are left as
//     they are: "Remote - US, CA" and "San Francisco, CA, US" are a state
//     and its country; so are codes joined by commas after a town:
//     "Berlin, BE, DE" is Berlin's Land and Germany.
//
// A short location written all in lower case ("us/canada", "us or
// canada", "us/uk/ca/de") names the US and the UK by "us", "uk" and "usa"
// where they are list members, and its other codes in a list with them.
// ("us" elsewhere in lower case is left to lowerUSLocation.)

// listCodeNames are the codes read in a country list, with the name
// written for each: the codes of atsCodeNames, and these.
var listCodeNames = map[string]string{
	"US": "United States", "USA": "United States", "UK": "United Kingdom", "GB": "United Kingdom",
	"LU": "Luxembourg", "EE": "Estonia", "LV": "Latvia", "LT": "Lithuania", "SK": "Slovakia",
	"SI": "Slovenia", "BG": "Bulgaria", "RS": "Serbia", "CY": "Cyprus", "MT": "Malta",
	"UY": "Uruguay", "CR": "Costa Rica", "EC": "Ecuador", "GT": "Guatemala",
}

// Not read in a list, being words and other short forms in capitals:
// "IS", "HR" ("HR/IT"), "QA", "SA" (South Australia, South America).

// listCodeName returns the country name written for a code in a list, or "".
func listCodeName(code string) string {
	if n := listCodeNames[code]; n != "" {
		return n
	}
	return codeCountryName(code)
}

// codeListSeps are the joins between the codes of a list.
var codeListSeps = map[string]bool{"/": true, ",": true, "|": true, "&": true, "+": true, ";": true, "and": true, "or": true}

// codeListTok is one word of a location: its span and its code, "" when the
// word is no code.
type codeListTok struct {
	start, end int
	code       string
}

// codeListLoc rewrites the code lists of a location (see above), or returns
// loc.
func codeListLoc(loc string) string {
	if len(loc) < 5 || len(loc) > 120 || !strings.ContainsAny(loc, "/,|&+;") && !strings.Contains(loc, " and ") && !strings.Contains(loc, " or ") {
		return loc
	}
	lower := true
	for i := 0; i < len(loc); i++ {
		if loc[i] >= 'A' && loc[i] <= 'Z' {
			lower = false
			break
		}
	}
	if lower && len(loc) > 40 {
		return loc
	}
	toks := codeListWords(loc, lower)
	if toks == nil {
		return loc
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(toks); {
		j := i
		if toks[i].code != "" {
			for j+1 < len(toks) && toks[j+1].code != "" && codeListJoin(loc[toks[j].end:toks[j+1].start]) {
				j++
			}
		}
		if j > i {
			if names := codeListNames(loc, toks[i:j+1], lower); names != nil {
				for k, t := range toks[i : j+1] {
					if names[k] == "" {
						continue
					}
					b.WriteString(loc[last:t.start])
					b.WriteString(names[k])
					last = t.end
				}
			}
		}
		i = j + 1
	}
	if lower {
		for i, t := range toks {
			if (t.code != "US" && t.code != "USA" && t.code != "UK") || t.start < last {
				continue
			}
			if i > 0 && codeListJoin(loc[toks[i-1].end:t.start]) || i+1 < len(toks) && codeListJoin(loc[t.end:toks[i+1].start]) {
				b.WriteString(loc[last:t.start])
				b.WriteString(t.code) // "us/canada", "canada or us"
				last = t.end
			}
		}
	}
	if last == 0 {
		return loc
	}
	b.WriteString(loc[last:])
	return b.String()
}

// codeListWords returns the words of loc with their codes: upper-case
// words of two or three letters ("US", "USA", "CA"), or in a lower-case
// location the same in lower case. Nil when loc holds fewer than two codes.
func codeListWords(loc string, lower bool) []codeListTok {
	var toks []codeListTok
	codes := 0
	for i := 0; i < len(loc); {
		c := loc[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80) {
			i++
			continue
		}
		j := i
		ascii := true
		for j < len(loc) && (loc[j] >= 'a' && loc[j] <= 'z' || loc[j] >= 'A' && loc[j] <= 'Z' || loc[j] >= '0' && loc[j] <= '9' || loc[j] >= 0x80 || loc[j] == '.' && j+1 < len(loc) && loc[j+1] != ' ') {
			if loc[j] >= 0x80 || loc[j] == '.' || loc[j] >= '0' && loc[j] <= '9' { // "EC2" is a postcode's start, no code
				ascii = false
			}
			j++
		}
		w := loc[i:j]
		if w == "and" || w == "or" || w == "And" || w == "Or" {
			i = j // a join, read with the text around it (codeListJoin)
			continue
		}
		t := codeListTok{start: i, end: j}
		if ascii && (j-i == 2 || j-i == 3) {
			up := strings.ToUpper(w)
			if (w == up || lower && w == strings.ToLower(w)) && (listCodeName(up) != "" || usStates[up]) && (j-i == 2 || up == "USA") {
				t.code = up
				codes++
			}
		}
		toks = append(toks, t)
		i = j
	}
	if codes < 2 && !(lower && codes == 1) {
		return nil
	}
	return toks
}

// codeListJoin reports whether the text between two codes joins them as
// list members: one separator and spaces.
func codeListJoin(gap string) bool {
	g := strings.ToLower(strings.TrimSpace(gap))
	return codeListSeps[g]
}

// codeListNames returns the names to write for a run of codes (one each,
// "" for a code left as it is), or nil to leave the run.
func codeListNames(loc string, run []codeListTok, lower bool) []string {
	commaOnly := true
	for k := 1; k < len(run); k++ {
		if strings.TrimSpace(loc[run[k-1].end:run[k].start]) != "," {
			commaOnly = false
		}
	}
	country, allStates, notCountry, us := false, true, false, false
	for _, t := range run {
		if t.code == "US" || t.code == "USA" {
			us = true
		}
		if listCodeName(t.code) == "" {
			notCountry = true
		} else if !usStates[t.code] && !caProvinces[t.code] {
			country = true
		}
		if !usStates[t.code] {
			allStates = false
		}
	}
	if lower && !us && !containsCode(run, "UK") {
		return nil // "in/de" in lower case are words
	}
	names := make([]string, len(run))
	switch {
	case country && !notCountry:
		if len(run) == 2 && commaOnly && us {
			return nil // "US, CA": the state and its country
		}
		if commaOnly && strings.HasSuffix(strings.TrimSpace(loc[:run[0].start]), ",") {
			return nil // "Berlin, BE, DE": a town's region and country
		}
		for k, t := range run {
			names[k] = listCodeName(t.code)
		}
	case allStates && notCountry && !commaOnly && !lower:
		for k := range run {
			names[k] = "United States" // "CA/WA/OR"
		}
	default:
		return nil
	}
	return names
}

// containsCode reports whether a run holds code.
func containsCode(run []codeListTok, code string) bool {
	for _, t := range run {
		if t.code == code {
			return true
		}
	}
	return false
}

// lowerCaseOnly reports a location part written all in lower case
// ("campeche", "cuernavaca, morelos"), as scrapers and forms that fold
// case hand it on: its words' case tells nothing, so a subdivision's
// name after a town is read in it as if capitalized
// (region_subdivisions_iso.go).
func lowerCaseOnly(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			return false
		case r >= 'a' && r <= 'z':
			letter = true
		case r >= 0x80 && unicode.IsUpper(r):
			return false
		}
	}
	return letter
}
