package redflag

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The weak signs of anon_more.go: each counts only for an employer that
// nothing identifies, and none is high alone for a title that is not
// generic clerical work.
func TestAnonMoreSigns(t *testing.T) {
	named := func(l *model.Listing) { l.Company, l.CompanyInfo = "Employer 41", "" }
	salary := payText("26000-31000")
	const duties = "Post invoices, keep the ledgers and prepare the monthly reports for the partners."
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		// Unnamed praise beside a generic title with its pay stated.
		{name: "praised, never named", l: listing("Junior Bookkeeper", "You will join a well-respected and established firm. "+duties, named, salary),
			fire: true, evidence: "Bookkeeper", field: FieldTitle, sev: model.SeverityHigh},
		{name: "recruiter for an unnamed client", l: listing("Accounts Clerk", "We recruit on behalf of our client. "+duties, named, salary),
			fire: true, sev: model.SeverityHigh},
		// Two of the new signs on a title that is not clerical.
		{name: "crowd copy and a sales-copy title", l: listing("Brand Team - Start Today!", "We are looking for motivated and outgoing individuals to represent a leading company at events.", named, salary),
			fire: true, sev: model.SeverityHigh, evidence: "Start Today"},
		{name: "positions in bulk and praise", l: listing("Event Promoter", "Several promoter positions are available with a fast-growing brand. Hand out samples.", named, salary),
			fire: true, evidence: "fast-growing brand"},

		{name: "crowd copy first", l: listing("Promoters!", "We are recruiting energetic people for weekend stands.", named, salary),
			fire: true, evidence: "We are recruiting energetic people"},

		// A generic title from an employer nothing identifies is enough,
		// pay or no pay; an internship's needs a sign or a missing pay.
		{name: "clerk with a salary", l: listing("Accounts Clerk", duties, named, salary), fire: true, sev: model.SeverityHigh, evidence: "Accounts Clerk"},
		{name: "clerk intern with a salary", l: listing("Accounts Clerk Intern", duties, named, salary), fire: false},
		{name: "clerk intern without pay", l: listing("Accounts Clerk Intern", duties, named, noPay), fire: true},
		{name: "clerk with a profile", l: listing("Accounts Clerk", duties, salary), fire: false},
		{name: "a scoped clerical project", l: listing("Accounts assistant project", duties+" Four weeks, 20 hours in total.", named, salary), fire: false},
		{name: "typed micro-internship", l: listing("Data Entry Assistant", duties, named, salary, micro), fire: false},

		// One new sign on a title that is not clerical: not enough.
		{name: "praise alone", l: listing("Event Promoter", "Represent a leading brand at weekend events and hand out samples.", named, salary), fire: false},
		{name: "sales-copy title alone", l: listing("Drivers Wanted - Apply Now!", "Deliver parcels in the north of the city; van provided.", named, salary), fire: false},
		// Traps: the employer is known, or the words are not the signs.
		{name: "praise with a profile", l: listing("Junior Bookkeeper", "Join a highly regarded firm. "+duties, salary), fire: false},
		{name: "the employer names itself", l: listing("Junior Bookkeeper", "Hale & Lund LLP is a well established firm. "+duties, named, salary), fire: false},
		{name: "a plain description of the employer", l: listing("Bookkeeping Intern", "A small family bakery in Leeds needs help with the books. "+duties, named, salary), fire: false},
		{name: "cashier is a job", l: listing("Cashier Trainee (weekends)", "Serve shoppers at the till and count the drawer at close.", named, salary), fire: false},
		{name: "income tax is a job", l: listing("Income Tax Preparer", "Prepare personal returns during the tax season.", named, salary), fire: false},
		{name: "one person sought", l: listing("Event Promoter", "We are looking for one person to hand out samples at a leading brand's stand.", named, salary), fire: false},
	})
}

// TestAnonReason: a flag decided by weak signs says which, in plain words.
func TestAnonReason(t *testing.T) {
	named := func(l *model.Listing) { l.Company, l.CompanyInfo = "Employer 41", "" }
	cases := []struct {
		name string
		l    *model.Listing
		want string
	}{
		{"generic and praised", listing("Junior Bookkeeper", "Join a leading firm. Post invoices.", named, payText("26000-31000")), "praises an employer it never names"},
		{"generic with pay", listing("Office Clerk", "File papers and greet visitors.", named, payText("30000")), "offers generic clerical or home work:"},
		{"generic without pay", listing("Office Clerk", "File papers and greet visitors.", named, noPay), "does not say what it pays"},
		{"two signs", listing("Easy Cash Jobs!", "No experience needed. Work from home in your spare time.", named, noPay), "needs no experience"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			Assess(tc.l)
			for _, f := range tc.l.Flags {
				if f.ID == ScamAnonEmployer {
					if !strings.Contains(f.Reason, tc.want) || !strings.HasPrefix(f.Reason, "You cannot tell who the employer is") {
						t.Errorf("reason %q, want it to say %q", f.Reason, tc.want)
					}
					return
				}
			}
			t.Fatalf("SCAM_ANON_EMPLOYER did not fire; flags %v", flagIDs(tc.l.Flags))
		})
	}
}

// TestGenericTitleWide: the clerical, processing and call-agent titles
// that count as generic work, and skilled titles that share their words.
func TestGenericTitleWide(t *testing.T) {
	for _, tc := range []struct {
		title   string
		generic bool
	}{
		{"HR Assistant", true},
		{"Billing Clerk (part time)", true},
		{"Claims Processor", true},
		{"Outbound Sales Agent", true},
		{"Telemarketer - evenings", true},
		{"Inbound Call Representative", true},
		{"Remote Typist", true},
		{"Office Staff Needed", true},
		{"Mailroom Coordinator", true},

		{"Research Assistant", false},
		{"Teaching Assistant", false},
		{"Physician Assistant", false},
		{"Claims Adjuster", false},
		{"Data Engineer", false},
		{"Sales Engineer", false},
		{"Database Administrator", false},
		{"Remote Software Engineer", false},
	} {
		c := newCtx(&model.Listing{Title: tc.title}, Options{})
		if _, got := genericTitle(c); got != tc.generic {
			t.Errorf("genericTitle(%q) = %v, want %v", tc.title, got, tc.generic)
		}
	}
}

// TestVolunteerTypeWithPay: a listing typed volunteer (its title names
// volunteers) that states an amount is a paid job, not unpaid work; typed
// volunteer with no amount it still is.
func TestVolunteerTypeWithPay(t *testing.T) {
	vol := func(l *model.Listing) { l.Type = model.TypeVolunteer }
	runFlagCases(t, Unpaid, []flagCase{
		{name: "volunteer coordinator at $22 an hour", l: listing("Volunteer Coordinator (paid)", concrete, vol, hourly(22, model.UnitHour, "$22 per hour")), fire: false},
		{name: "volunteer type, nothing paid", l: listing("Volunteer Coordinator", concrete, vol, noPay), fire: true},
		{name: "unpaid said outright beside an amount", l: listing("Volunteer Coordinator", concrete+" This role is unpaid; travel costs of $20 a day are refunded.", vol), fire: true},
	})
}

// TestAnonMoreGatesSameAsWhole: the new signs' gates find what their
// patterns find on the whole text, on random texts of their own words.
func TestAnonMoreGatesSameAsWhole(t *testing.T) {
	gates := []*gated{gateUnnamedPraise, gateMassCopy, gatePitchTitle}
	// Phrases rather than words, so that the patterns' sequences occur.
	vocab := []string{"join a", "work for an", "within one of the", "highly regarded", "well-known", "leading", "fast-growing and",
		"reputable,", "company", "firm", "organisation", "brand", "on behalf of our", "on behalf of a", "client", "clients",
		"we are looking for", "we're seeking", "currently recruiting", "motivated", "self-motivated and", "honest", "individuals",
		"people", "persons", "several", "12", "sales", "positions", "openings", "vacancies", "are available", "open", "to be filled",
		"hiring in all areas", "hiring in your state", "cash", "money", "earn", "earnings", "income", "urgent", "immediate start",
		"start today", "apply now", "part-time and full-time", "full-time / part-time", "$$", "!", "cashier", "tax", "staff"}
	r := rand.New(rand.NewPCG(3, 5))
	for range 300 {
		w := make([]string, 3+r.IntN(40))
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		var b strings.Builder
		for i, x := range w {
			if i > 0 {
				b.WriteString([]string{" ", " ", " ", ". ", "\n", ", "}[r.IntN(6)])
			}
			b.WriteString(x)
		}
		v := newView(FieldText, b.String())
		for _, g := range gates {
			if got, want := v.all(g), v.findAll(g.re); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("pattern %s on %q: gated %v, whole %v", g.re, v.s, got, want)
			}
		}
	}
}

// FuzzAnonMoreGates: on any text, the new signs' gates find what their
// patterns find on the whole text.
func FuzzAnonMoreGates(f *testing.F) {
	for _, s := range []string{"Join a highly regarded firm.", "We are looking for motivated individuals!", "CASH Pay Jobs $$",
		"On behalf of our client, several positions are available.", "Hiring in all areas. Start today!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v := newView(FieldText, text)
		for _, g := range []*gated{gateUnnamedPraise, gateMassCopy, gatePitchTitle} {
			if got, want := v.all(g), v.findAll(g.re); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("pattern %s on %q: gated %v, whole %v", g.re, v.s, got, want)
			}
		}
	})
}
