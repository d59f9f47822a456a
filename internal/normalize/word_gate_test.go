package normalize

import (
	"strconv"
	"strings"
	"testing"
)

// TestWordGateKeys pins the keys gates take from their words.
func TestWordGateKeys(t *testing.T) {
	for _, c := range []struct {
		word string
		fold bool
		want string
	}{
		{"Duration of", false, "duration of"},
		{" in sede", false, "in sede"},
		{"сум", false, "сум"},   // as written: other bytes kept
		{"SO'M", false, "so'm"}, // ASCII letters lower-cased
		{"сум", true, ""},       // no ASCII run: no key
		{"télétravail", true, "travail"},
		{"no ", false, ""}, // too short
		{"mana saja", true, "mana saja"},
	} {
		if got := gateKey(c.word, c.fold); got != c.want {
			t.Errorf("gateKey(%q, %v) = %q, want %q", c.word, c.fold, got, c.want)
		}
	}
}

// TestWordGateNeverWrong: where a gate says a text may not hold its words,
// the readers' own tests find none of them, on the agreement cases, the
// fast paths' texts and the words themselves in other cases and inside
// other text.
func TestWordGateNeverWrong(t *testing.T) {
	words := []string{"Duration of", "length of", "сум", "so'm", "SO'M", "presencial", "in ufficio", "télétravail", "requir", "KERJA"}
	exact, fold := newExactGate(words...), newFoldGate(words...)
	texts := keyTexts(t)
	for _, w := range words {
		texts = append(texts, w, "x"+w+"y", "The "+upperASCII(w)+" ends.", "…"+w)
	}
	texts = append(texts, "TÉLÉTRAVAIL", "Kelvin \u212aerja", "requ\u017fir")
	for _, s := range texts {
		for _, w := range words {
			if !exact.may(s) && (containsFold(s, w) || containsAnyKey(s, []string{w})) {
				t.Errorf("exact gate: %q may not hold %q, but it does", s, w)
			}
			if !fold.may(s) && hasFold(s, lowerASCII(w)) {
				t.Errorf("fold gate: %q may not hold %q, but it does", s, w)
			}
		}
	}
}

// TestPackageWordGates: the package's gates have keys, and where one says
// a text may not hold its words, the text holds none of them (as its
// reader looks for them), on the agreement cases and the fast paths' texts.
func TestPackageWordGates(t *testing.T) {
	keyOnce.Do(shareKeys)
	gates := map[string]*wordGate{"uzSumGate": uzSumGate, "amLatinWords": amLatinWords, "needWords": needWords,
		"denyStatusGate": denyStatusGate, "romanceOfficeWords": romanceOfficeWords, "assignmentLabelWords": assignmentLabelWords,
		"splitScheduleGate": splitScheduleGate, "partialShareGate": partialShareGate, "someOfGate": someOfGate,
		"studentWordGate": studentWordGate, "projectWordGate": projectWordGate, "fitRemoteWords": fitRemoteWords}
	for i, g := range worldPhraseGates {
		if g != nil {
			gates["worldPhraseGates["+strconv.Itoa(i)+"]"] = g
		}
	}
	texts := keyTexts(t)
	for name, g := range gates {
		if g.keys == nil || g.keys.rank == nil {
			t.Errorf("%s: no shared keys", name)
			continue
		}
		for _, w := range g.words {
			texts = append(texts, w, "A "+upperASCII(w)+" b")
		}
	}
	for name, g := range gates {
		for _, s := range texts {
			if g.may(s) {
				continue
			}
			for _, w := range g.words {
				if (g.fold && hasFold(s, lowerASCII(w))) || (!g.fold && (strings.Contains(s, w) || containsFold(s, lowerASCII(w)))) {
					t.Errorf("%s: %q may not hold %q, but it does", name, s, w)
				}
			}
		}
	}
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerByte(c)
	}
	return string(b)
}
