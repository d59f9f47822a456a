package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// contrastTitleTownCases pin remote_contrast_title_town.go and its readers,
// remote_hybridi_english.go and remote_mainly_office.go, in other words
// than the round 122b sources; traps: a contrast clause about other teams
// beside this job's hybrid statement, "unlike" in the middle of a
// sentence, a title tail with no duty, a hybrid cloud and a cloud "town",
// Finnish hybrid words, office work named alone, on-site duties for remote
// sites, remote work with visits.
var contrastTitleTownCases = []truthCase{
	// a contrast clause names the others' mode
	{name: "unlike firms with office days we are remote", p: model.Posting{Title: "Designer", DescriptionText: "Unlike agencies that want four office days a week, we are a fully remote studio."}, remote: "remote"},
	{name: "unlike a hybrid policy this job is remote", p: model.Posting{Title: "Designer", Locations: []string{"Lyon"}, DescriptionText: "Unlike teams on a hybrid working model, this job is 100% remote."}, remote: "remote"},
	{name: "as opposed to on-site shops", p: model.Posting{Title: "Designer", DescriptionText: "As opposed to studios that need you on-site every day, this position is fully remote."}, remote: "remote"},

	{name: "trap: unlike other teams this one is hybrid", p: model.Posting{Title: "Designer", DescriptionText: "Unlike our support desk, this design team is hybrid."}, remote: "hybrid"},
	{name: "trap: unlike mid-sentence", p: model.Posting{Title: "Designer", DescriptionText: "We make tools unlike any others, and this is a hybrid role in Lyon."}, remote: "hybrid"},
	{name: "trap: unlike clause then office days", p: model.Posting{Title: "Designer", DescriptionText: "Unlike fully remote startups, we meet in the office three days a week."}, remote: "hybrid"},

	// a title tail with an office duty
	{name: "title tail onsite every weekday", p: model.Posting{Title: "Remote Claims Processor - must be onsite every Thursday"}, remote: "hybrid"},
	{name: "title tail office days in brackets", p: model.Posting{Title: "Remote Payroll Clerk (required in the office 2 days a week)"}, remote: "hybrid"},

	{name: "trap: title tail with no duty", p: model.Posting{Title: "Remote Payroll Clerk - Hybrid Cloud Payroll"}, remote: "!hybrid"},
	{name: "trap: title tail duty that is no office", p: model.Posting{Title: "Remote Payroll Clerk - must know Excel"}, remote: "remote"},

	// hybrid at a town with small words and a state code
	{name: "hybrid town with del and state", p: model.Posting{Title: "Sales Lead", DescriptionText: "Hybrid Rancho del Mar, CA, USA"}, remote: "hybrid"},
	{name: "hybrid town with upon and state", p: model.Posting{Title: "Sales Lead", DescriptionText: "Hybrid Port St. Lucie, FL"}, remote: "hybrid"},

	{name: "trap: hybrid cloud before a state code", p: model.Posting{Title: "Sales Lead", DescriptionText: "Hybrid Cloud, AZ"}, remote: "unknown"},
	{name: "trap: hybrid role words before a city", p: model.Posting{Title: "Sales Lead", DescriptionText: "Hybrid Cloud Architect, Phoenix, AZ"}, remote: "unknown"},
	{name: "trap: town with a country not a state", p: model.Posting{Title: "Sales Lead", DescriptionText: "Hybrid Vehicle Sales, Mexico"}, remote: "unknown"},

	// English derivations of hybrid are no Finnish hybrid work
	{name: "hybridization in a lab", p: model.Posting{Title: "Lab Technician", DescriptionText: "Run in-situ hybridization on tissue samples."}, remote: "unknown"},
	{name: "hybridised probes", p: model.Posting{Title: "Lab Technician", DescriptionText: "Prepare hybridised probes and log results."}, remote: "unknown"},
	{name: "hybridity of a genre", p: model.Posting{Title: "Editor", DescriptionText: "Essays on the hybridity of genres."}, remote: "unknown"},

	{name: "trap: Finnish hybrid work stays hybrid", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Työ tehdään hybridityönä Tampereella."}, remote: "hybrid"},
	{name: "trap: Finnish hybrid model stays hybrid", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Käytössämme on hybridimalli."}, remote: "hybrid"},

	// office work as the main part of the week with home work beside it
	{name: "mostly in the office with home days", p: model.Posting{Title: "Accountant", DescriptionText: "Harbour Quay, Leith. Mostly in-office, with the option to work from home now and then."}, remote: "hybrid"},
	{name: "primarily on-site and some remote days", p: model.Posting{Title: "Accountant", DescriptionText: "Primarily on-site, plus a few remote days each month."}, remote: "hybrid"},

	{name: "trap: mainly in-office alone", p: model.Posting{Title: "Accountant", DescriptionText: "The post is mainly in-office."}, remote: "onsite"},
	{name: "trap: mostly on-site support for remote sites", p: model.Posting{Title: "Technician", DescriptionText: "Give mostly on-site support to remote branches."}, remote: "!hybrid"},
	{name: "trap: primarily remote with office visits", p: model.Posting{Title: "Accountant", DescriptionText: "The post is primarily remote, with occasional office visits."}, remote: "remote"},
}

func TestContrastTitleTown(t *testing.T) {
	runFieldCases(t, contrastTitleTownCases)
}
