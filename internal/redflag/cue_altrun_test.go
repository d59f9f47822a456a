package redflag

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/textcue"
)

// altRunTexts are texts that reach the alternatives of the cues with
// alternatives (written for this test), then taskTexts.
func altRunTexts(t *testing.T) []string {
	lead := []string{
		"Your work is reviewed by our senior editor. Code reviews with the team; paired up with a mentor.",
		"Weekly check-ins with your lead and feedback sessions with our designers. You work closely under Ana.",
		"Our product lead will support you. The editor who will review your drafts. A senior designer reviews each draft.",
		"Your main contact is Sam. Our reviewer: Lee. Who meets you weekly? someone who checks in with you.",
		"Send your full name, phone number, home address, date of birth, age, gender and a recent photo of yourself.",
		"Names and numbers; first & last name; d.o.b; passport-size photographs; a selfie with your ID.",
		"Pay a registration fee of $50. Application fee required. No interviews needed; no face-to-face interview is required.",
		"Hiring 300 interns now. We need 100+ ambassadors; looking for hundreds of freelancers; recruiting over 1,000 agents.",
		"the the the a an our your. reviewed by. code review. paired with. agencies. ages 18+. sexy. nationality: any.",
		"",
	}
	return thinTexts(append(lead, taskTexts(t)...), len(lead))
}

// checkAltRuns compares, at every candidate of every cue with alternatives
// in text (in the whole text and in the candidate's sentence), the run at
// the candidate's alternatives (runFor) with the pattern's (cue.run):
// submatches and MatchAt. It returns the candidates compared and those
// whose run was a restricted one.
func checkAltRuns(t *testing.T, text string) (checked, restricted int) {
	t.Helper()
	set := sharedCues()
	v := newView(FieldText, text)
	sc := set.scan(v.s)
	defer sc.release()
	for k, c := range set.cues {
		if c.alts == nil {
			continue
		}
		cands, alts := sc.cands(k)
		for j, p := range cands {
			run := c.runFor(alts[j])
			if run != c.run {
				restricted++
			}
			x, y := v.sentence(p, p)
			for _, w := range [][2]int{{0, len(v.s)}, {x, y}} {
				if p < w[0] || p >= w[1] {
					continue
				}
				end := c.run.End(v.s, p, w[1])
				got, want := run.At(v.s, p, w[0], end), c.run.At(v.s, p, w[0], end)
				if !slices.Equal(got, want) {
					t.Fatalf("%v at %d of %q (window %v, alternatives %b): %v, whole pattern %v", c.re, p, v.s, w, alts[j], got, want)
				}
				if got, want := run.MatchAt(v.s, p, w[0], end), c.run.MatchAt(v.s, p, w[0], end); got != want {
					t.Fatalf("%v at %d of %q: MatchAt %v, whole pattern %v", c.re, p, v.s, got, want)
				}
				checked++
			}
		}
	}
	return checked, restricted
}

// TestAltRunsSame: at every candidate of the test texts, a cue's run at
// the alternatives its prefixes allow finds what the whole pattern finds;
// most candidates take a restricted run.
func TestAltRunsSame(t *testing.T) {
	checked, restricted := 0, 0
	for _, s := range altRunTexts(t) {
		c, r := checkAltRuns(t, s)
		checked, restricted = checked+c, restricted+r
	}
	t.Logf("%d runs compared, %d candidates on a restricted run", checked, restricted)
	if restricted == 0 {
		t.Fatal("no candidate took a restricted run")
	}
}

// TestAltRunsDropAlternative: the comparison fails when a run leaves out
// an alternative that matches (so it cannot pass by comparing nothing),
// and a restricted run's submatches are numbered as the pattern's.
func TestAltRunsDropAlternative(t *testing.T) {
	c := cueOf(reSupervisorMore)
	if c == nil || len(c.alts) < 2 {
		t.Fatal("reSupervisorMore has no cue with alternatives")
	}
	s := "our product lead will support you."
	full := c.run.At(s, 0, 0, len(s))
	if full == nil {
		t.Fatalf("reSupervisorMore does not match %q", s)
	}
	all := ^uint64(0) >> (64 - len(c.alts))
	hit := -1
	for i := range c.alts {
		one := c.restrictedRun(1 << i)
		if m := one.At(s, 0, 0, len(s)); m != nil {
			if !slices.Equal(m, full) {
				t.Fatalf("alternative %d alone: %v, whole pattern %v", i, m, full)
			}
			hit = i
			break
		}
	}
	if hit < 0 {
		t.Fatal("no single alternative matches alone")
	}
	if m := c.restrictedRun(all&^(1<<hit)).At(s, 0, 0, len(s)); slices.Equal(m, full) {
		t.Fatalf("without alternative %d the run still gives %v: dropping it is not seen", hit, m)
	}
}

// TestAltRunsSmaller: the restricted runs of reSupervisorMore at any one
// alternative fit the regexp package's backtracking matcher (the pattern
// does not), which is what they are for.
func TestAltRunsSmaller(t *testing.T) {
	c := cueOf(reSupervisorMore)
	if !textcue.CostlyRun(c.re.String()) {
		t.Fatal("reSupervisorMore runs on the backtracker whole: the test shows nothing")
	}
	for i := range c.alts {
		expr, _, ok := c.restrictedExpr(1 << i)
		if !ok {
			t.Fatalf("alternative %d: no restricted pattern", i)
		}
		if textcue.CostlyRun(expr) {
			t.Errorf("alternative %d alone still takes the NFA: %s", i, expr)
		}
	}
}

// FuzzAltRuns: on any text, the restricted runs find what the patterns
// find at every candidate.
func FuzzAltRuns(f *testing.F) {
	f.Add("Reviewed by our docs lead! Paired with a senior engineer. The team lead will mentor you.")
	f.Add("Send your name, age and photo. Names & phone numbers; DOB; a selfie.")
	f.Add("Hiring 300 interns; we need 100+ people. No interviews required; a $50 application fee.")
	f.Fuzz(func(t *testing.T, text string) {
		checkAltRuns(t, text)
	})
}
