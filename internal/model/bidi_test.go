package model

import "testing"

func TestCloseBidi(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"\u202eabc", "\u202eabc\u202c"},
		{"\u202eabc\u202c", "\u202eabc\u202c"},
		{"\u2067a\u202eb", "\u2067a\u202eb\u202c\u2069"},
		{"\u2067a\u202eb\u2069", "\u2067a\u202eb\u2069"}, // PDI closes the override inside it
		{"\u202c\u2069x", "\u202c\u2069x"},               // stray closers change nothing
		{"\u202a\u202b\u202d", "\u202a\u202b\u202d\u202c\u202c\u202c"},
	}
	for _, tt := range tests {
		if got := CloseBidi(tt.in); got != tt.want {
			t.Errorf("CloseBidi(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}
