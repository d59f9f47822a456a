package normalize

import "strings"

// A field naming both hours ("Full-time and Part-time", "Full time or part
// time", "Full-time, Part-time") under a title tagged part-time
// ("Application Tester - Part Time") (table tests in type_ext53x_test.go):
// the title picks the hours, where the field readers take the hours named
// first. A general shape (any such short field with a part-time title tag).
func bothHoursPartTitle(employmentType, title string) bool {
	if len(employmentType) < 17 || len(employmentType) > 40 || !containsFold(title, "part") {
		return false
	}
	l := strings.ToLower(employmentType)
	full, part := strings.Index(l, "full"), strings.Index(l, "part")
	if full < 0 || part < full || !strings.Contains(l[part:], "time") {
		return false
	}
	between := strings.TrimSpace(strings.NewReplacer("-", " ", "time", " ", ",", " ").Replace(l[full+4 : part]))
	if between != "and" && between != "or" && between != "" && between != "&" && between != "/" {
		return false
	}
	return partTitleOverFull("full-time", title)
}
