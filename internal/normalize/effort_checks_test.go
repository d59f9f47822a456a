package normalize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// normspeed7Listing writes a generated description: sentences about the
// work, its hours, duration, pay and place, in varied case and spacing,
// with words that start like the units and the runes that fold to ASCII
// letters now and then.
func normspeed7Listing(rng *rand.Rand) string {
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	var b strings.Builder
	for range 4 + rng.IntN(14) {
		b.WriteString(pick(
			"We are a small team that builds tools for clinics. ",
			"Starting in week three you will clean up the survey data. ",
			"In the final week you will present it to the board. ",
			"Each week we meet with the whole team. ",
			"The last month of the year is quiet. ",
			"Fixed fee of $325 on delivery; expect roughly 13 hours. ",
			"A stipend of $650 for the whole project (about 12 hours). ",
			"This is a 10-week paid fellowship. ",
			"You will work 15-20 hours/week for 3 months. ",
			"about 15 hours a week, for 2-4 weeks. ",
			"Commitment: ten hours per week over six weeks. ",
			"Duration: 1 month. ", "A 40-hour workweek. ", "no more than 25 hours a week. ",
			"We reply within 48 hours. ", "Notice period: 2 weeks. ", "3+ years of experience. ",
			"Work from home 2 days a week; in the office on Tuesdays. ",
			"This role is fully remote; work from anywhere in the U.S. ",
			"You will sit with Ana in our New York office; this is not a remote role. ",
			"Hybrid (3 days) in Berlin. ", "Location: Remote (EU). ", "Must be on-site five days a week. ",
			"Workplace type: Hybrid\n", "Remote - US\n", "Applicants must be based in Canada. ",
			"Our office hours are 9 to 5. ", "With a few days' notice. ", "Twelve hrs, one or two weeks. ",
			"a couple of months", "a few Days", "2.5 MOS", "h2o hourly dayton mo. ", "1000hrs ",
			"Ask about our week-long onboarding. ", "each day", "~5h/day ", "± 3 wks.",
			"\u212a hours \u017f ", "ſix weeks ", "é ", "\n", "- ",
		))
	}
	return b.String()
}

// normspeed7Texts are texts for the differential tests: the effort
// readers' texts, the texts of every posting of the package's tables and
// testdata (as listingEffort joins them), and generated descriptions.
func normspeed7Texts(t *testing.T) []string {
	out := effortTexts()
	ps, _ := equivalencePostings(t)
	step, generated := 1, 3000
	if testing.Short() || raceEnabled {
		// The race detector slows the plain regexps tenfold and these
		// tests are single-goroutine: a third of the postings, a fifth of
		// the generated texts (make test runs -race; go test runs all).
		step, generated = 3, 600
	}
	for i := 0; i < len(ps); i += step {
		l := baseListing(&ps[i], deadlineNow)
		out = append(out, l.Text, l.PayText+"\n"+l.Title+"\n"+l.Text)
	}
	rng := rand.New(rand.NewPCG(15, 7))
	for range generated {
		out = append(out, normspeed7Listing(rng))
	}
	return out
}

// normspeed7EffortSearches are the effort readers' window searches, with
// their literal checks.
var normspeed7EffortSearches = []struct {
	name      string
	re        *cueRegexp
	durs      bool
	back, fwd int
	may       func(string) bool
}{
	{"weekly", reWeekly, false, 80, 40, mayWeekly},
	{"hour week", reHourWeek, false, 80, 40, mayHourWeek},
	{"total", reTotal, false, 80, 10, mayTotal},
	{"duration", reDuration, true, 80, 10, mayDuration},
}

// checkEffortWindows checks that the searches with their literal checks
// find what findAllIn finds on s, and counts the windows skipped and the
// matches.
func checkEffortWindows(t *testing.T, s string) (skipped, matches int) {
	t.Helper()
	hours, durs := effortWords(s)
	for _, c := range normspeed7EffortSearches {
		trig := hours
		if c.durs {
			trig = durs
		}
		got := findAllInIf(s, c.re, trig, c.back, c.fwd, c.may)
		if want := findAllIn(s, c.re, trig, c.back, c.fwd); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s in %q: %v, findAllIn %v", c.name, s, got, want)
		}
		for _, w := range windows(s, trig, c.back, c.fwd) {
			if skipWindow(s[w[0]:w[1]], c.may) {
				skipped++
			}
		}
		matches += len(got)
	}
	return skipped, matches
}

// TestNormspeed7EffortWindows: the literal checks skip only windows with
// no match, on every text; they skip many and the texts hold many matches.
func TestNormspeed7EffortWindows(t *testing.T) {
	skipped, matches := 0, 0
	for _, s := range normspeed7Texts(t) {
		k, m := checkEffortWindows(t, s)
		skipped, matches = skipped+k, matches+m
	}
	if skipped < 1000 || matches < 1000 {
		t.Fatalf("%d windows skipped, %d matches: the texts do not exercise the checks", skipped, matches)
	}
}

// TestNormspeed7ParseEffort: ParseEffort gives the reference result (plain
// regexps, no skipped windows) on every text.
func TestNormspeed7ParseEffort(t *testing.T) {
	texts := normspeed7Texts(t)
	got := make([]Effort, len(texts))
	for i, s := range texts {
		got[i] = ParseEffort(s)
	}
	reference = true
	defer func() { reference = false }()
	for i, s := range texts {
		if want := ParseEffort(s); !reflect.DeepEqual(got[i], want) {
			t.Fatalf("ParseEffort(%q) = %s, reference %s", s, effortString(got[i]), effortString(want))
		}
	}
}

// TestNormspeed7MayChecks: each check finds its regexp's place in a match
// and rules out windows that only look alike.
func TestNormspeed7MayChecks(t *testing.T) {
	for _, c := range []struct {
		may  func(string) bool
		text string
		want bool
	}{
		{mayTotal, "about 15 hours", true}, {mayTotal, "a couple of hrs", true}, {mayTotal, "10 + - h", true},
		{mayTotal, "with each hour", false}, {mayTotal, "the hours", false}, {mayTotal, "5th", false},
		{mayWeekly, "15 hours/week", true}, {mayWeekly, "10 hrs. per wk", true}, {mayWeekly, "ten H daily", true},
		{mayWeekly, "20 hours of work", false}, {mayWeekly, "twelve hours", false},
		{mayHourWeek, "a 40-hour workweek", true}, {mayHourWeek, "40 HOURS -  work  week", true},
		{mayHourWeek, "40 hour shifts a week", false}, {mayHourWeek, "the hour week", false},
		{mayDuration, "2-4 weeks", true}, {mayDuration, "a few Days", true}, {mayDuration, "3+yrs", true},
		{mayDuration, "six MOnths", true}, {mayDuration, "the final week", false}, {mayDuration, "each day", false},
		{mayDuration, "more money", false},
	} {
		if got := c.may(c.text); got != c.want {
			t.Errorf("check on %q = %v, want %v", c.text, got, c.want)
		}
		if !c.want && !skipWindow(c.text, c.may) {
			t.Errorf("window %q not skipped", c.text)
		}
	}
	if skipWindow("the final \u017fix", mayDuration) {
		t.Error("a window with ſ skipped")
	}
}

// FuzzNormspeed7Effort: on any text the literal checks skip only windows
// with no match, and ParseEffort gives the reference result.
func FuzzNormspeed7Effort(f *testing.F) {
	rng := rand.New(rand.NewPCG(3, 9))
	for range 40 {
		f.Add(normspeed7Listing(rng))
	}
	for _, s := range effortTexts()[:40] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEffortWindows(t, s)
		got := ParseEffort(s)
		reference = true
		want := ParseEffort(s)
		reference = false
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ParseEffort(%q) = %s, reference %s", s, effortString(got), effortString(want))
		}
	})
}
