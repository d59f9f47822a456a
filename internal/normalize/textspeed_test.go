package normalize

import (
	"strings"
	"testing"
)

// textStepTexts are texts for Text's white space and sentence steps.
func textStepTexts() []string {
	out := []string{"as assigned.Adhere to it", "ab.Cd.Ef.Gh", "é.Éé a).Bc x\".Yz x'.Yz x’.Yz x”.Yz", "a.Bc ab.C ab.CD ab.",
		"ab!Cd ab?Cd ab;Cd ab:Cd ab,Cd", "ab.Cdé.Fg", "ab.\u00c9t\u00e9", "x\xffab.Cd\xff", "ab..Cd", "ab.Cd.Ef", ".Ab", "a.Bc",
		"a  b", "a \u00a0 b", "a\tb", "a b ", " a", "a\u2003\u2003b", "a \xc2", "a \xe2\x80"}
	out = append(out, fastTexts()...)
	return out
}

// TestTextStepsLikeRegexps: unglue's punctuation-led scan and
// foldSpaces's shortcut for a lone space give what the regexps give.
func TestTextStepsLikeRegexps(t *testing.T) {
	texts := textStepTexts()
	for _, s := range texts {
		checkTextSteps(t, s)
	}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			checkTextSteps(t, c.Text)
		}
	}
}

func checkTextSteps(t *testing.T, s string) {
	t.Helper()
	if got, want := unglue(s), glued.ReplaceAllString(s, "$1$2 $3"); got != want {
		t.Errorf("unglue(%q) = %q, want %q", s, got, want)
	}
	if got, want := unglueRunes(s), glued.ReplaceAllString(s, "$1$2 $3"); got != want {
		t.Errorf("unglueRunes(%q) = %q, want %q", s, got, want)
	}
	if got, want := foldSpaces(s), spaces.ReplaceAllString(s, " "); got != want {
		t.Errorf("foldSpaces(%q) = %q, want %q", s, got, want)
	}
}

// FuzzTextSteps: on any text.
func FuzzTextSteps(f *testing.F) {
	for _, s := range textStepTexts() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTextSteps(t, s)
		checkTextSteps(t, strings.ToValidUTF8(s, "\uFFFD"))
		if got, want := TitleKey(s), titleKeyRegexps(s); got != want {
			t.Errorf("TitleKey(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkUnglue(b *testing.B) {
	text := strings.Repeat(benchText+" Done.Next one; x.Yz ", 2)
	b.Run("punctuation", func(b *testing.B) {
		for b.Loop() {
			unglue(text)
		}
	})
	b.Run("runes", func(b *testing.B) {
		for b.Loop() {
			unglueRunes(text)
		}
	})
}

// TestTitleKeyLikeRegexps: TitleKey, which skips a regexp on a title
// without the character its matches need, gives what running them all
// gives.
func TestTitleKeyLikeRegexps(t *testing.T) {
	titles := []string{"Data Analyst (m/w/d) - Remote", "Engineer [Remote, US]", "Designer – Europe", "Writer — EMEA", "A | UK",
		"Barista, USA", "Intern (2026)", "Analyst m/f", "Nurse (f/m/x)", "Dev (Remote)", "Plain Title", "", "x/y", "(", "-us"}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			titles = append(titles, c.Title)
		}
	}
	titles = append(titles, fastTexts()...)
	for _, s := range titles {
		if got, want := TitleKey(s), titleKeyRegexps(s); got != want {
			t.Errorf("TitleKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// titleKeyRegexps is TitleKey with every regexp run: what it must return.
func titleKeyRegexps(title string) string {
	t := genderMark.ReplaceAllString(title, " ")
	t = titleNoise.ReplaceAllString(t, " ")
	t = titleTail.ReplaceAllString(t, "")
	return strings.Join(keyWords(t), " ")
}
