package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title that names the place of the role narrows a location label or a
// text that opened the role to the whole world, or a wider area that holds
// it (table tests in region_title_scope_wide_test.go): "Account Executive
// (US)" and "Support Engineer (US based)" listed at "Worldwide" are US
// roles, "US Remote Backend Engineer" too, "Developer Advocate - Service
// Management EMEA" at "Anywhere in the World" is EMEA, "Channel Sales
// Executive, UKI" at "Home based - EMEA" is the UK and Ireland, "Account
// Executive - Based in London" at "EMEA" is the UK. reviseTitleScope reads
// "(Europe only)" and a leading "Remote (US)"; this reads the other title
// notes:
//
//   - a bracket that holds nothing but places, with "based", "remote",
//     "only" or "location" beside them: "(US)", "(US based)", "[Remote -
//     UK or Ireland]";
//   - places before "Remote" opening the title: "US Remote Backend
//     Engineer";
//   - the last part after " - ", " | " or ", " when it is a country or an
//     area by name or code ("Sales Lead - Germany", "Engineer, APAC"), or
//     "Based in" a place ("- Based in London or Home Counties");
//   - an area code ending the title: "Service Management EMEA".
//
// A town alone after a dash ("Engineer - London") is an office, not read
// here. A remote listing with no region is left to the title readers that
// fill an empty scope.

// titleAreaCodes are the area codes a title may end with, and their
// regions.
var titleAreaCodes = map[string][]string{
	"EMEA": {"EMEA"}, "APAC": {"APAC"}, "LATAM": {"LATAM"}, "EU": {"EU"}, "MENA": {"MENA"},
	"UKI": {"GB", "IE"}, "UK&I": {"GB", "IE"}, "DACH": {"DE", "AT", "CH"}, "ANZ": {"AU", "NZ"}, "NORAM": {"US", "CA"},
}

// titleCountryCodes are the two-letter codes read in a title: the others
// are also title words ("Support Engineer (IT)", "ML Engineer - AI",
// "Account Executive (AE)", "Backend (BE)", "SE", "ID", "NO").
var titleCountryCodes = map[string]bool{"US": true, "UK": true, "GB": true, "CA": true, "DE": true, "FR": true, "ES": true, "NL": true,
	"IE": true, "AU": true, "NZ": true, "IN": true, "BR": true, "MX": true, "SG": true, "JP": true, "PL": true, "PT": true, "CH": true,
	"AT": true, "DK": true, "ZA": true, "NG": true, "KE": true, "AR": true, "CL": true, "PH": true, "IL": true, "RO": true, "UA": true,
	"CZ": true, "GR": true, "FI": true, "MY": true, "VN": true, "TH": true, "PK": true, "EG": true, "TR": true, "HU": true, "UY": true}

// countryAliases are country names other than countryName's.
var countryAliases = map[string]bool{"usa": true, "america": true, "uk": true, "great britain": true, "britain": true,
	"england": true, "holland": true, "the netherlands": true, "czechia": true, "czech republic": true, "south korea": true, "uae": true}

// titleNoteWords are the words a title's place note may hold beside the
// places.
var titleNoteWords = regexp.MustCompile(`(?i)\b(?:remote|based|only|location|home)\b|[-:]`)

// reviseTitleWide narrows a remote reading of the whole world, or of one
// area, to the places the title names (see above).
func reviseTitleWide(title string, ri RemoteInfo) RemoteInfo {
	if title == "" || ri.Remote != model.RemoteRemote || len(ri.Regions) != 1 {
		return ri
	}
	wide := ri.Regions[0]
	if wide != RegionWorldwide && !isArea(wide) {
		return ri
	}
	rs := titleWideRegions(title)
	if len(rs) == 0 || slices.Contains(rs, RegionWorldwide) || sameRegions(rs, ri.Regions) {
		return ri
	}
	if wide != RegionWorldwide && !allWithin(rs, ri.Regions) {
		return ri
	}
	ri.Regions = rs
	return ri
}

// titleWideRegions returns the places a title's note names; nil when it
// names none.
func titleWideRegions(title string) []string {
	for _, open := range []string{"(", "["} {
		for s := title; ; {
			i := strings.Index(s, open)
			if i < 0 {
				break
			}
			j := strings.IndexAny(s[i:], ")]")
			if j < 0 {
				break
			}
			if rs := notePlaces(s[i+1 : i+j]); rs != nil {
				return rs
			}
			s = s[i+j:]
		}
	}
	if f := strings.Fields(title); len(f) > 2 {
		for n := 1; n <= 2 && n < len(f)-1; n++ {
			if strings.EqualFold(f[n], "remote") {
				if rs := countryOrArea(strings.Join(f[:n], " ")); rs != nil {
					return rs // "US Remote Backend Engineer"
				}
			}
		}
	}
	last := title
	for i := len(title) - 2; i > 0; i-- { // the part after the last " - ", " – ", " — ", " | " or ", "
		if c := title[i]; c == ',' && title[i+1] == ' ' {
			last = title[i+2:]
			break
		} else if c == ' ' && i >= 2 && (title[i-1] == '-' || title[i-1] == '|' || title[i-1] == 0x93 || title[i-1] == 0x94) && title[i-2] == ' ' || c == ' ' && i >= 4 && title[i-4] == ' ' && (title[i-1] == 0x93 || title[i-1] == 0x94) && title[i-3] == 0xe2 {
			last = title[i+1:]
			break
		}
	}
	if last != title {
		last = strings.TrimSpace(last)
		if low := strings.ToLower(last); strings.HasPrefix(low, "based in ") {
			return placeList(last[len("based in "):]) // "Based in London or Home Counties"
		}
		if rs := notePlaces(last); rs != nil {
			return rs
		}
	}
	if f := strings.Fields(title); len(f) > 1 {
		if rs, ok := titleAreaCodes[strings.Trim(f[len(f)-1], "()[],.")]; ok {
			return rs // "Service Management EMEA"
		}
	}
	return nil
}

// notePlaces returns the places of a title note that holds only places
// (countries and areas) and titleNoteWords; nil otherwise.
func notePlaces(note string) []string {
	rest := strings.TrimSpace(titleNoteWords.ReplaceAllString(note, " "))
	if rest == "" {
		return nil
	}
	var out []string
	for _, item := range listSep.Split(rest, -1) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		rs := countryOrArea(item)
		if rs == nil {
			return nil
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
	}
	return out
}

// countryOrArea returns the regions of s when it is a country or an area by
// code or name ("US", "Germany", "EMEA", "UKI"); nil for a town or
// anything else.
func countryOrArea(s string) []string {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "))
	if rs, ok := titleAreaCodes[s]; ok {
		return rs
	}
	if code, ok := regionCodes[strings.TrimSuffix(s, ".")]; ok && len(s) >= 2 && (len(s) != 2 || titleCountryCodes[s]) {
		return []string{code} // "US", "USA"; not "IT", "AI", "SE", "AE", "BE" (title words)
	}
	low := strings.ToLower(s)
	if code, ok := regionNames[low]; ok && (isArea(code) || strings.EqualFold(countryName(code), s) || countryAliases[low]) {
		return []string{code} // a country or an area, not a town ("London")
	}
	if g, ok := regionGroups[low]; ok {
		return g
	}
	return nil
}
