package normalize

import "regexp"

// cyrillicWorkOnSite is Russian and Ukrainian "work on site", the place of
// work where the job is done: "работа на месте", "робота на місці". It
// joins the on-site wording of reviseCyrillicOffice (remote_cyrillic_office.go).
const cyrillicWorkOnSite = `(?:^|[^\p{L}])(?:работа|робота)\s+на\s+(?:месте|місці)(?:[^\p{L}]|$)`

// stillAfter is the idiom "не стоит (на месте)", "не стоїть": something
// never stands still, which says nothing of where the work is done.
var stillAfter = regexp.MustCompile(`(?i)^\s*(?:не|ні)\s+сто`)

// standsStill reports whether the words after a match at end are the
// idiom above ("наша работа на месте не стоит").
func standsStill(text string, end int) bool {
	return stillAfter.MatchString(text[end:min(len(text), end+30)])
}
