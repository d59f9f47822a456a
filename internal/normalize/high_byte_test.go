package normalize

import (
	"strings"
	"testing"
)

// nextHighByteRef is nextHighByte a byte at a time.
func nextHighByteRef(s string, i int) int {
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return i
		}
	}
	return len(s)
}

// amScriptRef and bbsaScriptRef are the script gates as they were before
// nextHighByte: every byte looked at.
func amScriptRef(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		b := s[i]
		switch {
		case b < 0xD7:
		case b <= 0xDB, b == 0xE0 && (s[i+1] == 0xB8 || s[i+1] == 0xB9), b == 0xE1 && (s[i+1] == 0xBA || s[i+1] == 0xBB), b >= 0xE3 && b <= 0xED:
			return true
		}
	}
	return false
}

func bbsaScriptRef(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		b := s[i]
		switch {
		case b < 0xCE:
		case b <= 0xD1, b >= 0xD8 && b <= 0xDB, b == 0xE0 && s[i+1] >= 0xA4 && s[i+1] <= 0xA7:
			return true
		}
	}
	return false
}

var highByteTexts = []string{
	"", "a", "é", "ab", "plain English text with no letters beyond ASCII at all, long enough for words",
	"Remote – worldwide", "1234567é", "12345678é", "123456789é", "€", "x€", "Salary €4,000",
	"Работа из дома", "在宅勤務", "งานที่บ้าน", "làm việc từ xa", "עבודה מהבית", "العمل عن بعد",
	"घर से काम", "Δουλειά από το σπίτι", "Remote (Ελλάδα)", "ends with a lead byte \xe0", "\xd8",
	"ASCII then a Thai lead at the end \xe0\xb8", "0123456789abcdef\xff", "naïve café résumé, déjà vu",
	strings.Repeat("long ASCII run ", 40) + "日本", strings.Repeat("x", 63) + "\x80",
}

func TestNextHighByte(t *testing.T) {
	for _, s := range highByteTexts {
		for i := 0; i <= len(s); i++ {
			if got, want := nextHighByte(s, i), nextHighByteRef(s, i); got != want {
				t.Errorf("nextHighByte(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		if got, want := amScript(s), amScriptRef(s); got != want {
			t.Errorf("amScript(%q) = %v, want %v", s, got, want)
		}
		if got, want := bbsaScript(s), bbsaScriptRef(s); got != want {
			t.Errorf("bbsaScript(%q) = %v, want %v", s, got, want)
		}
		if got, want := isASCIIText(s), nextHighByteRef(s, 0) == len(s); got != want {
			t.Errorf("isASCIIText(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzNextHighByte(f *testing.F) {
	for _, s := range highByteTexts {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			i = 0
		}
		if got, want := nextHighByte(s, i), nextHighByteRef(s, i); got != want {
			t.Fatalf("nextHighByte(%q, %d) = %d, want %d", s, i, got, want)
		}
		if amScript(s) != amScriptRef(s) || bbsaScript(s) != bbsaScriptRef(s) {
			t.Fatalf("script gates differ on %q", s)
		}
	})
}
