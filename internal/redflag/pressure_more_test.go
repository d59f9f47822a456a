package redflag

import "testing"

// TestPressureDeadlines: the hurry reviewers count beyond spots and start
// dates: a role "filled within 48 hours", the first N people to reply, an
// offer that "won't last", today-only interviews, a deadline tonight.
func TestPressureDeadlines(t *testing.T) {
	runFlagCases(t, ScamPressure, []flagCase{
		{name: "filled within hours", l: listing("Typist", "Type up invoices from photos. This position will be filled within 48 hours, so reply quickly."),
			fire: true, evidence: "will be filled within 48 hours"},
		{name: "first people who respond", l: listing("Promoter", "Hand out flyers near campus. Immediate start for the first 20 people who respond."),
			fire: true, evidence: "Immediate start"},
		{name: "offer won't last", l: listing("Reviewer", "Rate short videos from home. Reply now, this offer won't last."),
			fire: true, evidence: "offer won't last"},
		{name: "interviews today only", l: listing("Agent", "Take calls for our clients. We are hiring now; interviews are held today only."),
			fire: true, evidence: "today only"},
		{name: "deadline to apply tonight", l: listing("Tester", "Test our sign-up page. The deadline to apply is tonight at midnight!"),
			fire: true, evidence: "deadline to apply is tonight"},
		{name: "apply by midnight", l: listing("Tester", "Test our sign-up page. Apply by midnight to secure a place."),
			fire: true, evidence: "Apply by midnight"},

		{name: "filled within weeks", l: listing("Analyst", concrete+" We expect the role to be filled within 3 weeks of the closing date."), fire: false},
		{name: "first customers", l: listing("Support intern", concrete+" Our desk answers the first 100 customers who call each morning."), fire: false},
		{name: "a dated deadline", l: listing("Analyst", concrete+" The deadline to apply is 30 June."), fire: false},
		{name: "open today", l: listing("Analyst", concrete+" Applications open today and close in four weeks."), fire: false},
	})
}
