package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestHybridNoteComma(t *testing.T) {
	cases := []postingModeCase{
		{"Raleigh NC (Hybrid), posted by an agency. Salary to be agreed.", model.Posting{Title: "Analyst", DescriptionText: "Raleigh NC (Hybrid), posted by an agency. Salary to be agreed."}, model.RemoteHybrid},
		{"Leeds (Hybrid), reporting to the finance lead.", model.Posting{Title: "Analyst", DescriptionText: "Leeds (Hybrid), reporting to the finance lead."}, model.RemoteHybrid},
		{"Porto Alegre (hybrid), 3 days at the office each week.", model.Posting{Title: "Analyst", DescriptionText: "Porto Alegre (hybrid), 3 days at the office each week."}, model.RemoteHybrid},
		// traps: a list of places, a note deep in a sentence, a long opening
		{"Our tooling supports cloud builds (hybrid), with local caches.", model.Posting{Title: "Analyst", DescriptionText: "Our tooling supports cloud builds (hybrid), with local caches."}, model.RemoteUnknown},
		{"We are a fast growing team building a platform for clinics (Hybrid), and more.", model.Posting{Title: "Analyst", DescriptionText: "We are a fast growing team building a platform for clinics (Hybrid), and more."}, model.RemoteUnknown},
		{"Hybrid Cloud (Hybrid), infrastructure team.", model.Posting{Title: "Analyst", DescriptionText: "Hybrid Cloud (Hybrid), infrastructure team."}, model.RemoteHybrid},
	}
	runPostingModeCases(t, cases)
}

func TestHybridNoteCommaAtTraps(t *testing.T) {
	for _, text := range []string{
		"Bandung (Hybrid), Jakarta (On-site) and Surabaya offices are hiring.",
		"Our tooling supports cloud builds (hybrid), with local caches.",
		"We are a fast growing team building a platform for clinics (Hybrid), and more.",
		"Raleigh NC (Hybrid). Salary to be agreed.", // hybridNote's own case
		"Leeds (Hybrid)",
	} {
		if loc := hybridNoteCommaAt(text); loc != nil {
			t.Errorf("hybridNoteCommaAt(%q) = %q, want nil", text, text[loc[0]:loc[1]])
		}
	}
	if loc := hybridNoteCommaAt("Leeds (Hybrid), reporting to the finance lead."); loc == nil {
		t.Errorf("hybridNoteCommaAt missed the opening note")
	}
}
