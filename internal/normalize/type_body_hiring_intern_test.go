package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestHiringInternBody pins the "we hire an intern" sentence frame; the
// sentences are written for this test.
func TestHiringInternBody(t *testing.T) {
	cases := []struct {
		text string
		want model.JobType
	}{
		{"Our studio is hiring a design intern for the autumn.", model.TypeInternship},
		{"We're looking for two data interns to join the analytics group.", model.TypeInternship},
		{"The lab is seeking an intern.", model.TypeInternship},
		// a possessive among the words before the noun
		{"The museum is hiring a curator's office intern in Leeds.", model.TypeInternship},
		{"We're looking for a children’s books intern this spring.", model.TypeInternship},
		// still too far with a possessive in the way
		{"We are seeking a senior designer whose team's work includes guiding an intern.", model.TypeUnknown},
		// too far between the article and the noun: the intern is not the hire
		{"We are seeking a senior platform engineer who will mentor an intern.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType("", "", c.text); got != c.want {
			t.Errorf("ParseType(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// the frame itself leaves a role that runs interns to the readers after
	if hiringInternCue.MatchString(hiringInternCue{}, "We are hiring an intern program coordinator.") {
		t.Error("hiringInternCue read an intern program coordinator as an intern")
	}
}

// TestOpeningHoursWords pins a description whose first words are the
// hours; made-up sentences.
func TestOpeningHoursWords(t *testing.T) {
	cases := []struct {
		text string
		want model.JobType
	}{
		{"Full-time graduate scheme with rotations across three teams.", model.TypeFullTime},
		{"Part time, weekday mornings at the front desk.", model.TypePartTime},
		{"Full-time or part-time hours can be arranged.", model.TypeUnknown},
		{"Full-time MBA preferred. You will own pricing.", model.TypeUnknown},
		{"Full-time staff get a benefits package. Help us ship.", model.TypeUnknown},
		{"Fulltimers wanted", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := openingHoursType(c.text); got != c.want {
			t.Errorf("openingHoursType(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
