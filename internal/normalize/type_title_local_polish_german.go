package normalize

import "github.com/gigscout/gigscout/internal/model"

// More type words for titleLocalWords: the Polish noun for an internship
// programme ("Praktyki - Analityk danych"), the Polish "staż" as boards
// write it without its diacritic ("Staz Tester"), and the German
// Werkvertrag, a contract for a piece of work ("Entwickler
// (Werkvertrag)"). Each is matched as a whole word, so "praktykant" and
// "Stazione" are not read here. Also the Polish genitive "praktyk" in the
// phrases that name an internship programme ("Program praktyk", "praktyk
// letnich"; "praktyk" alone is also a practitioner, "Praktyk HR"), and
// "Praxissemester". German compounds ending in Praktikum
// ("Pflichtpraktikum", "Auslandspraktikum") are read by
// germanPraktikumCompound (type_title_turkish_praktikum.go).
var titleLocalWordsMore = append([]titleLocalWord{
	{"praktyki", model.TypeInternship, false}, {"staz", model.TypeInternship, false},
	{"werkvertrag", model.TypeContract, false},
	{"program praktyk", model.TypeInternship, false}, {"praktyk letnich", model.TypeInternship, false},
	{"praktyk studenckich", model.TypeInternship, false}, {"praktyk zawodowych", model.TypeInternship, false},
	{"praxissemester", model.TypeInternship, false},
}, append(append(titleLocalWordsTurkish, titleLocalWordsTemp...), titleLocalWordsHolidayHelp...)...) // type_title_turkish_praktikum.go, type_title_temp_words.go, type_title_holiday_help_de.go
