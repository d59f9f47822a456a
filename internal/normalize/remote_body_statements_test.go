package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bodyStatementCases pin remote_body_statements.go, the title and line
// tails of workmode_short_values.go and the spaced LinkedIn tag; written
// for this project, with traps beside them.
var bodyStatementCases = []truthCase{
	{name: "hybrid workplace", p: model.Posting{Title: "Accountant", DescriptionText: "Join our finance team. We run a hybrid workplace with a shared office in Leeds."}, remote: "hybrid"},
	{name: "hybrid collaboration model line", p: model.Posting{Title: "Accountant", DescriptionText: "Own the month-end close.\nHybrid collaboration model."}, remote: "hybrid"},
	{name: "hybrid work structure", p: model.Posting{Title: "Accountant", DescriptionText: "The company follows a hybrid work structure for every team."}, remote: "hybrid"},
	{name: "all roles remote", p: model.Posting{Title: "Accountant", DescriptionText: "About us: every one of us works from home. All of our positions are fully remote."}, remote: "remote"},
	{name: "hiring remote staff", p: model.Posting{Title: "Accountant", DescriptionText: "Growing fast: we hire remote staff across Canada."}, remote: "remote"},
	{name: "remote refused", p: model.Posting{Title: "Accountant", DescriptionText: "Please note we are not considering remote applicants for this opening."}, remote: "onsite"},
	{name: "fully remote refused beside hybrid", p: model.Posting{Title: "Accountant", DescriptionText: "Our team follows a hybrid work structure with two office days. Fully remote work is not available for this role."}, remote: "hybrid"},
	{name: "title tail finnish remote", p: model.Posting{Title: "Kirjanpitäjä - Etätyö"}, remote: "remote"},
	{name: "title tail swedish not remote", p: model.Posting{Title: "Ekonomiassistent | Ej distans"}, remote: "onsite"},
	{name: "title tail italian agile work", p: model.Posting{Title: "Contabile - lavoro agile"}, remote: "remote"},
	{name: "title tail polish partly remote", p: model.Posting{Title: "Księgowa - częściowo zdalnie"}, remote: "hybrid"},
	{name: "title tail dutch partly remote", p: model.Posting{Title: "Boekhouder - Deels remote"}, remote: "hybrid"},
	{name: "title tail german home office refused", p: model.Posting{Title: "Sachbearbeiter | Homeoffice nicht möglich"}, remote: "onsite"},
	{name: "title tail portuguese remote no", p: model.Posting{Title: "Analista fiscal - Remoto: Não"}, remote: "onsite"},
	{name: "trap: hybrid title with a negated remote tail", p: model.Posting{Title: "Controller, Hybrid (non-remote)"}, remote: "hybrid"},
	{name: "short line with a hybrid tail", p: model.Posting{Title: "Accountant", DescriptionText: "Payroll Accountant, Hybrid"}, remote: "hybrid"},
	{name: "spaced linkedin tag", p: model.Posting{Title: "Accountant", DescriptionText: "Apply today.\n#LI- Hybrid"}, remote: "hybrid"},

	{name: "occasional remote days are no remote job", p: model.Posting{Title: "Accountant", DescriptionText: "Staff may sometimes work remotely when the close allows."}, remote: "unknown"},
	{name: "trap: plain remote work stays remote", p: model.Posting{Title: "Accountant", DescriptionText: "In this job you work remotely with a small finance team."}, remote: "remote"},
	{name: "trap: hybrid cloud", p: model.Posting{Title: "Engineer", DescriptionText: "You will run a hybrid cloud environment for our clients."}, remote: "unknown"},
	{name: "trap: hybrid role content", p: model.Posting{Title: "Engineer", DescriptionText: "This is a hybrid technical and sales job."}, remote: "unknown"},
	{name: "trap: some roles remote", p: model.Posting{Title: "Accountant", DescriptionText: "Some of our roles are remote, but this one is based in Leeds."}, remote: "unknown"},
	{name: "trap: hiring remote and office staff", p: model.Posting{Title: "Accountant", DescriptionText: "We hire remote and office staff in equal numbers."}, remote: "unknown"},
	{name: "trap: a remote refusal with no hybrid", p: model.Posting{Title: "Accountant", DescriptionText: "Fully remote work is not available for this role."}, remote: "onsite"},
	{name: "trap: title home care", p: model.Posting{Title: "Nurse - Home"}, remote: "unknown"},
	{name: "trap: title office department", p: model.Posting{Title: "Assistant - Office"}, remote: "unknown"},
	{name: "trap: title tail with a place", p: model.Posting{Title: "Kirjanpitäjä - Helsinki"}, remote: "unknown"},
}

func TestBodyStatements(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bodyStatementCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
