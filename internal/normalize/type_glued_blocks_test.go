package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestGluedBlockType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"label and value glued", "Stock Controller", "Pay bandOtherContract lengthOngoingWorking patternPart-timeReference numberQ-771", model.TypePartTime},
		{"value glued to next label", "Data Modeller", "Title: Data ModellerType: PermanentLocation: Swindon (two days a week in office)", model.TypeFullTime},
		{"job type glued", "QA Lead", "About us and the team.Job Type: PermanentWork Model: HybridOffice: Exeter", model.TypeFullTime},
		{"heading glued to permanent full time", "Baker", "Artisan Baker - Early ShiftsPermanent, Full Time£23,900 a year plus tips", model.TypeFullTime},
		{"contract label with full-time value", "Surveyor", "Contract: Full-Time, PermanentStart: as soon as possible", model.TypeFullTime},
		{"glued fixed term", "Archivist", "Records teamFixed term contract (9 months)Hours: 37 per week", model.TypeContract},
		// traps: glue with no type word, camel-case names, a word that only looks like a label
		{"camel names only", "Web Developer", "We build with JavaScript and TypeScript on the PowerBI platform for McDonald clients.", model.TypeUnknown},
		{"no glue", "Analyst", "Join a friendly team in Exeter. Apply by Friday.", model.TypeUnknown},
		{"glued words without a type value", "Designer", "Our StudioWork with clientsTeam of nine", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}

func TestUnglueBlocks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"patternFull-time", "pattern\nFull-time"},
		{"Full-timeReference", "Full-time\nReference"},
		{"plain text, nothing glued", "plain text, nothing glued"},
		{"aB", "a\nB"},
		{"", ""},
	} {
		if got := unglueBlocks(c.in); got != c.want {
			t.Errorf("unglueBlocks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"patternFull-time", true}, {"PermanentLocation", true}, {"JavaScript", false}, {"no capitals here", false}, {"Full-time", false},
	} {
		if got := hasTypeGlue(c.in); got != c.want {
			t.Errorf("hasTypeGlue(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
