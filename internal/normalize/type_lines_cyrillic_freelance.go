package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicFreelanceWord reads a line that is one Cyrillic freelance word
// ("Фриланс", "Фрилансер", Bulgarian "Фрийланс", Ukrainian "Фріланс"):
// chat-channel vacancy posts put the engagement on a line of its own.
// cyrillicTypeLine passes over one-word lines because words such as
// "Стажировка" or "Практика" head sections about something else; a
// freelance word heads no such section, so it alone is read here.
func cyrillicFreelanceWord(f string) model.JobType {
	if len(f) < 12 || len(f) > 24 || strings.ContainsRune(f, ' ') {
		return model.TypeUnknown
	}
	w := strings.ToLower(f)
	for _, stem := range [...]string{"фриланс", "фрийланс", "фріланс"} {
		if w == stem || w == stem+"ер" || w == stem+"ери" || w == stem+"еры" {
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}
