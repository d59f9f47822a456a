package normalize

import (
	"reflect"
	"strings"
	"testing"
)

// normspeed7Guarded are the guarded plain regexps.
var normspeed7Guarded = map[string]*guardedRe{
	"foreignHybridMore": foreignHybridMore, "workHybrid": workHybrid, "foreignRemoteMore": foreignRemoteMore,
	"foreignOnsiteMore": foreignOnsiteMore, "leadHybrid": leadHybrid,
}

// normspeed7GuardTexts are the differential tests' texts and the guarded
// regexps' wording in varied case, each alone and in a long description
// (the guards look at long texts only).
func normspeed7GuardTexts(t *testing.T) []string {
	// keyTexts' outside cases thinned under -race (normspeed7Texts thins itself)
	return guardTexts(t, thinTexts(keyTexts(t), 7))
}

// guardTexts is normspeed7GuardTexts with the outside cases keys.
func guardTexts(t *testing.T, keys []string) []string {
	out := append(normspeed7Texts(t), keys...)
	filler := strings.Repeat("We build dashboards for clinics with a small team. ", 12)
	for _, s := range []string{"Reines Homeoffice", "vollständiges Home-Office", "Regime home office", "Modalidade: 100 % homeoffice",
		"làm việc từ xa", "LÀM VIỆC TỪ XA", "Làm Việc Từ Xa", "Travail sur site", "SUR SITE", "Präsenz / Vor Ort", "vor-ort",
		"làm việc tại văn phòng", "TẠI VĂN PHÒNG", "Atuação presencial", "PRESENCIAL", "regime misto", "Modelo  Misto",
		"We work hybrid 3 days/week", "WORKING\tHYBRID", "hiring in Canada.", "We are hiring candidates based in Germany, Austria or Switzerland.",
		"open to applicants from the EU only", "accepting applications throughout the following countries: US, CA.",
		"Hybrid (London)", "\n  HYBRID - Berlin", "hybrid", "Hybrid in Paris", "\u017fur \u017fite", "REINE\u017f Homeoffice", "work\u017f hybrid", "h\u00edbrido"} {
		out = append(out, s, filler+s, s+"\n"+filler, strings.ToUpper(filler)+s)
	}
	return out
}

// checkGuarded checks that the guard of g skips s only when its regexp
// has no match there (every method of g then returns no match) and that g
// finds its regexp's matches; it reports whether the guard skipped s.
func checkGuarded(t *testing.T, name string, g *guardedRe, s string) bool {
	t.Helper()
	skip := g.skips(s)
	if skip && g.Regexp.MatchString(s) {
		t.Fatalf("%s: guard skips %q, which has a match", name, s)
	}
	if got, want := g.FindAllStringSubmatchIndex(s, -1), g.Regexp.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: %v, regexp %v", name, s, got, want)
	}
	return skip
}

// TestNormspeed7Guards: each guarded regexp finds what its regexp finds
// on every text; the guards skip many texts, and the texts hold matches
// of each regexp.
func TestNormspeed7Guards(t *testing.T) {
	texts := normspeed7GuardTexts(t)
	for name, g := range normspeed7Guarded {
		skipped, matched := 0, 0
		for _, s := range texts {
			if checkGuarded(t, name, g, s) {
				skipped++
			}
			if g.Regexp.MatchString(s) && len(s) >= minGuardedText {
				matched++
			}
		}
		if skipped < 100 || matched < 2 {
			t.Errorf("%s: %d long texts with a match, %d skipped: the texts do not exercise the guard", name, matched, skipped)
		}
	}
}

// FuzzNormspeed7Guards: on any text (alone and in a long one) each
// guarded regexp and hiringIn find what their regexps find.
func FuzzNormspeed7Guards(f *testing.F) {
	for _, s := range []string{"Reines Homeoffice", "làm việc từ xa", "tại văn phòng", "We work hybrid", "hiring in Canada.", "vor Ort"} {
		f.Add(s)
	}
	filler := strings.Repeat("We build dashboards for clinics with a small team. ", 12)
	f.Fuzz(func(t *testing.T, s string) {
		for name, g := range normspeed7Guarded {
			checkGuarded(t, name, g, s)
			checkGuarded(t, name, g, filler+s)
		}
		for _, x := range []string{s, filler + s} {
			if got, want := hiringIn.FindAllStringSubmatch(x, -1), hiringIn.plain().FindAllStringSubmatch(x, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("hiringIn on %q: %q, regexp %q", x, got, want)
			}
		}
	})
}

// TestNormspeed7HiringIn: hiringIn, now a cue regexp, finds what its plain
// regexp finds on every text.
func TestNormspeed7HiringIn(t *testing.T) {
	found := 0
	for _, s := range guardTexts(t, keyTexts(t)) { // all the outside cases: few hold a match
		got, want := hiringIn.FindAllStringSubmatch(s, -1), hiringIn.plain().FindAllStringSubmatch(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("hiringIn on %q: %q, regexp %q", s, got, want)
		}
		found += len(got)
	}
	if found < 50 {
		t.Fatalf("only %d matches: the texts do not exercise hiringIn", found)
	}
}

// normspeed7HandGuarded are the cue regexps with hand guards.
var normspeed7HandGuarded = map[string]*cueRegexp{"strongOnsite": strongOnsite, "bodyRemote": bodyRemote}

// checkHandGuard checks that c's guard skips s only when its regexp has
// no match there, and that c finds its regexp's matches; it reports
// whether the guard skipped s.
func checkHandGuard(t *testing.T, name string, c *cueRegexp, s string) bool {
	t.Helper()
	skip := c.load().guard.skips(s)
	if skip && c.plain().MatchString(s) {
		t.Fatalf("%s: guard skips %q, which has a match", name, s)
	}
	if got, want := c.FindAllStringIndex(s, -1), c.plain().FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: %v, regexp %v", name, s, got, want)
	}
	return skip
}

// TestNormspeed7HandGuards: the hand guards skip only texts with no match
// of their regexps, many of them; the texts hold matches of each.
func TestNormspeed7HandGuards(t *testing.T) {
	texts := normspeed7GuardTexts(t)
	filler := strings.Repeat("We build dashboards for clinics with a small team. ", 12)
	for _, s := range []string{"This role is ON-SITE in Austin", "must work from our NYC office 5 days a week", "we are 100% onsite",
		"this position is not remote", "NO HYBRID OR REMOTE OPTIONS", "can't be done remotely", "Fully WFH", "work-from-home",
		"completely telecommuting", "entirely Telework", "fully virtual", "may be done from anywhere", "remote-first",
		"mu\u017ft be on\u017fite", "fully on\u017fite", "remote-fir\u017ft"} {
		texts = append(texts, filler+s, s)
	}
	for name, c := range normspeed7HandGuarded {
		skipped, matched := 0, 0
		for _, s := range texts {
			if checkHandGuard(t, name, c, s) {
				skipped++
			}
			if len(s) >= minGuardedText && c.plain().MatchString(s) {
				matched++
			}
		}
		if skipped < 100 || matched < 5 {
			t.Errorf("%s: %d long texts with a match, %d skipped: the texts do not exercise the guard", name, matched, skipped)
		}
	}
}

// FuzzNormspeed7HandGuards: on any text (alone and in a long one) the
// hand-guarded cue regexps find what their regexps find.
func FuzzNormspeed7HandGuards(f *testing.F) {
	for _, s := range []string{"This role is ON-SITE", "no remote work", "Fully WFH", "entirely virtual"} {
		f.Add(s)
	}
	filler := strings.Repeat("We build dashboards for clinics with a small team. ", 12)
	f.Fuzz(func(t *testing.T, s string) {
		for name, c := range normspeed7HandGuarded {
			checkHandGuard(t, name, c, s)
			checkHandGuard(t, name, c, filler+s)
		}
	})
}
