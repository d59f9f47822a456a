package normalize

import (
	"strings"
	"testing"
)

// tokenWordTexts are the dictionary's own words and aliases in three
// cases, the skills cases, the fixtures' texts (when present) and a few
// with runes past ASCII.
func tokenWordTexts(t *testing.T) []string {
	var out []string
	for w := range skills.words {
		out = append(out, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for a := range skills.fold {
		out = append(out, a, strings.ToUpper(a))
	}
	for a := range skills.exact {
		out = append(out, a)
	}
	out = append(out, skillCases...)
	out = append(out, fixtureTextsOrNone(t)...)
	return append(out, "Éxcel PYTHON Straße node.JS C++ c# R&D .NET \u212aubernetes go\nlang")
}

// TestTokenWordSame: for every token of tokenWordTexts, tokenWord gives
// what d.word gives on appendLowerKey's lower case, and leaves that lower
// case in its buffer whenever it found the word.
func TestTokenWordSame(t *testing.T) {
	found := 0
	for _, s := range tokenWordTexts(t) {
		for _, tk := range tokenize(s) {
			w := s[tk.start:tk.end]
			want := appendLowerKey(nil, w)
			info, low := skills.tokenWord(w, nil)
			if info != skills.word(want) {
				t.Fatalf("tokenWord(%q) = %+v, word %+v", w, info, skills.word(want))
			}
			if info != (wordInfo{}) {
				found++
				if string(low) != string(want) {
					t.Fatalf("tokenWord(%q) left %q, want %q", w, low, want)
				}
			}
		}
	}
	if found < len(skills.words) {
		t.Fatalf("only %d tokens found of %d words", found, len(skills.words))
	}
}

// FuzzTokenWord: on any token, tokenWord gives d.word's answer.
func FuzzTokenWord(f *testing.F) {
	for _, s := range []string{"python", "PYTHON", "Éxcel", "node.js", "c++", "\u212a8s", "go"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if info, _ := skills.tokenWord(s, nil); info != skills.word(appendLowerKey(nil, s)) {
			t.Fatalf("tokenWord(%q) = %+v, word %+v", s, info, skills.word(appendLowerKey(nil, s)))
		}
	})
}
