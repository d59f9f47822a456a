package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicTypeLine reads a short line (or a summary line's field) of two
// or three Cyrillic words that is only a type in worldTerms' words:
// Russian "Полная занятость." or "Частичная занятость." on a line of its
// own, Bulgarian "Пълно работно време", "Граждански договор", "Стаж за
// студенти". typeLine calls it on what MapEmploymentType does not read.
// A single word is passed over (a heading such as "Стажировка" or
// "Практика" opens a section about something else as often as it names
// the post), and so is a line opening with a Latin letter, so a text in
// English pays one byte test a short line.
func cyrillicTypeLine(f string) model.JobType {
	if len(f) < 4 || f[0] < utf8.RuneSelf {
		return model.TypeUnknown
	}
	if r, _ := utf8.DecodeRuneInString(f); !unicode.Is(unicode.Cyrillic, r) {
		return model.TypeUnknown
	}
	if n := len(strings.Fields(f)); n < 2 || n > 3 {
		return model.TypeUnknown
	}
	switch t := worldTermType(f); t {
	case model.TypeFullTime, model.TypePartTime, model.TypeContract, model.TypeInternship:
		return t
	}
	return model.TypeUnknown
}
