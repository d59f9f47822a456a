package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// colonLabelRef is the regexp colonLabelValues stands for (kind k's
// labels, values up to n runes): the reference its table test and fuzz
// target compare with.
func colonLabelRef(k colonLabelKind, n int) *regexp.Regexp {
	var alts []string
	for l, kind := range colonLabels {
		if kind&k != 0 {
			alts = append(alts, strings.ReplaceAll(regexp.QuoteMeta(l), "σ", "[σς]"))
		}
	}
	// Longest first, so a label holding a shorter one is read whole.
	for i := 1; i < len(alts); i++ {
		for j := i; j > 0 && len(alts[j]) > len(alts[j-1]); j-- {
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	return regexp.MustCompile(`(?i)(?:^|[\n|•])[ \t*]*(?:` + strings.Join(alts, "|") + `)[ \t*]*[:：][ \t*]*([^\n|•;]{2,` + strconv.Itoa(n) + `})`)
}

// colonValues are the values colonLabelValues finds, as strings.
func colonValues(text string, k colonLabelKind, n int) []string {
	var out []string
	for _, m := range colonLabelValues(text, k, 8, n) {
		out = append(out, text[m.vStart:m.vEnd])
	}
	return out
}

// refValues are the reference regexp's values.
func refValues(re *regexp.Regexp, text string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(text, 8) {
		out = append(out, m[1])
	}
	return out
}

// TestColonLabelsAsRegexp: every label of both tables, in the ways a
// description writes one, reads as the regexp reads it.
func TestColonLabelsAsRegexp(t *testing.T) {
	for _, k := range []struct {
		kind colonLabelKind
		n    int
	}{{colonTypeLabel, 60}, {colonModeLabel, 48}} {
		re := colonLabelRef(k.kind, k.n)
		for l, kind := range colonLabels {
			if kind&k.kind == 0 {
				continue
			}
			cap := strings.ToUpper(l[:1]) + l[1:]
			if r, n := utf8.DecodeRuneInString(l); r >= utf8.RuneSelf {
				cap = strings.ToUpper(l[:n]) + l[n:]
			}
			for _, text := range []string{
				l + ": Remote",
				"About us\n" + cap + ":  Hybrid\nMore text",
				"**" + strings.ToUpper(l) + "**: Full time; paid",
				"• " + cap + " : Présentiel • Paris",
				"Role | " + l + ":Part time | Other",
				cap + "：远程",
				"\t* " + l + " *: ** Contract, 6 months, with a value longer than sixty characters of text in it\n",
				// Traps: no label opening the line.
				"The " + l + ": Remote",
				l + " Remote",
				cap + ":\n",
			} {
				got, want := colonValues(text, k.kind, k.n), refValues(re, text)
				if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
					t.Errorf("colonLabelValues(%q) = %q, regexp %q", text, got, want)
				}
			}
		}
	}
}

// TestColonLabelReaders: the two readers on whole descriptions, with
// traps (a label inside a sentence, a value naming a city, a colon in a
// link).
func TestColonLabelReaders(t *testing.T) {
	for _, c := range []struct {
		text string
		mode model.Remote
		typ  model.JobType
	}{
		{"Wir suchen Verstärkung.\nArbeitsort: 100% Büro\nVertrag: unbefristet", model.RemoteOnsite, model.TypeUnknown},
		{"Načini rada i plaća\nNačin rada: Rad od kuće\nTip zaposlenja: Praksa", model.RemoteRemote, model.TypeInternship},
		{"Sobre la empresa: https://example.com\nModalidad: Híbrido", model.RemoteHybrid, model.TypeUnknown},
		{"Вид заетост: Граждански договор | Начин на работа: Хибридно", model.RemoteHybrid, model.TypeContract},
		{"Арбеитсорт\nArbeitsort: Berlin", model.RemoteUnknown, model.TypeUnknown},                   // a city is no mode
		{"Our work mode: remote first, always", model.RemoteUnknown, model.TypeUnknown},              // not a line's label
		{"Apply at https://jobs.example.com/work-mode: now", model.RemoteUnknown, model.TypeUnknown}, // a link
		{"Radno vrijeme: 8-16h", model.RemoteUnknown, model.TypeUnknown},                             // hours, no type
		{"", model.RemoteUnknown, model.TypeUnknown},
	} {
		if got, _ := worldModeLabel(c.text); got != c.mode {
			t.Errorf("worldModeLabel(%q) = %q, want %q", c.text, got, c.mode)
		}
		if got := worldLabelValues(c.text); got != c.typ {
			t.Errorf("worldLabelValues(%q) = %q, want %q", c.text, got, c.typ)
		}
	}
}

// FuzzColonLabelValues: values lie within the text, open after a colon
// and hold two to n runes, none a line or field break; a text made of
// one label line reads as the regexp reads it.
func FuzzColonLabelValues(f *testing.F) {
	for _, s := range []string{"Arbeitsort: Remote", "x\n**Modalidad**: Híbrido | y", "勤務形態：出社", "Work mode:", ":::", "a:\n:b", "• Tryb pracy : zdalna • z"} {
		f.Add(s)
	}
	re := colonLabelRef(colonModeLabel, 48)
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range colonLabelValues(s, colonModeLabel|colonTypeLabel, 4, 48) {
			if m.start < 0 || m.start > m.vStart || m.vStart > m.vEnd || m.vEnd > len(s) {
				t.Fatalf("colonLabelValues(%q): bad span %v", s, m)
			}
			v := s[m.vStart:m.vEnd]
			if n := utf8.RuneCountInString(v); n < 2 || n > 48 || strings.ContainsAny(v, "\n|;") || strings.Contains(v, "•") {
				t.Fatalf("colonLabelValues(%q): bad value %q", s, v)
			}
		}
		if utf8.ValidString(s) && !strings.ContainsAny(s, "\n|") && !strings.Contains(s, "•") && len(s) <= colonLabelMax+12 {
			got, want := trimmedValues(colonValues(s, colonModeLabel, 48)), trimmedValues(refValues(re, s))
			if got != want {
				t.Errorf("colonLabelValues(%q) = %q, regexp %q", s, got, want)
			}
		}
	})
}

// FuzzAsciiTermKey pins asciiTermKey to termKey on ASCII text.
func FuzzAsciiTermKey(f *testing.F) {
	for _, s := range []string{"Remote", "100% Office", "A l'oficina", "Sa-opisina!", "Présentiel", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := asciiTermKey(nil, s)
		if ascii := strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) < 0; ok != ascii {
			t.Fatalf("asciiTermKey(%q) ok = %v", s, ok)
		}
		if ok && string(got) != termKey(s) {
			t.Errorf("asciiTermKey(%q) = %q, termKey %q", s, got, termKey(s))
		}
	})
}

// trimmedValues joins the values of two runes or more, trimmed (the
// regexp may give a value one space back: "Arbeitsort:  x" is " x").
func trimmedValues(vs []string) string {
	var out []string
	for _, v := range vs {
		if v = strings.TrimSpace(v); utf8.RuneCountInString(v) >= 2 {
			out = append(out, v)
		}
	}
	return strings.Join(out, "\x00")
}
