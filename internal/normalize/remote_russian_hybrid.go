package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian hybrid wording (table tests in remote_russian_hybrid_test.go):
// partly remote ("Частично удаленно, частично в офисе"), office days
// beside remote ones ("Удаленка 3 дня, 2 дня офис", "2 дня в офисе"), a
// weekly office day required ("требуется 1 день в неделю быть в офисе"),
// and a location that says only "Гибрид" (hybrid). Each makes a remote
// reading from a Russian remote word hybrid: on-site and hybrid wording beat
// remote wording (as textLanguageMode has it). An occasional visit
// ("иногда требуется посещение офиса") leaves it remote.
var (
	russianHybridText = regexp.MustCompile(`(?i)частично\s+(?:удал[её]нн|дистанционн)\p{L}*|` +
		`(?:^|[^\p{L}\d])[1-4]\s*(?:дн(?:я|ей)|день)\s+(?:(?:в\s+неделю|в\s+нед\.?)\s+)?(?:(?:быть|работать|работы|присутствовать)\s+)?(?:в\s+|из\s+)?офис\p{L}*|` +
		`офис\p{L}*\s*[-–—:]?\s*[1-4]\s*(?:дн(?:я|ей)|день)|` +
		`удал[её]нк\p{L}*\s*[-–—:]?\s*[1-4]\s*(?:дн(?:я|ей)|день)`)
	// russianFirstDays is "the first" before a count of office days.
	russianFirstDays   = regexp.MustCompile(`(?i)(?:перв\p{L}*|в\s+течение)\s*.?$`)
	russianHybridField = regexp.MustCompile(`(?i)^\s*(?:гибрид|гибридн\p{L}*(?:\s+(?:формат|график|режим))?|гібрид\p{L}*)\s*$`)
)

// reviseRussianHybrid (called in Normalize after the other work-mode
// readers) turns a remote or unknown reading hybrid on the wording above.
func reviseRussianHybrid(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteUnknown {
		return ri
	}
	if !strings.Contains(text, "офис") && !strings.Contains(text, "Офис") && !strings.Contains(text, "астично") {
		if ri.Remote == model.RemoteUnknown {
			return ri
		}
	} else {
		for _, m := range russianHybridText.FindAllStringIndex(text, 4) {
			if russianFirstDays.MatchString(text[max(0, m[0]-24) : m[0]+1]) {
				continue // "первые 2 дня в офисе": onboarding, not a schedule
			}
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], " ,.;:(\n\t"))
			return ri
		}
	}
	if ri.Remote == model.RemoteRemote {
		for _, l := range locs {
			if len(l) < 40 && russianHybridField.MatchString(l) {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "location: "+l // "Гибрид" over the text's "Удаленка"
				return ri
			}
		}
	}
	return ri
}
