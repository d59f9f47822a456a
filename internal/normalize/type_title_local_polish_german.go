package normalize

import "github.com/gigscout/gigscout/internal/model"

// More type words for titleLocalWords: the Polish noun for an internship
// programme ("Praktyki - Analityk danych"), the Polish "staż" as boards
// write it without its diacritic ("Staz Tester"), and the German
// Werkvertrag, a contract for a piece of work ("Entwickler
// (Werkvertrag)"). Each is matched as a whole word, so "praktykant" and
// "Stazione" are not read here.
var titleLocalWordsMore = []titleLocalWord{
	{"praktyki", model.TypeInternship, false}, {"staz", model.TypeInternship, false},
	{"werkvertrag", model.TypeContract, false},
}
