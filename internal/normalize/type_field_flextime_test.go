package normalize

import "testing"

// A type field holding only a flexible-hours schedule code (my own
// examples), with traps that keep their earlier readings.
func TestTypeFieldFlextimeCode(t *testing.T) {
	cases := []struct{ name, field, title, want string }{
		{"portal schedule code", "flextime", "Lagerist", "part_time"},
		{"code capitalised", "Flextime", "Receptionist", "part_time"},
		{"british spelling", "Flexitime", "Office Assistant", "part_time"},
		{"hyphenated british spelling", "Flexi-time", "Office Assistant", "part_time"},
		{"code padded", "  FLEXTIME ", "Driver", "part_time"},
		{"trap: full-time code beside it", "fulltime", "Driver", "full_time"},
		{"trap: part-time code beside it", "parttime", "Driver", "part_time"},
		{"trap: full-time with flextime", "Full-time, flextime", "Driver", "full_time"},
		{"trap: flextime offered as a perk", "Flextime available", "Driver", "unknown"},
		{"trap: flexible hours in a title only", "", "Flextime Coordinator", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(ParseType(c.field, c.title, "")); got != c.want {
				t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
			}
		})
	}
}
