package normalize

import "strings"

// "We are looking for <people> in <place>", and a role "for <people> in
// <place>" (table tests in
// region_looking_for_test.go): "We're looking for engineers in Brazil",
// "looking for someone based in the MENA region", "searching for two
// developers across Africa". In a remote listing the place after the
// people sought is where they are sought. Read only when the words after
// "in" name a place as a list to the end of the clause: "looking for
// engineers in Go", "someone in a senior role" or "in our Berlin office"
// (an office, read by the other readers) name none.

// roleForPeopleIn is a role "for people in" a place: "a remote role for
// people in Nigeria and Ghana", "the position is for engineers based in
// Chile", "a remote opportunity for students in Kenya", "the internship is
// for graduates living in Peru".
var roleForPeopleIn = newKeyRegexp(`(?i)\b(?:role|position|job|opportunity|opening|vacancy|internship|fellowship)\s+(?:is\s+)?(?:open\s+)?(?:only\s+|exclusively\s+)?for\s+(?:people|persons|candidates|applicants|talent|engineers|developers|designers|professionals|freelancers|residents|individuals|those|students|graduates)\s+`+
	`(?:(?:who\s+(?:are|live)\s+)?(?:based|located|living|residing)\s+)?(?:in|from|across|within|throughout)\s+(?:the\s+)?`, 60, 60, "role for", "position for", "job for", "opportunity for", "opening for", "vacancy for", "internship for", "fellowship for",
	"role is", "position is", "job is", "opportunity is", "opening is", "vacancy is", "internship is", "fellowship is")

var lookingForIn = newKeyRegexp(`(?i)\b(?:looking|searching|hunting)\s+for\s+(?:an?\s+|one\s+|two\s+|three\s+|some\s+|several\s+|more\s+)?(?:[\p{L}-]+\s+){0,3}?`+
	`(?:someone|somebody|engineers?|developers?|designers?|candidates?|people|talent|professionals?|freelancers?|specialists?|analysts?|writers?|individuals?|contractors?|teammates?|team\s+members?|hires?)\s+`+
	`(?:(?:who\s+(?:is|are|lives?)\s+)?(?:based|located|living|residing)\s+)?(?:in|from|across|within|throughout)\s+(?:the\s+)?`, 60, 60, "looking for", "searching for", "hunting for")

// lookingForRegions reads the place after the first such phrase that names
// one; nil when none does.
func lookingForRegions(text string) []string {
	for _, m := range append(lookingForIn.FindAllStringIndex(text, 4), roleForPeopleIn.FindAllStringIndex(text, 4)...) {
		rest := text[m[1]:]
		if w := strings.ToLower(firstWord(rest)); w == "our" || w == "a" || w == "an" || w == "your" {
			continue
		}
		if rs := regionList(rest); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// firstWord returns the letters at the start of s.
func firstWord(s string) string {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return s[:i]
}
