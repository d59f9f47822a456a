package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestJapaneseRussianDutchModes: whole workplace values, sentences and titles read by
// remote_modes_japanese_russian_dutch.go (and the Japanese "完全リモート" added to
// japaneseRemote), with traps beside.
func TestJapaneseRussianDutchModes(t *testing.T) {
	for _, c := range []struct {
		title, hint, text string
		want              model.Remote
	}{
		// Whole workplace values.
		{"経理", "出社勤務", "", model.RemoteOnsite},
		{"経理", "出社中心", "", model.RemoteHybrid},
		{"経理", "完全リモート", "", model.RemoteRemote},
		{"Сварщик", "Вахтовый метод", "", model.RemoteOnsite},
		{"Сварщик", "ВАХТА", "", model.RemoteOnsite},
		{"Contabile", "Lavoro da casa", "", model.RemoteRemote},
		// Sentences.
		{"Klantenservice", "", "In deze rol werk je volledig van thuis uit met een laptop van ons.", model.RemoteRemote},
		{"Klantenservice", "", "Je kunt deels van thuis uit werken.", model.RemoteHybrid},
		{"Klantenservice", "", "Werken van thuis uit is niet mogelijk.", model.RemoteOnsite},
		{"Assistente", "", "Offriamo lavoro da casa con orario flessibile.", model.RemoteRemote},
		{"データ入力", "", "完全リモートで全国から応募できます。", model.RemoteRemote},
		// Titles.
		{"Python-разработчик (удалённо)", "", "", model.RemoteRemote},
		{"Менеджер по продажам, удаленно", "", "", model.RemoteRemote},
		{"Дизайнер — віддалено", "", "", model.RemoteRemote},
		// Traps: a negated word, a word inside a longer phrase, a meeting.
		{"Оператор (не удаленно)", "", "", model.RemoteUnknown},
		{"Специалист по удаленному доступу", "", "", model.RemoteUnknown},
		{"Инженер удаленных систем", "", "", model.RemoteUnknown},
		{"Contabile", "Da casa nostra", "", model.RemoteUnknown},
		{"Monteur", "", "Als monteur rijd je van thuis uit naar de klanten in de regio.", model.RemoteUnknown},
	} {
		l := Normalize(&model.Posting{Source: "t", ExternalID: "1", Title: c.title, RemoteHint: c.hint, DescriptionText: c.text}, Options{})
		if l.Remote != c.want {
			t.Errorf("%q/%q/%q: remote %q, want %q (%s)", c.title, c.hint, c.text, l.Remote, c.want, l.RemoteEvidence)
		}
	}
}
