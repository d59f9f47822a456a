package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote worker may be, in German, French,
// Italian and Dutch fields (table tests in region_country_wide_fields_test.go).
//
//   - A location field led by a country-wide adverb or phrase names the
//     whole country as the place: "Deutschlandweit (100% Remote)",
//     "Bundesweit", "Österreichweit", "France entière", "Toute la France",
//     "Tutta Italia", "Heel Nederland", "Heel België". When the listing
//     already reads as remote or hybrid and found no region, that country is
//     the region. A general shape (the field's head word is a "whole
//     country" word); only the field head is read, so a sentence that merely
//     mentions the country elsewhere is left alone, and an on-site reading
//     is never changed.

// countryWideHeads maps a lower-cased field head to its country.
var countryWideHeads = [...]struct{ head, cc string }{
	{"deutschlandweit", "DE"},
	{"bundesweit", "DE"},
	{"ganz deutschland", "DE"},
	{"österreichweit", "AT"},
	{"oesterreichweit", "AT"},
	{"ganz österreich", "AT"},
	{"schweizweit", "CH"},
	{"ganze schweiz", "CH"},
	{"france entière", "FR"},
	{"france entiere", "FR"},
	{"toute la france", "FR"},
	{"partout en france", "FR"},
	{"tutta italia", "IT"},
	{"tutta l'italia", "IT"},
	{"tutta la penisola", "IT"},
	{"in tutta italia", "IT"},
	{"heel nederland", "NL"},
	{"landelijk", "NL"},
	{"heel belgië", "BE"},
	{"heel belgie", "BE"},
	{"toute la belgique", "BE"},
}

// reviseCountryWideField applies the reader above.
func reviseCountryWideField(locs []string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) > 0 || len(locs) == 0 {
		return ri
	}
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	for _, loc := range locs {
		if cc := countryWideHead(loc); cc != "" {
			ri.Regions = []string{cc}
			if ri.Evidence == "" {
				ri.Evidence = "location: " + loc
			}
			return ri
		}
	}
	return ri
}

// countryWideHead returns the country a field's country-wide head word
// names, or "". The head must end at a word boundary: "Bundesweit (…)",
// "Deutschlandweit, 100% remote", "France entière".
func countryWideHead(loc string) string {
	s := strings.TrimSpace(loc)
	if len(s) < 9 {
		return ""
	}
	switch s[0] | 0x20 {
	case 'd', 'b', 'g', 'o', 's', 'f', 't', 'p', 'i', 'h', 'l', 0xc3 | 0x20:
	default:
		return ""
	}
	low := strings.ToLower(s)
	for _, w := range countryWideHeads {
		if !strings.HasPrefix(low, w.head) {
			continue
		}
		rest := low[len(w.head):]
		if rest == "" {
			return w.cc
		}
		switch rest[0] {
		case ' ', '(', ',', '/', '-', ';', '|', '.', '*':
			return w.cc
		}
	}
	return ""
}

//   - A labelled place line in an ad's body whose value is a remote word:
//     "Einsatzort: remote", "Arbeitsort: Homeoffice", "Lieu de travail :
//     télétravail", "Sede di lavoro: da remoto", "Standplaats: thuiswerken".
//     When nothing else read the work mode, the line makes the listing
//     remote, and the rest of the value ("… aus Deutschland") is read as a
//     location field would be. A general shape (a place label with a
//     remote value); it never overrides a mode already read.

// placeLabelRemote finds a place label whose value starts with a remote
// word; group 1 is the whole value up to the line's end (at most 80 bytes).
var placeLabelRemote = newKeyRegexp(`(?i)\b(?:einsatzort|arbeitsort|lieu de travail|sede di lavoro|luogo di lavoro|standplaats|werklocatie)\s*:[ \t]*((?:100\s*%\s*)?(?:remote|home[- ]?office|t[ée]l[ée]travail|full remote|da remoto|smart working|thuiswerk(?:en)?)\b[^\n]{0,80})`, 0, 120,
	"einsatzort", "arbeitsort", "lieu de travail", "sede di lavoro", "luogo di lavoro", "standplaats", "werklocatie")

// revisePlaceLabelRemote applies the reader above.
func revisePlaceLabelRemote(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || strings.TrimSpace(hint) != "" {
		return ri
	}
	all := placeLabelRemote.FindAllStringSubmatch(text, 1)
	if len(all) == 0 {
		return ri
	}
	m := all[0]
	val := m[1]
	for _, sep := range [...]string{" - ", " – ", " | ", "; ", ". "} {
		if i := strings.Index(val, sep); i > 0 {
			val = val[:i]
		}
	}
	val = strings.TrimSpace(strings.TrimRight(val, " \t\r-–;,."))
	ri.Remote = model.RemoteRemote
	ri.Evidence = "text: " + strings.TrimSpace(m[0])
	if len(ri.Regions) == 0 {
		if sub := ParseRemote("", []string{val}, ""); sub.Remote == model.RemoteRemote && len(sub.Regions) > 0 {
			ri.Regions = sub.Regions
		}
	}
	return ri
}
