package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// persianInternTitle is a Persian title naming an intern or trainee post:
// "کارآموز" (intern, trainee), "کارآموزی" (internship), as in "کارآموز
// پشتیبانی". A title whose head runs the interns ("سرپرست کارآموزان",
// the interns' supervisor; "مسئول جذب کارآموز", in charge of intern
// hiring) is staff, not an intern post.
func persianInternTitle(title string) bool {
	if !strings.Contains(title, "کارآموز") {
		return false
	}
	return !persianInternStaff.MatchString(title)
}

var persianInternStaff = regexp.MustCompile(`(?:سرپرست|مسئول|مدیر|هماهنگ[\s\x{200c}]*کننده|مربی|آموزش)[\s\x{200c}]+(?:\S+[\s\x{200c}]+)?کارآموز`)

// persianHoursBody is a Persian description's statement of the way it
// hires: "استخدام به صورت نیمه وقت" (hired half time), "به صورت
// تمام‌وقت" (full time), "نوع همکاری: نیمه وقت" (kind of work: half
// time). The hours come after a word of hiring or manner, so "همکاران
// تمام وقت ما" (our full-time colleagues) names no post's hours.
var persianHoursBody = regexp.MustCompile(`(?:همکاری|به[\s\x{200c}]+صورت|استخدام)[\s\x{200c}]*:?[\s\x{200c}]*(?:به[\s\x{200c}]+صورت[\s\x{200c}]+)?(پاره|نیمه|تمام)[\s\x{200c}]*وقت`)

// persianHoursBodyType is the type such a statement gives; unknown when
// there is none or when the text offers both hours ("تمام وقت یا پاره وقت").
func persianHoursBodyType(text string) model.JobType {
	if !strings.Contains(text, "وقت") {
		return model.TypeUnknown
	}
	m := persianHoursBody.FindStringSubmatch(text)
	if m == nil {
		return model.TypeUnknown
	}
	hasPart := strings.Contains(text, "پاره") || strings.Contains(text, "نیمه")
	if hasPart && strings.Contains(text, "تمام") && persianBothHours.MatchString(text) {
		return model.TypeUnknown
	}
	if m[1] == "تمام" {
		return model.TypeFullTime
	}
	return model.TypePartTime
}

var persianBothHours = regexp.MustCompile(`تمام[\s\x{200c}]*وقت[\s\x{200c}]*(?:یا|و|/|،)[\s\x{200c}]*(?:پاره|نیمه)|(?:پاره|نیمه)[\s\x{200c}]*وقت[\s\x{200c}]*(?:یا|و|/|،)[\s\x{200c}]*تمام`)
