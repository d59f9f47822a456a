package normalize

import "testing"

// Descriptions in this project's own wording for type_body_role_line_full.go,
// with the traps it must leave alone.
func TestRoleLineFullBody(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Warehouse associate, full-time", "full_time"},
		{"Night auditor - full time", "full_time"},
		{"International support specialist, full-time", "full_time"},
		{"Join our front desk team.\nGuest services agent, Full-Time\nApply today.", "full_time"},
		// Traps: lists of kinds, sentences, other hours.
		{"Shifts offered: part-time, full-time", "unknown"},
		{"We hire students and temps, full-time", "unknown"},
		{"Barista, part-time", "part_time"},
		{"Cook, 20 hours per week", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType("", "Team Member", c.text); string(got) != c.want {
			t.Errorf("ParseType(text %q) = %s, want %s", c.text, got, c.want)
		}
	}
}
