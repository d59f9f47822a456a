package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicOfficeOnly is Russian or Ukrainian work tied to the office: the
// office alone ("только из офиса", "лише з офісу", "исключительно в
// офисе") or work from or in the office (match group 1) that the sentence
// makes obligatory ("работа в офисе обязательна", "обов'язкова робота з
// офісу"). reviseCyrillicOffice (remote_cyrillic_office.go) reads an
// office format and an obligatory presence; this reads the same rule said
// of the work itself.
var cyrillicOfficeOnly = newKeyRegexp(`(?i)(?:только|исключительно|лишь|тільки|лише|виключно)\s+(?:из|с|в|з|у|із)\s+(?:наш\p{L}*\s+)?(?:офис|офіс)\p{L}*|((?:работ|робот)\p{L}*\s+(?:из|в|з|у|із)\s+(?:наш\p{L}*\s+)?(?:офис|офіс)\p{L}*)`, 40, 40, "фис", "фіс")

var (
	// cyrillicWorkBefore: a work word shortly before "только из офиса";
	// "Обеды только в офисе" (lunches only in the office) is no work rule.
	cyrillicWorkBefore = regexp.MustCompile(`(?i)(?:работ|робот|формат|режим|трудоустр|працю)\p{L}*[^.!?;\n]{0,20}$`)
	// cyrillicNotBefore: "не только из офиса", "не лише з офісу": not only.
	cyrillicNotBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:не|ні)\s*$`)
	// cyrillicObliged: obligatory, necessary or required in the sentence;
	// "необов'язково" (optional) starts with a letter and is not matched.
	cyrillicObliged = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:не|ні)\s+)?(?:обязательн|обов['’ʼ]?язков|необходим|требуется|потрібн)\p{L}*`)
	// cyrillicChoice: a choice or a home alternative beside the office:
	// "или удалённо", "або віддалено", "на выбор", "по желанию".
	cyrillicChoice = regexp.MustCompile(`(?i)(?:или|або|либо)\s+(?:удал|дистанц|віддал|дистанцій|из\s+дома|з\s+дому)|на\s+выбор|на\s+вибір|по\s+желанию|за\s+бажанням`)
)

// reviseCyrillicOfficeOnly reads the rules above as on-site when the work
// mode is unknown or was read as remote from the text or a location; a
// listing's own field and a hybrid reading are left alone.
func reviseCyrillicOfficeOnly(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteOnsite || fromStructured(ri) ||
		strings.IndexByte(text, 0xD0) < 0 && strings.IndexByte(text, 0xD1) < 0 { // no Cyrillic letter
		return ri
	}
	for _, m := range cyrillicOfficeOnly.FindAllStringSubmatchIndex(text, 6) {
		start, end := m[0], m[1]
		sentence := cyrillicSentence(text, start, end)
		if cyrillicChoice.MatchString(sentence) || cyrillicNotBefore.MatchString(text[max(0, start-8):start]) {
			continue
		}
		if m[2] < 0 { // "только из офиса": a work word must come first
			if !cyrillicWorkBefore.MatchString(text[max(0, start-60):start]) {
				continue
			}
		} else if !cyrillicObligedIn(sentence) {
			continue // "Возможна работа из офиса": the office is an option
		}
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+strings.TrimSpace(text[start:end]), []string{}
		return ri
	}
	return ri
}

// cyrillicObligedIn reports an obligation word in the sentence that is not
// denied ("не обязательна" is optional).
func cyrillicObligedIn(sentence string) bool {
	for _, m := range cyrillicObliged.FindAllString(sentence, 4) {
		w := strings.ToLower(strings.TrimLeft(m, " \t,;:—–-«\"("))
		if !strings.HasPrefix(w, "не ") && !strings.HasPrefix(w, "ні ") {
			return true
		}
	}
	return false
}

// cyrillicSentence returns the sentence around text[start:end].
func cyrillicSentence(text string, start, end int) string {
	from := max(0, start-80)
	if i := strings.LastIndexAny(text[from:start], ".!?;\n"); i >= 0 {
		from += i + 1
	}
	to := min(len(text), end+80)
	if i := strings.IndexAny(text[end:to], ".!?;\n"); i >= 0 {
		to = end + i
	}
	return text[from:to]
}
