package normalize

import "testing"

// A title that names a role working with interns or volunteers, or the
// programme it runs after its own noun, is no internship or volunteer post;
// a title that offers the post still is.
func TestTitleWorksWithInterns(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Principal Designer (mentors interns)", "unknown"},
		{"Senior Data Scientist - mentoring summer interns", "unknown"},
		{"Lab Manager, supervises co-op students", "unknown"},
		{"Community Lead (works with volunteers)", "unknown"},
		{"Talent Partner, Internship Program", "unknown"},
		{"Program Coordinator - Intern Programme", "unknown"},
		// Traps: the post is the internship or volunteer role.
		{"Design Intern (mentored by senior staff)", "internship"},
		{"Interns wanted: data labelling", "internship"},
		{"Marketing Intern - Summer Program", "internship"},
		{"Volunteer tutor (works with students)", "volunteer"},
	}
	for _, c := range cases {
		if got := string(ParseType("", c.title, "")); got != c.want {
			t.Errorf("ParseType(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
