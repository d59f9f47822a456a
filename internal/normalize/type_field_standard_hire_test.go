package normalize

import "testing"

// An employment-type field that says only "Standard" names a regular hire,
// the default kind of job beside interns and contractors, so it reads full
// time. Traps: a field that says more than the bare word, and titles or
// descriptions that only use the word.
func TestFieldStandardHire(t *testing.T) {
	cases := []struct{ field, title, desc, want string }{
		{"Standard", "Retail Specialist", "", "full_time"},
		{" standard ", "Data Platform Engineer", "", "full_time"},
		{"STANDARD", "Field Technician", "", "full_time"},
		// Traps: more than the bare word in the field, or the word only in
		// the title or the description.
		{"Standard Shift", "Warehouse Associate", "", "unknown"},
		{"Standard Chartered", "Relationship Manager", "", "unknown"},
		{"", "Standards Compliance Analyst", "", "unknown"},
		{"", "Quality Engineer", "You will keep our build to a high standard.", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.desc); string(got) != c.want {
			t.Errorf("ParseType(%q, %q, %q) = %s, want %s", c.field, c.title, c.desc, got, c.want)
		}
	}
}
