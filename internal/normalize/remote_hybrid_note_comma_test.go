package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestHybridNoteComma(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"Raleigh NC (Hybrid), posted by an agency. Salary to be agreed.", model.RemoteHybrid},
		{"Leeds (Hybrid), reporting to the finance lead.", model.RemoteHybrid},
		{"Porto Alegre (hybrid), 3 days at the office each week.", model.RemoteHybrid},
		// traps: a list of places, a note deep in a sentence, a long opening
		{"Our tooling supports cloud builds (hybrid), with local caches.", model.RemoteUnknown},
		{"We are a fast growing team building a platform for clinics (Hybrid), and more.", model.RemoteUnknown},
		{"Hybrid Cloud (Hybrid), infrastructure team.", model.RemoteHybrid},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Analyst", DescriptionText: c.text}, testOpts)
		if l.Remote != c.want {
			t.Errorf("Normalize(text %q).Remote = %q (%s), want %q", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
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
