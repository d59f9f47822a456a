package normalize

import "github.com/gigscout/gigscout/internal/model"

// German titles for help hired for a holiday or a season: "Ferienaushilfe
// in der Fertigung", "Saisonaushilfe Verkauf", "Weihnachtsaushilfen
// (m/w/d)", "Saisonkraft Service". Such help is hired for the weeks of the
// holiday or season, a fixed term, so it is a contract, as "Ferienjob" and
// "Sommerjob" already read (titleLocalWords). A plain "Aushilfe" names no
// term and stays part time; the words are read at a word's start, so
// "Aushilfe" inside another word is not one of them. They join
// titleLocalWords (type_title_local_polish_german.go), and as whole field
// values europeanFieldWords (type_field_european_kinds.go). Table tests in
// type_title_holiday_help_de_test.go.
var titleLocalWordsHolidayHelp = []titleLocalWord{
	{"ferienaushilf", model.TypeContract, true}, {"saisonaushilf", model.TypeContract, true},
	{"sommeraushilf", model.TypeContract, true}, {"urlaubsaushilf", model.TypeContract, true},
	{"weihnachtsaushilf", model.TypeContract, true}, {"saisonkraft", model.TypeContract, false},
	{"saisonkräfte", model.TypeContract, false}, {"saisonarbeitskraft", model.TypeContract, false},
	// a title tagged with the season itself, German or French: "Chef de Partie (Saison)"; a bare
	// "saison" or "saisonnier" may name the work's subject ("Analyste bilan de saison")
	{"(saison)", model.TypeContract, false},
}

func init() {
	for _, w := range []string{"ferienaushilfe", "saisonaushilfe", "sommeraushilfe", "urlaubsaushilfe", "weihnachtsaushilfe",
		"ferienaushilfen", "saisonaushilfen", "sommeraushilfen", "urlaubsaushilfen", "weihnachtsaushilfen"} {
		europeanFieldWords[w] = model.TypeContract
	}
}
