package normalize

import "strings"

// remoteAlpha3Loc reads a three-letter ISO country code that stands alone
// beside a remote word, the way Workday and other applicant-tracking sites
// write a remote requisition ("Remote - ARG", "CHE - Remote", "Remote
// (SWE)", "Remote, KOR"), as that country: it returns the location with the
// code written as the country's name ("Remote - Argentina"), or loc. The
// other side must be a remote word and nothing else, so the codes that are
// English words elsewhere ("FIN", "PER", "BEL", "AUT", "TUR") are read here
// as countries; codes regionCodes reads already ("USA", "GBR", "DEU") are
// left to it, and "EST" (Eastern time) and "NAM" (North America) are not
// read as Estonia and Namibia.
func remoteAlpha3Loc(loc string) string {
	if len(loc) < 8 || len(loc) > 32 || !containsFold(loc, "remote") && !containsFold(loc, "home") && !containsFold(loc, "virtual") {
		return loc
	}
	s := strings.TrimSpace(loc)
	if len(s) < 8 {
		return loc
	}
	var head, code string
	codeFirst := false
	switch {
	case upperCode3(s[len(s)-3:]) && !isLetterByte(s[len(s)-4]):
		head, code = strings.TrimRight(s[:len(s)-3], " -–—,|/:("), s[len(s)-3:]
	case strings.HasSuffix(s, ")") && upperCode3(s[len(s)-4:len(s)-1]) && s[len(s)-5] == '(':
		head, code = strings.TrimRight(s[:len(s)-5], " "), s[len(s)-4:len(s)-1]
	case upperCode3(s[:3]) && !isLetterByte(s[3]):
		head, code, codeFirst = strings.TrimLeft(s[3:], " -–—,|/:"), s[:3], true
	default:
		return loc
	}
	if !remoteAlpha3Heads[strings.ToLower(head)] || code == "EST" || code == "NAM" {
		return loc
	}
	if _, ok := regionCodes[code]; ok {
		return loc
	}
	name := capitalizeField(countryName(alpha3Country(code))) // region_lower_field.go
	if name == "" {
		return loc
	}
	if codeFirst {
		return name + " - " + head
	}
	return head + " - " + name
}

// remoteAlpha3Heads are the remote words remoteAlpha3Loc reads a code
// beside.
var remoteAlpha3Heads = map[string]bool{"remote": true, "fully remote": true, "home based": true, "home-based": true,
	"virtual": true, "telecommute": true, "work from home": true, "remote work": true, "homeworking": true, "home working": true}

// upperCode3 reports three upper-case ASCII letters.
func upperCode3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}
