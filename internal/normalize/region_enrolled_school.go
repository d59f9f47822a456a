package normalize

import (
	"regexp"
	"strings"
)

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
// Canadian students"), and a student demanded at a country's school: "You
// must be a student at an Australian university".

// enrolledSchool is such an enrollment: group 1 or 2 a country's name,
// code or demonym before the school (after an article, or with none:
// "enrolled in Canadian post-secondary institutions"), group 3 a place
// after it.
var enrolledSchool = newKeyRegexp(`(?i)\benrolled\s+(?:(?:at|in)\s+)?(?:(?:an?|any)\s+(?:accredited\s+)?(?:(\p{Lu}[\p{L}.]+|U\.S\.)\s+)?|(?:accredited\s+)?(\p{Lu}[\p{L}.]+|U\.S\.)\s+)(?:post-?secondary\s+)?(?:(?:university|college|school|institution)s?(?:\s+or\s+(?:university|college|school))?)(?:\s+(?:in|within|based\s+in|located\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}))?`,
	10, 120, "enrolled")

// openToCountryPeople is a role open to a country's students, residents or
// citizens: group 1 the demonym or code.
var openToCountryPeople = newKeyRegexp(`(?i)\b(?:open|available)\s+(?:only\s+)?to\s+(?:(?:current|enrolled|eligible)\s+)?(\p{Lu}[\p{L}.]+)\s+(?:(?:university|college|undergraduate|graduate|high[- ]school)\s+)?(?:students|residents|citizens|nationals|undergraduates|graduates)\b`,
	10, 90, "open", "available")

// studentAtSchool is a student at a country's school: "a student at an
// Australian university", "students from Kenyan universities" (group 1).
var studentAtSchool = newKeyRegexp(`(?i)\bstudents?\s+(?:at|of|from)\s+(?:an?\s+|any\s+)?(?:accredited\s+)?(\p{Lu}[\p{L}.]+|U\.S\.)\s+(?:post-?secondary\s+)?(?:universit(?:y|ies)|colleges?|schools?|institutions?)\b`,
	10, 100, "student")

// schoolDemandBefore makes studentAtSchool a demand: "You must be", "open
// to", "Eligible:", "only".
var schoolDemandBefore = regexp.MustCompile(`(?i)\b(?:must|only|open|available|eligible|eligibility|applicants?|candidates?|requires?|required|apply|restricted|limited)\b[^.!?\n]{0,40}$`)

// enrolledSchoolRegions reads the country of such an enrollment or
// opening; nil when there is none.
func enrolledSchoolRegions(text string) []string {
	for _, m := range openToCountryPeople.FindAllStringSubmatchIndex(text, 4) {
		if code, ok := demonyms[strings.ToLower(text[m[2]:m[3]])]; ok && !negatedClause(text, m[0], m[1]) {
			return []string{code}
		}
	}
	for _, m := range studentAtSchool.FindAllStringSubmatchIndex(text, 4) {
		if !schoolDemandBefore.MatchString(text[max(0, m[0]-60):m[0]]) {
			continue // "Our app serves students at Canadian colleges"
		}
		if rs := schoolCountry(text[m[2]:m[3]]); rs != nil && !negatedClause(text, m[0], m[1]) {
			return rs
		}
	}
	for _, m := range enrolledSchool.FindAllStringSubmatchIndex(text, 4) {
		for g := 1; g <= 3; g++ {
			if m[2*g] < 0 {
				continue
			}
			if rs := schoolCountry(text[m[2*g]:m[2*g+1]]); rs != nil {
				return rs
			}
		}
	}
	return nil
}

// schoolCountry is the one region a name beside a school names: a
// demonym ("Canadian") or a place ("US", "Singapore." ending its
// sentence); nil for any other word.
func schoolCountry(name string) []string {
	if rs := regionOrDemonym(strings.TrimRight(name, ".")); len(rs) == 1 && rs[0] != RegionWorldwide { // regions_extra.go
		return rs
	}
	return nil
}
