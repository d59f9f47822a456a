package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Ukrainian and Russian work-mode wording the Cyrillic readers miss (round
// 35p; table tests and traps in remote_cyrillic_office_test.go):
//
//   - part of the week in the office is hybrid: "частково в офісі",
//     "частично в офисе", "2 дні в офісі", "3 дня в офисе", and so is the
//     bare word "гибрид" ("гібрид");
//   - an office format, required presence, offline work only and no
//     possibility of remote work are on-site: "офісний формат", "присутствие
//     в офисе обязательно", "виключно офлайн формат", "без возможности
//     удаленной работы" (whose remote word the remote readers took);
//   - work from home and the slang "ремоут" are remote: "з дому", "работа из
//     дома", "фултайм ремоут".
var (
	cyrillicOfficeKeys = newKeyRegexp(`(?i)(?:частков\p{L}*|частичн\p{L}*|[1-4]\s*(?:[-–]\s*[2-4]\s*)?(?:дн[іяей]|день)|(?:два|две|три|дві|чотири|четыре)\s+(?:дн[іяей]))\s+(?:на\s+тиждень\s+|в\s+неделю\s+|на\s+неделе\s+)?(?:в|у)\s+офіс\p{L}*|(?:частков\p{L}*|частичн\p{L}*|[1-4]\s*(?:[-–]\s*[2-4]\s*)?(?:дн[іяей]|день)|(?:два|две|три|дві|чотири|четыре)\s+(?:дн[іяей]))\s+(?:на\s+тиждень\s+|в\s+неделю\s+|на\s+неделе\s+)?в\s+офис\p{L}*|офісн\p{L}*\s+формат|офисн\p{L}*\s+формат|присутн\p{L}*\s+(?:в|у)\s+офіс\p{L}*\s+обов|присутстви\p{L}*\s+в\s+офис\p{L}*\s+обязательн|без\s+можливост\p{L}*\s+(?:віддален|дистанційн)|без\s+возможност\p{L}*\s+(?:удал[её]нн|дистанционн)|(?:виключно|исключительно|лише|только)\s+офлайн|(?:^|[^\p{L}])(?:з\s+дому|из\s+дома)(?:[^\p{L}]|$)|ремоут|(?:^|[^\p{L}])(?:гібрид|гибрид)(?:[^\p{L}]|$)|`+cyrillicWorkOnSite, 40, 40,
		"фіс", "фис", "ожливост", "озможност", "флайн", "дому", "дома", "емоут", "ібрид", "ибрид", "месте", "місці")
	cyrillicOfficeHybrid = regexp.MustCompile(`офіс|офис|ібрид|ибрид`)
	cyrillicOfficeRemote = regexp.MustCompile(`(?i)дому|дома|ремоут`)
	// cyrillicHomeNot: "не з дому", "не из дома", a denied home.
	cyrillicHomeNot = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:не|ні|нет)\s*$`)
)

// reviseCyrillicOffice applies the readers above to the text: hybrid first,
// then on-site, then remote; a reading from the listing's own field or a
// hybrid one is left alone, and the remote words only decide an unknown one.
func reviseCyrillicOffice(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || fromStructured(ri) || text == "" ||
		strings.IndexByte(text, 0xD0) < 0 && strings.IndexByte(text, 0xD1) < 0 { // no Cyrillic letter
		return ri
	}
	var onsite, remote string
	for _, m := range cyrillicOfficeKeys.FindAllStringIndex(text, 8) {
		w := strings.TrimSpace(text[m[0]:m[1]])
		lw := strings.ToLower(w)
		switch {
		case cyrillicOfficeRemote.MatchString(w) && !strings.Contains(lw, "офіс") && !strings.Contains(lw, "офис"):
			if remote == "" && !cyrillicHomeNot.MatchString(text[max(0, m[0]-8):m[0]]) {
				remote = w
			}
		case cyrillicOfficeHybrid.MatchString(lw) && (strings.HasPrefix(lw, "частк") || strings.HasPrefix(lw, "частич") || lw[0] >= '1' && lw[0] <= '4' || cyrillicDayCountWord(text, m[0], lw) || bareHybridAsMode(text, m)):
			if ri.Remote == model.RemoteOnsite && !strings.HasPrefix(ri.Evidence, "text:") {
				continue
			}
			if b := strings.ToLower(text[max(0, m[0]-24):m[0]]); strings.Contains(b, "перв") || strings.Contains(b, "перш") {
				continue // "первые 2 дня в офисе": onboarding, not a schedule
			}
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+w
			return ri
		default:
			if standsStill(text, m[1]) {
				continue // "работа на месте не стоит": work never stands still
			}
			if onsite == "" {
				onsite = w
			}
		}
	}
	if onsite != "" && (ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote) {
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+onsite, []string{}
		return ri
	}
	if remote != "" && ri.Remote == model.RemoteUnknown {
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+remote
	}
	return ri
}

// cyrillicModeContext: a work-format word before a bare "гибрид" ("Формат:
// гибрид", "режим работы — гибрид"); a hybrid car or plant is no work mode.
var cyrillicModeContext = regexp.MustCompile(`(?i)формат|график|режим|работ|робот|занятост|умови|условия`)

// bareHybridAsMode reports a bare "гибрид" (match m) that names the work
// mode: the whole line, or after a work-format word in the 40 bytes before.
func bareHybridAsMode(text string, m []int) bool {
	w := text[m[0]:m[1]]
	if !strings.Contains(w, "ібрид") && !strings.Contains(w, "ибрид") {
		return false
	}
	before := text[max(0, m[0]-40):m[0]]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	if strings.TrimSpace(before) == "" {
		line := text[m[1]:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		return len(strings.TrimSpace(strings.Trim(line, ".,;:!"))) == 0 // the whole line
	}
	return cyrillicModeContext.MatchString(before)
}
