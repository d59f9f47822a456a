package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleVolunteerForeignCases pin type_title_volunteer_foreign.go and the
// Dutch "ZZP" of type_title_temp_words.go: a volunteer post named in a
// title in French, Spanish, Portuguese, Italian, Dutch, Polish or German;
// with traps: volunteers as the subject (plural, after "de"/"van"/"für",
// a coordinating role), a programme noun, an internship said unpaid.
var titleVolunteerForeignCases = []truthCase{
	{name: "french volunteer at reception", p: model.Posting{Title: "Bénévole accueil du public"}, jobType: "volunteer"},
	{name: "french without the accent", p: model.Posting{Title: "Benevole - Banque alimentaire"}, jobType: "volunteer"},
	{name: "spanish volunteer feminine", p: model.Posting{Title: "Voluntaria en comedor social"}, jobType: "volunteer"},
	{name: "portuguese volunteer", p: model.Posting{Title: "Voluntário de apoio escolar"}, jobType: "volunteer"},
	{name: "italian volunteer", p: model.Posting{Title: "Volontario servizio civile"}, jobType: "volunteer"},
	{name: "dutch volunteer", p: model.Posting{Title: "Vrijwilliger kringloopwinkel"}, jobType: "volunteer"},
	{name: "polish volunteer feminine", p: model.Posting{Title: "Wolontariuszka w schronisku"}, jobType: "volunteer"},
	{name: "german honorary adjective", p: model.Posting{Title: "Ehrenamtliche Lesepaten (m/w/d)"}, jobType: "volunteer"},
	{name: "dutch self-employed in brackets", p: model.Posting{Title: "Java Ontwikkelaar (ZZP)"}, jobType: "contract"},

	{name: "trap: french volunteers plural as the subject", p: model.Posting{Title: "Chargé des bénévoles"}, jobType: "unknown"},
	{name: "trap: french coordinating role", p: model.Posting{Title: "Coordinateur bénévole et vie associative"}, jobType: "unknown"},
	{name: "trap: dutch volunteers plural", p: model.Posting{Title: "Teamleider vrijwilligers"}, jobType: "unknown"},
	{name: "trap: german after für", p: model.Posting{Title: "Ansprechpartner für Ehrenamtliche"}, jobType: "unknown"},
	{name: "trap: german compound programme noun", p: model.Posting{Title: "Referentin Ehrenamtsarbeit"}, jobType: "unknown"},
	{name: "trap: spanish programme noun", p: model.Posting{Title: "Técnico de voluntariado"}, jobType: "unknown"},
	{name: "trap: a longer word", p: model.Posting{Title: "Volontariaatti Assistant"}, jobType: "unknown"},
	{name: "trap: an unpaid internship stays an internship", p: model.Posting{Title: "Stage bénévole - Communication"}, jobType: "internship"},
	{name: "trap: zzp inside a word", p: model.Posting{Title: "ZZPlanner Developer"}, jobType: "unknown"},
}

func TestTitleVolunteerForeignCases(t *testing.T) { runFieldCases(t, titleVolunteerForeignCases) }
