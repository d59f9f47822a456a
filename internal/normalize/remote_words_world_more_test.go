package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestMoreWorldModeWords: Finnish inflected remote and hybrid words,
// Bulgarian home, hybrid and office work, Russian office work, in a
// sentence, with traps beside (a denial, a partial word, a meeting in
// the office, an unrelated word sharing letters).
func TestMoreWorldModeWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want model.Remote
	}{
		{"Tehtävä sopii etätyöhön, ja tiimi on hajautettu.", model.RemoteRemote},
		{"Työskentelet etätyössä koko ajan.", model.RemoteRemote},
		{"Työ tehdään hybridityössä Tampereella.", model.RemoteHybrid},
		{"Siirrymme syksyllä hybridityöhön.", model.RemoteHybrid},
		{"Tässä tehtävässä ei etätyötä.", model.RemoteOnsite}, // denied
		{"Предлагаме работа от вкъщи и гъвкаво работно време.", model.RemoteRemote},
		{"Предлагаме частично работа от вкъщи.", model.RemoteHybrid}, // partial
		{"Работата е хибридна, два дни в офиса.", model.RemoteHybrid},
		{"Позицията е хибридно базирана в София.", model.RemoteHybrid},
		{"Работа в офисе, Москва.", model.RemoteOnsite},
		{"Мы предлагаем работу в офисе в центре города.", model.RemoteOnsite},
		// Traps.
		{"Работа не в офисе, а там, где вам удобно.", model.RemoteUnknown}, // no "работа в офисе"
		{"Встречи в офисе раз в месяц.", model.RemoteUnknown},              // a meeting, not the place of work
	} {
		l := Normalize(&model.Posting{Source: "t", ExternalID: "1", Title: "Разработчик", DescriptionText: c.text}, Options{})
		if l.Remote != c.want {
			t.Errorf("%q: remote %q, want %q (%s)", c.text, l.Remote, c.want, l.RemoteEvidence)
		}
	}
}

// TestTypeFieldAndLineMore: a type field with extras ("CDD 6 mois",
// "Стаж за студенти") and a Cyrillic type line of its own ("Полная
// занятость."), with traps: "Стаж работы" (Russian work experience), a
// one-word heading, a longer sentence.
func TestTypeFieldAndLineMore(t *testing.T) {
	for _, c := range []struct {
		field, text string
		want        model.JobType
	}{
		{"CDD 6 mois", "", model.TypeContract},
		{"CDD de 12 mois", "", model.TypeContract},
		{"Стаж за студенти", "", model.TypeInternship},
		{"Граждански договор", "", model.TypeContract},
		{"", "Мы ищем разработчика.\nПолная занятость.\nЗарплата по договоренности", model.TypeFullTime},
		{"", "О компании\nЧастичная занятость.\nГибкий график", model.TypePartTime},
		{"", "За нас\nПълно работно време\nЗаплата по договаряне", model.TypeFullTime},
		// Traps.
		{"Стаж работы от 3 лет", "", model.TypeUnknown},
		{"", "Требования\nСтаж работы\nот трёх лет", model.TypeUnknown},
		{"", "Стажировка\nО программе для наших сотрудников.", model.TypeUnknown},
		{"", "Опыт работы полный день с клиентами обязателен.", model.TypeUnknown},
	} {
		if got := ParseType(c.field, "Разработчик", c.text); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.text, got, c.want)
		}
	}
}

// FuzzCyrillicTypeLine: any line reads as a valid type.
func FuzzCyrillicTypeLine(f *testing.F) {
	for _, s := range []string{"Полная занятость.", "Стаж работы", "Граждански договор", "Ω", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := cyrillicTypeLine(s); !got.Valid() {
			t.Errorf("cyrillicTypeLine(%q) = %q", s, got)
		}
	})
}
