package store

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// safeRunRef is safeRun by the byte table: whole words of jsonSafe bytes.
func safeRunRef(s string, i int) int {
	n := 0
	for ; i+8 <= len(s); i += 8 {
		for _, c := range []byte(s[i : i+8]) {
			if c >= utf8.RuneSelf || !jsonSafe[c] {
				return n
			}
		}
		n += 8
	}
	return n
}

// TestSafeRun: every byte value at every place of a word, among safe
// bytes and next to each unsafe one, and words of the edges ('!' 0x21,
// '~' 0x7e, 0x1f, 0x7f, 0x80), from every start.
func TestSafeRun(t *testing.T) {
	cases := []string{"", "abc", "abcdefgh", "abcdefghijklmnopq", "<p>Hello</p>", "ab\"cdefghij\\klmnop", "!!!!!!!!~~~~~~~~",
		"\x1f!!!!!!!!!!!!!!!", "~~~~~~~\x7f~~~~~~~~", "~~~~~~~~~~~~~\x80~~", "caf\u00e9 na\u00efve \u2028 tab\there", "aaaa&aaaaaaa>aaa"}
	for c := 0; c < 256; c++ {
		for pos := range 8 {
			b := []byte("abcdefghABCDEFGH")
			b[8+pos] = byte(c)
			cases = append(cases, string(b))
			b = []byte("zzzzzzzz")
			b[pos] = byte(c)
			if pos > 0 {
				b[pos-1] = byte(255 - c)
			}
			cases = append(cases, string(b)+"zzzzzzzz")
		}
	}
	for _, s := range cases {
		for i := 0; i <= len(s); i++ {
			if got, want := safeRun(s, i), safeRunRef(s, i); got != want {
				t.Fatalf("safeRun(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func FuzzSafeRun(f *testing.F) {
	for _, s := range []string{"<p>a & b</p>", "plain text only here", "\x00\x1f\x7f\x80\xff", "caf\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := safeRun(s, i), safeRunRef(s, i); got != want {
				t.Fatalf("safeRun(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}

// BenchmarkAppendJSONString: a listing's text and HTML as the data column
// writes them.
func BenchmarkAppendJSONString(b *testing.B) {
	text := strings.Repeat("You will clean and merge survey answers, build a small dashboard that tracks weekly sign-ups. ", 16)
	html := "<p>" + strings.ReplaceAll(text, ". ", ".</p><p>") + "</p>"
	buf := make([]byte, 0, 8192)
	for b.Loop() {
		buf = appendJSONString(appendJSONString(buf[:0], text), html)
	}
}
