package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// partialPhraseCases pin remote_partial_phrases.go (work "in hybrid
// mode") and the two Swedish remote-job words added to
// remote_words_world.go. Traps: a machine run in hybrid mode, "hybrid
// mode" as an adjective, remote flexibility and "some remote" wording
// (no mode: "some remote work is possible" stays unknown), other Swedish
// words that open with "fjärr".
var partialPhraseCases = []truthCase{
	{name: "years in hybrid mode", p: model.Posting{Title: "QA Engineer", DescriptionText: "You bring four years of testing in hybrid mode from our Porto hub."}, remote: "hybrid"},
	{name: "team works in a hybrid mode", p: model.Posting{Title: "Product Designer", DescriptionText: "The studio works in a hybrid mode, with Tuesdays together."}, remote: "hybrid"},
	{name: "capital Hybrid Mode", p: model.Posting{Title: "Analyst", DescriptionText: "Position held In Hybrid Mode after onboarding."}, remote: "hybrid"},
	{name: "swedish remote job word", p: model.Posting{Title: "Supporttekniker", DescriptionText: "Ett fjärrjobb för dig som bor i Norrland."}, remote: "remote"},
	{name: "swedish split remote work", p: model.Posting{Title: "Redovisare", DescriptionText: "Tjänsten sker som fjärr arbete hela veckan."}, remote: "remote"},
	{name: "trap: engine runs in hybrid mode", p: model.Posting{Title: "Powertrain Engineer", DescriptionText: "Calibrate the engine while it runs in hybrid mode on the test bench."}, remote: "unknown"},
	{name: "trap: car switching in hybrid mode", p: model.Posting{Title: "Test Driver", DescriptionText: "Log fuel use while switching in hybrid mode during city loops."}, remote: "unknown"},
	{name: "trap: hybrid mode as adjective", p: model.Posting{Title: "Mobile Developer", DescriptionText: "Build hybrid mode screens for the banking app."}, remote: "unknown"},
	{name: "trap: bare remote flexibility", p: model.Posting{Title: "Recruiter", DescriptionText: "We value remote flexibility and trust."}, remote: "unknown"},
	{name: "trap: some remote teams", p: model.Posting{Title: "Scrum Master", DescriptionText: "You will coach some remote teams across Europe."}, remote: "unknown"},
	{name: "trap: fully remote flexibility", p: model.Posting{Title: "Writer", DescriptionText: "Fully remote with full flexibility on hours."}, remote: "remote"},
	{name: "trap: other fjarr words", p: model.Posting{Title: "Drifttekniker", DescriptionText: "Ansvar för fjärrvärme och fjärrstyrning av pumpar."}, remote: "unknown"},
	{name: "trap: office named keeps onsite", p: model.Posting{Title: "Clerk", DescriptionText: "This is an on-site role; some remote flexibility is not possible."}, remote: "onsite"},
	{name: "trap: some remote flexibility says no mode", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Some remote flexibility may be agreed later."}, remote: "unknown"},
}

func TestPartialPhraseCases(t *testing.T) {
	runFieldCases(t, partialPhraseCases)
}
