package normalize

import "strings"

// A remote internship open to students enrolled at schools of one country
// names that country (table tests in region_enrolled_school_test.go):
// "Only students enrolled at a US college or university may apply",
// "Students must be enrolled in a university in Singapore", "currently
// enrolled at a Canadian university". Read last, when nothing else in the
// text gave a region; a school that is no place ("enrolled in an
// accredited university") or a world of them ("any university worldwide",
// read elsewhere) names none.

// enrolledSchool is such an enrollment: group 1 a country's name, code or
// demonym before the school, group 2 a place after it.
var enrolledSchool = newKeyRegexp(`(?i)\benrolled\s+(?:(?:at|in)\s+)?(?:an?|any)\s+(?:accredited\s+)?(?:(\p{Lu}[\p{L}.]+|U\.S\.)\s+)?(?:(?:university|college|school|institution)s?(?:\s+or\s+(?:university|college|school))?)(?:\s+(?:in|within|based\s+in|located\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}))?`,
	10, 120, "enrolled")

// enrolledSchoolRegions reads the country of such an enrollment; nil when
// there is none.
func enrolledSchoolRegions(text string) []string {
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
