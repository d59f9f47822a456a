package normalize

import "testing"

// A co-op named in the plural in a title is a student work term like the
// singular, in this project's own wording, with traps that run the posts
// or only hold the letters.
func TestTitleCoopPlural(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Electrical Co-ops (Winter Term)", "internship"},
		{"Software Coops - Fall 2027", "internship"},
		// Traps: a title that runs the co-op posts, and words that only
		// hold the letters.
		{"Co-ops Program Coordinator", "unknown"},
		{"Co-operative Housing Officer", "unknown"},
		{"Coopers Yard Supervisor", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType("", c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(title %q) = %s, want %s", c.title, got, c.want)
		}
	}
}
