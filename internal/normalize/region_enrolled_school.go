package normalize

import "strings"

// A remote internship open to students enrolled at schools of one country
// names that country (table tests in region_enrolled_school_test.go):
// "Only students enrolled at a US college or university may apply",
// "Students must be enrolled in a university in Singapore", "currently
// enrolled at a Canadian university". Read last, when nothing else in the
// text gave a region; a school that is no place ("enrolled in an
// accredited university") or a world of them ("any university worldwide",
// read elsewhere) names none. So does a role open to a country's students
// or residents named by its demonym: "Available to Canadian students
// only", "open to British university students" (not "Our app serves
// Canadian students").

// enrolledSchool is such an enrollment: group 1 a country's name, code or
// demonym before the school, group 2 a place after it.
var enrolledSchool = newKeyRegexp(`(?i)\benrolled\s+(?:(?:at|in)\s+)?(?:an?|any)\s+(?:accredited\s+)?(?:(\p{Lu}[\p{L}.]+|U\.S\.)\s+)?(?:(?:university|college|school|institution)s?(?:\s+or\s+(?:university|college|school))?)(?:\s+(?:in|within|based\s+in|located\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}))?`,
	10, 120, "enrolled")

// openToCountryPeople is a role open to a country's students, residents or
// citizens: group 1 the demonym or code.
var openToCountryPeople = newKeyRegexp(`(?i)\b(?:open|available)\s+(?:only\s+)?to\s+(?:(?:current|enrolled|eligible)\s+)?(\p{Lu}[\p{L}.]+)\s+(?:(?:university|college|undergraduate|graduate|high[- ]school)\s+)?(?:students|residents|citizens|nationals|undergraduates|graduates)\b`,
	10, 90, "open", "available")

// enrolledSchoolRegions reads the country of such an enrollment or
// opening; nil when there is none.
func enrolledSchoolRegions(text string) []string {
	for _, m := range openToCountryPeople.FindAllStringSubmatchIndex(text, 4) {
		if code, ok := demonyms[strings.ToLower(text[m[2]:m[3]])]; ok && !negatedClause(text, m[0], m[1]) {
			return []string{code}
		}
	}
	for _, m := range enrolledSchool.FindAllStringSubmatchIndex(text, 4) {
		for g := 1; g <= 2; g++ {
			if m[2*g] < 0 {
				continue
			}
			name := text[m[2*g]:m[2*g+1]]
			if code, ok := demonyms[strings.ToLower(name)]; ok {
				return []string{code}
			}
			if rs := Regions(strings.TrimRight(name, ".")); len(rs) == 1 && rs[0] != RegionWorldwide { // "Singapore." ends its sentence
				return rs
			}
		}
	}
	return nil
}
