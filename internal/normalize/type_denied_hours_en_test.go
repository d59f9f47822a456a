package normalize

import "testing"

// TestEnglishDeniedHours pins type_denied_hours.go: hours a posting
// rules out are not its type. Traps: a denial that goes on ("no part-time
// or contract roles"), "not only part-time", hours offered plainly.
func TestEnglishDeniedHours(t *testing.T) {
	for _, c := range []struct{ field, text, want string }{
		{"", "No part-time. Full-time 40 hours.", "full_time"},
		{"No part-time. Full-time 40 hours.", "", "full_time"},
		{"", "This is a part-time position, not full-time.", "part_time"},
		{"", "No part time roles available. This is a full-time position.", "full_time"},
		{"", "No part-time.", "unknown"},
		{"", "Not a full-time role; this is a part-time position.", "part_time"},
		{"", "trap: We have no part-time or temporary staff: a full-time position.", "full_time"},
		{"", "trap: Part-time, 20 hours a week.", "part_time"},
	} {
		text := c.text
		if len(text) > 6 && text[:6] == "trap: " {
			text = text[6:]
		}
		if got := ParseType(c.field, "", text); string(got) != c.want {
			t.Errorf("%q / %q: got %q, want %q", c.field, c.text, got, c.want)
		}
	}
}
