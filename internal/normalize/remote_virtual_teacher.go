package normalize

import (
	"regexp"
	"strings"
)

// virtualTeacher is a title that opens with "Virtual" and names a teaching
// job within two words: "Virtual Teacher", "Virtual Middle School Tutor".
// A virtual teacher teaches online classes, so the title names the place
// of work as "Virtual Internship" does.
var virtualTeacher = regexp.MustCompile(`(?i)^\s*virtual\s+((?:[\p{L}0-9-]+\s+){0,2})(?:teachers?|tutors?|instructors?|educators?)\b`)

// virtualTeachingTitle returns "Virtual" for a title naming an online
// teaching job, or "". "Virtual Reality Instructor" teaches a subject, not
// a place of work, and is left alone.
func virtualTeachingTitle(title string) string {
	t := strings.TrimSpace(title)
	if len(t) < 8 || !strings.EqualFold(t[:7], "virtual") {
		return ""
	}
	m := virtualTeacher.FindStringSubmatch(t)
	if m == nil || strings.Contains(strings.ToLower(m[1]), "reality") {
		return ""
	}
	return "Virtual"
}
