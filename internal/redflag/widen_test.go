package redflag

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The cases below are written for gigscout (no other project's wording).

func TestPressureWidened(t *testing.T) {
	runFlagCases(t, ScamPressure, []flagCase{
		{name: "you can begin today", l: listing("Flyer design", "Make three flyers for our fair. You can begin today and finish by Friday."), fire: true, evidence: "can begin today"},
		{name: "join us right away", l: listing("Helper", "Sort our stock room. Ready to join us right away? Reply now."), fire: true, evidence: "join us right away"},
		{name: "just two seats", l: listing("Tutor", "Tutor two pupils in algebra. Just two seats remaining for this term."), fire: true, evidence: "Just two seats remaining"},
		{name: "spots filling fast", l: listing("Reviewer", "Review ten product pages. Spots are filling up fast."), fire: true, evidence: "Spots are filling up fast"},
		{name: "places are limited", l: listing("Survey taker", "Fill in short surveys. Places are strictly limited."), fire: true, evidence: "Places are strictly limited"},
		{name: "before it's gone", l: listing("Promoter", "Share our link. Apply before it's gone!"), fire: true, evidence: "Apply before it's gone"},
		{name: "last chance", l: listing("Promoter", "Share our link with friends. Last chance to join this month."), fire: true, evidence: "Last chance"},
		{name: "do not wait", l: listing("Typist", "Type up scanned letters. Do not wait, this will not last."), fire: true, evidence: "Do not wait"},
		{name: "reply asap", l: listing("Assistant", "Book meetings for our director. Reply ASAP with your CV."), fire: true, evidence: "Reply ASAP"},
		{name: "deadline tonight", l: listing("Tester", "Test our checkout flow. The deadline is tonight."), fire: true, evidence: "deadline is tonight"},
		{name: "title cue first", l: listing("Start Earning Today - Home Typist", "Type letters. Only 3 places left."), fire: true, field: FieldTitle, evidence: "Start Earning Today"},

		{name: "immediate start alone", l: listing("Event intern", "Run the ticket desk at our spring festival. Immediate start."), fire: false},
		{name: "start field", l: listing("Design intern", "Duration: 2 months\nStart: immediately"), fire: false},
		{name: "start after approval", l: listing("Writer", "Write two blog posts a week. You can start immediately after your samples are approved."), fire: false},
		{name: "negated", l: listing("Researcher", "Compile a list of grants. There is no need to start today; take the week to read up."), fire: false},
		{name: "apply now alone", l: listing("Data intern", concrete+" Apply now through our careers page."), fire: false},
		{name: "positions count without hurry", l: listing("Analysts", concrete+" We have 2 positions open this summer."), fire: false},
	})
}

func TestPersonalDataWidened(t *testing.T) {
	runFlagCases(t, ScamPersonalData, []flagCase{
		{name: "name age address photo", l: listing("Chat agent", "Answer chats for our shop. Email your full name, age, home address and a recent photo to the owner."),
			fire: true, evidence: "full name", sev: model.SeverityMedium},
		{name: "two details by text", l: listing("Courier", "Deliver parcels by bike. Text your full name and mobile number to the number below."),
			fire: true, evidence: "full name", sev: model.SeverityMedium},
		{name: "date of birth stated", l: listing("Model", "Pose for catalogue shots. In your reply, state your date of birth."),
			fire: true, evidence: "date of birth"},
		{name: "cv with photo", l: listing("Receptionist", "Greet guests at our clinic. Send your CV with a photo to the office."),
			fire: true, evidence: "photo", sev: model.SeverityMedium},
		{name: "marital status", l: listing("Nanny", "Care for two children after school. Please mention your marital status when you write."),
			fire: true, evidence: "marital status", sev: model.SeverityMedium},
		{name: "ssn stays high", l: listing("Clerk", "File invoices. Send your SSN and your full name and phone number with the application."),
			fire: true, sev: model.SeverityHigh},

		{name: "minimum age", l: listing("Analyst", concrete+" Applicants must be 18 years of age and send a CV to our office."), fire: false},
		{name: "all ages welcome", l: listing("Analyst", concrete+" Send your CV; we welcome students of all ages and every age group."), fire: false},
		{name: "one plain detail", l: listing("Analyst", concrete+" Include your phone number so we can schedule a call."), fire: false},
		{name: "photo of work", l: listing("Illustrator", "Draw six icons. Send a photo of your sketchbook work with your application."), fire: false},
		{name: "application form", l: listing("Analyst", concrete+" Submit your full name, phone number and address in our application form."), fire: false},
		{name: "after the offer", l: listing("Analyst", concrete+" After your offer is accepted, HR will ask for your date of birth and home address."), fire: false},
		{name: "equal opportunity notice", l: listing("Analyst", concrete+" We do not discriminate on age, marital status or gender; send us your CV."), fire: false},
	})
}

func TestMassHiring(t *testing.T) {
	runFlagCases(t, VagueMassHiring, []flagCase{
		{name: "openings in title", l: listing("Campus Ambassador (Openings: 1000)", "Share our app on campus."), fire: true, field: FieldTitle, evidence: "Openings: 1000"},
		{name: "count of positions", l: listing("Promoter", "We have 250+ open positions for promoters across the country."), fire: true, evidence: "250+ open positions"},
		{name: "hiring interns", l: listing("Marketing intern", "We are hiring 300 marketing interns this summer to spread the word."), fire: true, evidence: "hiring 300 marketing interns"},
		{name: "hundreds of ambassadors", l: listing("Ambassador", "We need hundreds of student ambassadors to share our referral code."), fire: true, evidence: "need hundreds of student ambassadors"},
		{name: "mass hiring said", l: listing("Telecaller", "Mass hiring for telecallers, walk in any day."), fire: true, evidence: "Mass hiring"},

		{name: "few openings", l: listing("Analyst", concrete+" Openings: 3."), fire: false},
		{name: "past placements", l: listing("Analyst", concrete+" We have placed 5000 interns since 2010."), fire: false},
		{name: "staff size", l: listing("Analyst", concrete+" Our team of 400 employees works from 12 offices."), fire: false},
		{name: "positions filled", l: listing("Analyst", concrete+" Last year 120 positions were filled through this program."), fire: false},
	})
}

func TestBoardRecordDescription(t *testing.T) {
	record := func(l *model.Listing) { l.CompanyInfo = ""; l.DurationDays = &model.Range{Min: 30, Max: 30} }
	cases := []struct {
		name  string
		l     *model.Listing
		vague bool // a vague flag about the missing description fires
	}{
		{"structured record", listing("Mobile App Development", "Duration: 1 Month\nStart: Immediately", record), false},
		{"record with a duration in the text only", listing("Graphic Design", "Duration: 6 Weeks\nStart: 1 June", func(l *model.Listing) { l.CompanyInfo = "" }), false},
		{"title only", listing("Office Manager", ""), true},
		{"generic title", listing("Data Entry Clerk", "Duration: 1 Month\nStart: Immediately", record), true},
		{"no employer name", listing("Mobile App Development", "Duration: 1 Month\nStart: Immediately", record, anon), true},
		{"no duration", listing("Mobile App Development", "Start: Immediately\nLocation: Pune", func(l *model.Listing) { l.CompanyInfo = "" }), true},
		{"short prose", listing("Mobile App Development", "Help our team.\nDuration: 1 Month", record), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			Assess(tc.l)
			checkInvariants(t, tc.l)
			got := slices.ContainsFunc(tc.l.Flags, func(f model.Flag) bool {
				return f.ID == VagueNoDescription || f.ID == VagueNoDeliverables
			})
			if got != tc.vague {
				t.Errorf("vague description flag fired = %v, want %v; flags %v", got, tc.vague, flagIDs(tc.l.Flags))
			}
		})
	}
}

// TestGatedSameAsWhole: a gated pattern finds exactly what running it on
// the whole text finds (the gate is only an optimization), on the test
// texts above and on random sentences built from the patterns' own words.
func TestGatedSameAsWhole(t *testing.T) {
	gates := []*gated{gatePressureStrong, gatePressureWide, gatePressureWeak, gatePersonalBasic, gateOpenings, gatePeople, gateMass, gateVagueScope, gateSupervisor, gateSupervisorMore}
	gates = append(gates, anonCues...)
	vocab := strings.Fields("you can start today begin join us immediately right away only just 5 two spots slots seats positions openings " +
		"left remaining limited are filling fast apply before it's gone last chance don't wait reply asap deadline is tonight " +
		"send email your full name age home address phone number date of birth marital status a recent photo with cv " +
		"hiring 300 interns need hundreds of ambassadors mass openings: 1000 no experience required salary will be discussed after interview " +
		"paid weekly from home in your free time visa sponsorship free flights urgent hiring call 555-123-4567 #email_1a# " +
		"x@gmail.com within 24 hours interview needed hurry. the and\n of team lead report to our manager mentor " +
		"help with various tasks assist as needed whatever comes up work anytime at your own pace under the guidance you'll join " +
		"free flights air tickets tax-free salary experience is not required anyone can do it paid daily " +
		"reviewed by edited checked our senior code reviews from paired up teamed with check-ins 1:1s feedback coaching " +
		"working closely directly under who will who'll support guide mentor review you your who meets checks in a an " +
		"reviews checks edits approves proofreads it them each main day-to-day contact reviewer editor producer will be is:")
	r := rand.New(rand.NewPCG(7, 11))
	var texts []string
	for range 400 {
		n := 5 + r.IntN(80)
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		var b strings.Builder
		for i, x := range w {
			if i > 0 {
				b.WriteString([]string{" ", " ", " ", ". ", "\n", ", ", "! "}[r.IntN(7)])
			}
			b.WriteString(x)
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, concrete, "it's $5 'quoted' -- 3x5 o'clock", "Only 4 spots left. Reply ASAP!\nOpenings: 400", strings.Repeat("Call 555 123 4567 now. ", 30))
	for _, text := range texts {
		v := newView(FieldText, text)
		if got, want := countWords(v.s), len(reWord.FindAllStringIndex(v.s, -1)); got != want {
			t.Fatalf("countWords(%q) = %d, reWord finds %d", v.s, got, want)
		}
		for _, g := range gates {
			want := v.findAll(g.re)
			got := v.all(g)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("pattern %s on %q: gated %v, whole %v", g.re, text, got, want)
			}
		}
	}
}

// FuzzGatedSameAsWhole: on any text, every gated pattern finds what the
// pattern finds on the whole text.
func FuzzGatedSameAsWhole(f *testing.F) {
	for _, s := range []string{concrete, "Only 4 spots left. Reply ASAP!\nOpenings: 400", "Call 555 123 4567 now.",
		"Email your full name, age and a recent photo to x@gmail.com.", "We are hiring 300 interns. Mass hiring!",
		"No experience, no interview needed. Start earning today!", "Salary will be discussed after the interview."} {
		f.Add(s)
	}
	gates := []*gated{gatePressureStrong, gatePressureWide, gatePressureWeak, gatePersonalBasic, gateOpenings, gatePeople,
		gateMass, gateVagueScope, gateSupervisor, gateSupervisorMore}
	gates = append(gates, anonCues...)
	f.Fuzz(func(t *testing.T, text string) {
		v := newView(FieldText, text)
		for _, g := range gates {
			if got, want := v.all(g), v.findAll(g.re); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("pattern %s on %q: gated %v, whole %v", g.re, v.s, got, want)
			}
		}
	})
}
