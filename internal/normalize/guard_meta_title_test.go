package normalize

import (
	"strings"
	"testing"
)

// normspeed10MetaTexts are texts for hasMetaSep: the key regexps' texts
// (agreement cases' titles and descriptions among them), their lines, and
// separators alone, beside white space, in broken UTF-8 and among other
// dots and bars.
func normspeed10MetaTexts(t *testing.T) []string {
	out := []string{"", "·", "•", "|", " · ", "\t|\n", "a·b", "Acme · Lagos, Nigeria · Remote", "US REMOTE | Full-time",
		"Hybrid | London", "Full-time • 3 weeks ago • 47 applicants", "\xc2", "\xc2\xb7", "\xb7", "\xe2\x80", "\xe2\x80\xa2",
		"\xe2\x80\xa3", "\u2027", "\u22c5", "\u2219", "\u00a6", "\uff5c", "a ‧ b", "x\u0387y", "∣", "ǀ", "a \xff· b", "¦|¦"}
	for _, s := range append(normspeed7Texts(t), keyTexts(t)...) {
		out = append(out, s)
		for line := range strings.Lines(s) {
			out = append(out, line, strings.TrimSpace(line))
		}
	}
	return out
}

// TestNormspeed10MetaSep: hasMetaSep answers as metaSep.MatchString on
// every text, and the texts hold separators and lines without them.
func TestNormspeed10MetaSep(t *testing.T) {
	with, without := 0, 0
	for _, s := range normspeed10MetaTexts(t) {
		got, want := hasMetaSep(s), metaSep.MatchString(s)
		if got != want {
			t.Fatalf("hasMetaSep(%q) = %v, metaSep.MatchString %v", s, got, want)
		}
		if want {
			with++
		} else {
			without++
		}
	}
	if with < 50 || without < 50 {
		t.Fatalf("texts with a separator %d, without %d: too few to compare", with, without)
	}
}

func FuzzNormspeed10MetaSep(f *testing.F) {
	for _, s := range []string{"", "a · b", "x|y", "•", "\xc2\xb7", "\xc2", "plain line"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasMetaSep(s), metaSep.MatchString(s); got != want {
			t.Fatalf("hasMetaSep(%q) = %v, metaSep.MatchString %v", s, got, want)
		}
	})
}

// checkTitlePlace checks that the guard skips s only where titlePlace has
// no match and that TitlePlace answers as without the guard; it reports
// whether the guard skipped s.
func checkTitlePlace(t *testing.T, s string) bool {
	t.Helper()
	skip := titlePlaceSkips(s)
	if skip && titlePlace.MatchString(s) {
		t.Fatalf("titlePlaceGuard skips %q, which titlePlace matches", s)
	}
	got := TitlePlace(s)
	reference = true // the guard never skips
	want := TitlePlace(s)
	reference = false
	if got != want {
		t.Fatalf("TitlePlace(%q) = %q, without the guard %q", s, got, want)
	}
	return skip
}

// TestNormspeed10TitlePlaceGuard: the guard never skips a title
// titlePlace matches, on the agreement cases' titles and texts, titles
// written for it (case, ſ and the Kelvin sign, which fold to s and k) and
// matches spelled from every alternative of the regexp itself, so an
// alternative added to titlePlace without its word in the guard fails
// here; it skips most titles.
func TestNormspeed10TitlePlaceGuard(t *testing.T) {
	texts := append(keyTexts(t), "[Remote-US] Support Engineer", "Customer Support (Work From Home)", "Onsite Technician - Phoenix",
		"Virtual Internship - Marketing", "Research Intern (Virtual)", "Virtual Assistant", "Barista - ON-SITE", "Analyst | in person",
		"Tutor - WFH", "Cajero - Presencial", "Designer - in-office", "( 100% remote, EU )", "Data Analyst", "Tutor - WFH\u212a",
		"Analyst - on\u017fite", "Analyst - work from home", "Analyst /\tvirtual micro-internships", "Analyst - Virtual\t)", "Analyst - wor\u212a from home")
	texts = append(texts, sampleMatches(t, titlePlace, 400)...)
	skipped, matched := 0, 0
	for _, s := range texts {
		if checkTitlePlace(t, s) {
			skipped++
		}
		if titlePlace.MatchString(s) {
			matched++
		}
	}
	if matched < 100 || skipped < len(texts)/3 {
		t.Fatalf("%d texts: %d matched, %d skipped", len(texts), matched, skipped)
	}
}

func FuzzNormspeed10TitlePlaceGuard(f *testing.F) {
	for _, s := range []string{"Data Analyst", "[Remote] Dev", "Tutor - WFH", "Intern (Virtual)", "Barista - on site", "on\u017fite - x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTitlePlace(t, s) })
}
