package normalize

import "strings"

// A location entry that is a remote word and a lower-case country code
// alone, joined by a dash or a colon (table tests in
// region_remote_lower_code_test.go). Some boards write a remote listing's
// country as its ISO code in lower case after the mode: "Remote - lk",
// "Remote: za", "Remote — in". The comma form ("Remote, lk") is already
// read as a country by the reader of a lower-case code ending an ATS
// location; the same entry with a dash or a colon named nothing. Inside
// such a bare entry a two-letter word has no other reading, so the
// pronoun "us" there is the United States too ("Remote, us",
// "Remote - us"). The code may also stand in brackets after the mode
// ("Remote (dk)"), as upper-case codes do ("Remote (DK)"); "Remote (no)"
// is the answer no. Upper-case codes are left to the state and code
// readers ("Remote - IN" stays Indiana), and any longer entry is left as
// it is ("Remote in us" or "Remote - us only" are other shapes).

// remoteLowerCodeLoc returns the entry loc rewritten with its country's
// name ("Remote, sri lanka") when loc is a remote word, one separator and
// a known lower-case country code; otherwise "".
func remoteLowerCodeLoc(loc string) string {
	s := strings.TrimSpace(loc)
	if len(s) < 10 || len(s) > 16 || !strings.EqualFold(s[:6], "remote") {
		return ""
	}
	rest := strings.TrimSpace(s[6:])
	sep := ""
	for _, p := range []string{"-", "–", "—", ":", ","} {
		if strings.HasPrefix(rest, p) {
			sep, rest = p, strings.TrimSpace(rest[len(p):])
			break
		}
	}
	if sep == "" && len(rest) == 4 && rest[0] == '(' && rest[3] == ')' {
		sep, rest = "(", rest[1:3] // "Remote (dk)": the code in brackets after the mode
		if rest == "no" {
			return "" // "Remote (no)" answers the question, it names no Norway
		}
	}
	if sep == "" || len(rest) != 2 || rest[0] < 'a' || rest[0] > 'z' || rest[1] < 'a' || rest[1] > 'z' {
		return ""
	}
	if rest == "us" {
		return "Remote, united states"
	}
	if sep == "," {
		return "" // "Remote, lk": read where an ATS location's code is
	}
	if name := codeCountryName(strings.ToUpper(rest)); name != "" {
		return "Remote, " + name
	}
	return ""
}
