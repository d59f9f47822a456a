package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// japaneseRussianItalianFieldWords join fieldModeWords (remote_field_mode_words.go):
// whole work-mode values of a workplace field that the readers miss.
// Japanese "出社勤務" (working at the office) is on-site and "出社中心"
// (mostly at the office) hybrid; Russian "Вахта" (rotation work at a
// remote site) is on-site; Italian "Lavoro da casa" is home work. Only a
// whole value counts, as for fieldModeWords. Table tests in
// remote_modes_japanese_russian_dutch_test.go.
var japaneseRussianItalianFieldWords = fieldModeTable(map[string]model.Remote{
	"出社勤務": model.RemoteOnsite, "出社中心": model.RemoteHybrid, "オフィス出社": model.RemoteOnsite,
	"вахта": model.RemoteOnsite, "вахтовый метод": model.RemoteOnsite, "вахтовым методом": model.RemoteOnsite,
	"lavoro da casa": model.RemoteRemote, "da casa": model.RemoteRemote,
})

// dutchItalianHomeWords join moreWorldModeWords (remote_words_world_more.go)
// and are read in a sentence or a field with their denials and partial
// words: Dutch work "van thuis uit" (from home; "deels van thuis uit" is
// partial) and Italian "lavoro da casa"; Dutch "remote werken" and "remote vanuit". The bare Dutch "van thuis uit"
// is left out: a field engineer "rijdt van thuis uit naar de klant"
// (drives from home to the client), which is no home work.
var dutchItalianHomeWords = []struct {
	phrase string
	mode   model.Remote
}{
	{"werkt van thuis uit", model.RemoteRemote}, {"werken van thuis uit", model.RemoteRemote}, {"werk je van thuis uit", model.RemoteRemote},
	{"volledig van thuis uit", model.RemoteRemote}, {"deels van thuis uit", model.RemoteHybrid}, {"gedeeltelijk van thuis uit", model.RemoteHybrid},
	{"lavoro da casa", model.RemoteRemote}, {"lavorare da casa", model.RemoteRemote},
	// Dutch "remote" with a Dutch verb or "vanuit" (from): "remote werken", "werk je remote vanuit".
	{"remote werken", model.RemoteRemote}, {"remote werkt", model.RemoteRemote}, {"remote werk je", model.RemoteRemote},
	{"remote vanuit", model.RemoteRemote}, {"deels remote werken", model.RemoteHybrid},
}

// cyrillicTitleRemote is a Russian or Ukrainian remote word set off in a
// title by brackets, a comma or a dash: "Junior Web Developer
// (удаленно)", "Оператор — віддалено". A negation before it ("не
// удаленно") or a word after it inside the brackets ("удаленно 2 дня")
// is not matched.
var cyrillicTitleRemote = regexp.MustCompile(`(?i)(?:^|[(\[,–—|/]|\s-)\s*(?:полностью\s+|повністю\s+)?(?:удал[её]нн?о|удал[её]нная\s+работа|удал[её]нка|дистанционно|віддалено|віддалена\s+робота|дистанційно)\s*(?:[)\],–—|/]|\s-|$)`)

// cyrillicTitleHybrid is a Russian or Ukrainian hybrid word set off in a
// title the same way: "Аналитик данных (гибрид)", "Юрист, гибридный
// формат", "Дизайнер — гібридний формат роботи". A hybrid product ("гибридные
// автомобили") is no work mode: only the bare word or the word before
// "формат" / "график" / "режим" counts.
var cyrillicTitleHybrid = regexp.MustCompile(`(?i)(?:^|[(\[,–—|/]|\s-)\s*(?:гибрид|гібрид|гибридн(?:ый|ая)\s+(?:формат|график|режим)|гібридн(?:ий|а)\s+(?:формат|графік|режим))(?:\s+работы|\s+роботи)?\s*(?:[)\],–—|/]|\s-|$)`)

// cyrillicTitleNote returns "Remote" for a title that names remote work
// so, "Hybrid" for one that names hybrid work so; "" otherwise. The gate is a plain byte search for the word stems.
func cyrillicTitleNote(title string) string {
	if len(title) > 200 {
		return ""
	}
	if strings.Contains(title, "ибрид") || strings.Contains(title, "ібрид") || strings.Contains(title, "ИБРИД") || strings.Contains(title, "ІБРИД") {
		if cyrillicTitleHybrid.MatchString(title) {
			return "Hybrid"
		}
	}
	if !(strings.Contains(title, "дал") || strings.Contains(title, "ДАЛ") || strings.Contains(title, "истанц") || strings.Contains(title, "истанцій")) {
		return ""
	}
	if cyrillicTitleRemote.MatchString(title) {
		return "Remote"
	}
	return cyrillicTitleEndNote(title) // "Менеджер по продажам удаленно" (remote_cyrillic_title_tail.go)
}
