package normalize

import "github.com/gigscout/gigscout/internal/model"

// europeanJapaneseTerms join localTerms (type_field_local_terms.go): type-field
// values from Italian, Dutch, German, Nordic, Russian and Japanese boards
// that the other readers leave unknown or misread. The readings follow
// localTerms: consultancy, a work-for-hire agreement, a subcontractor,
// hired-in staff, agency work, a seasonal or short-term post are a contract; a
// marginal "mini" job is part-time; a permanent employee is full-time.
// Table tests in type_field_terms_local_more_test.go.
var europeanJapaneseTerms = []worldTerm{
	// Italian: consultancy, a temporary post.
	{"consulenza", model.TypeContract, true}, {"temporaneo", model.TypeContract, false}, {"temporanea", model.TypeContract, false},
	// Dutch: a permanent employee, hired-in staff, a subcontractor.
	{"vaste medewerker", model.TypeFullTime, true}, {"vaste baan", model.TypeFullTime, true},
	{"inhuur", model.TypeContract, false}, {"onderaannemer", model.TypeContract, false},
	// German: agency work by its short form and spelt without the umlaut,
	// seasonal work, the marginal "mini" job.
	{"anü", model.TypeContract, true}, {"arbeitnehmerueberlassung", model.TypeContract, false},
	{"personalueberlassung", model.TypeContract, false},
	{"saisonal", model.TypeContract, true}, {"saisonarbeit", model.TypeContract, false}, {"saisonkraft", model.TypeContract, false},
	{"geringfügig", model.TypePartTime, false}, {"geringfuegig", model.TypePartTime, false},
	// German short-term employment (kurzfristige Beschäftigung: a job of a
	// few weeks a year, capped by days, not by pay) is a temporary post,
	// a contract. "kurzfristig" alone is left: a start date says it too
	// ("Eintritt: kurzfristig", as soon as possible).
	{"kurzfristig beschäftigt", model.TypeContract, false}, {"kurzfristige beschäftigung", model.TypeContract, false},
	{"kurzfristig beschaeftigt", model.TypeContract, false}, {"kurzfristige beschaeftigung", model.TypeContract, false},
	// Swedish: a consultant.
	{"konsult", model.TypeContract, true},
	// Finnish: the one who commissions the work, used for a contractor.
	{"toimeksiantaja", model.TypeContract, true}, {"toimeksianto", model.TypeContract, true},
	// Russian: the short hh.ru label, the mini job.
	{"частичная", model.TypePartTime, true}, {"неполная", model.TypePartTime, true}, {"миниджоб", model.TypePartTime, true},
	{"минижоб", model.TypePartTime, true},
	// Japanese: a work-for-hire agreement, a quasi-mandate (準委任, the
	// contract of engineers placed at a client).
	{"請負", model.TypeContract, false}, {"準委任", model.TypeContract, false},
}
