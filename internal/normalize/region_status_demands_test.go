package normalize

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestStatusDemandRegions: the legal, tax and hiring-channel shapes, in
// this project's own wording, with traps that must name no place.
func TestStatusDemandRegions(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// a green card is the US
		{"A green card or US citizenship is required for this role.", []string{"US"}},
		{"Applicants must hold a valid green card.", []string{"US"}},
		{"Citizens or green-card holders only, please.", []string{"US"}},
		{"Open to GC holders.", []string{"US"}},
		// residency written after the places
		{"The position requires Danish or Swedish residency.", []string{"DK", "SE"}},
		{"Canadian permanent residency is required.", []string{"CA"}},
		{"Candidates with existing UK residency only.", []string{"GB"}},
		// tax residence
		{"You need to be a tax resident of Portugal.", []string{"PT"}},
		{"We can only hire people who pay their taxes in Belgium.", []string{"BE"}},
		{"Contractors must be registered for tax in Ireland.", []string{"IE"}},
		{"Your income will be taxed in Austria.", []string{"AT"}},
		// an address
		{"You must have a permanent address in Norway.", []string{"NO"}},
		// the hiring channel
		{"We pay you through our EOR partner in Colombia or Mexico.", []string{"CO", "MX"}},
		{"We use an employer-of-record service in Kenya and Uganda.", []string{"KE", "UG"}},
		{"We can hire you as an employee in France or as a contractor in Belgium.", []string{"FR", "BE"}},
		{"This job is hired through our Sydney, Australia office.", []string{"AU"}},
		{"The role is employed via our Dublin hub.", []string{"IE"}},
	} {
		if got := statusDemandRegions(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("statusDemandRegions(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, trap := range []string{
		"We sponsor green cards for senior engineers.",       // an offer, not a demand
		"No green card is needed for this contract.",         // denied
		"If you have a green card, tell us in the form.",     // a condition
		"Our Lisbon office offers residency support.",        // no demand beside the noun
		"We handle payroll taxes in 40 countries.",           // no tax residence of the worker
		"If you are a tax resident of Spain, we pay in EUR.", // a condition
		"We ship to any address in Canada.",                  // no verb of having
		"Our EOR partner covers most countries.",             // no place after the channel
		"Our employees in Berlin love the new office.",       // no hiring word: others' place
		"Our contractors in Manila answer support tickets.",  // the same
		"Candidates are not hired through our London office.",
		"The green card lottery opens in October.",
	} {
		if got := statusDemandRegions(trap); got != nil {
			t.Errorf("statusDemandRegions(%q) = %v, want nil", trap, got)
		}
	}
}

// TestStatusDemandsNarrowLabels: a worldwide or area label narrows to a
// status demand, and a citizenship said with "need" narrows it too.
func TestStatusDemandsNarrowLabels(t *testing.T) {
	for _, c := range []struct {
		place []string
		text  string
		want  []string
	}{
		{[]string{RegionWorldwide}, "Green card or citizenship required.", []string{"US"}},
		{[]string{RegionWorldwide}, "Applicants need Canadian citizenship.", []string{"CA"}},
		{[]string{RegionEU}, "You must be a tax resident of Germany.", []string{"DE"}},
		{[]string{RegionWorldwide}, "We hire through our EOR partner in Chile.", []string{"CL"}},
		// traps: nothing narrower is stated
		{[]string{RegionWorldwide}, "We sponsor green cards.", []string{RegionWorldwide}},
		{[]string{RegionEMEA}, "Our employees in Berlin love the office.", []string{RegionEMEA}},
	} {
		if got := narrowRegions(c.place, c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("narrowRegions(%v, %q) = %v, want %v", c.place, c.text, got, c.want)
		}
	}
}

// TestKeyRegexpsStatusDemands: the keyed searches find what their plain
// regexps find on the sentences above.
func TestKeyRegexpsStatusDemands(t *testing.T) {
	for _, s := range []string{
		"Applicants must hold a valid green card.", "Open to GC holders.", "The position requires Danish or Swedish residency.",
		"You need to be a tax resident of Portugal.", "Contractors must be registered for tax in Ireland.",
		"You must have a permanent address in Norway.", "We pay you through our EOR partner in Colombia or Mexico.",
		"We can hire you as an employee in France or as a contractor in Belgium.", "This job is hired through our Sydney, Australia office.",
	} {
		for name, k := range map[string]*keyRegexp{"greenCardAny": greenCardAny, "residencyAfterPlace": residencyAfterPlace,
			"taxResidence": taxResidence, "addressIn": addressIn, "eorIn": eorIn, "employeeIn": employeeIn, "hiredThroughOffice": hiredThroughOffice} {
			if (k.FindStringIndex(s) == nil) != (k.plain().FindStringIndex(s) == nil) {
				t.Errorf("%s on %q: keyed and plain searches differ", name, s)
			}
			checkKey(t, name, k, s)
		}
	}
}

// TestPlaceListEdges: a spaced dash ends a place list, and a zone of an
// area holding the places read is no further place.
func TestPlaceListEdges(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"world - we are async-first.", []string{RegionWorldwide}},
		{"Chile - we meet twice a year.", []string{"CL"}},
		{"Germany, EU timezone", []string{"DE"}},
		{"Spain or Portugal, European hours.", []string{"ES", "PT"}},
		// traps: a zone that does not hold the places, the same place's hours
		{"Canada, US time zones", []string{"CA", "US"}},
		{"US, US hours", []string{"US"}},
		{"our oyster - and beyond.", nil},
	} {
		if got := regionList(c.s); !reflect.DeepEqual(got, c.want) {
			t.Errorf("regionList(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if got := Regions("North America timezone"); !reflect.DeepEqual(got, []string{"US", "CA"}) {
		t.Errorf("Regions(North America timezone) = %v, want [US CA]", got)
	}
}

// TestPreferredZoneOrLabel: hours, a time zone or a citizenship said to be
// preferred, and a preference label, name no limit; a demand beside a
// preference keeps its place.
func TestPreferredZoneOrLabel(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"APAC hours preferred.", "none"},
		{"Overlap with US time zones is a plus.", "none"},
		{"EU citizenship is nice to have.", "none"},
		{"Bonus: based in Norway.", "none"},
		{"Nice to have: UK citizenship.", "none"},
		{"Preferred: living in Chile.", "none"},
		// traps: the preference is about something else
		{"Must work APAC hours, Mandarin preferred.", "APAC"},
		{"You must be based in Norway. Bonus: Kotlin experience.", "NO"},
		{"Must hold UK citizenship. Rust is a plus.", "GB"},
	} {
		p := model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: c.text}
		l := Normalize(&p, Options{})
		got := strings.Join(l.RemoteRegions, ",")
		if got == "" {
			got = "none"
		}
		if got != c.want {
			t.Errorf("%q: regions %q, want %q", c.text, got, c.want)
		}
	}
	for _, s := range []string{"APAC hours preferred.", "Bonus: based in Norway.", "Nice to have: UK citizenship and a car."} {
		checkKey(t, "preferredPlace", preferredPlace, s)
	}
}

// TestStatusNounsAndResidents: citizenship and passports after a list of
// places, and a role for the residents of a place.
func TestStatusNounsAndResidents(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Applicants must hold Irish or British citizenship.", []string{"IE", "GB"}},
		{"You need a valid EU passport.", []string{"EU"}},
		{"This is a remote job for residents of Uruguay.", []string{"UY"}},
		{"The position is open to legal residents of Ecuador.", []string{"EC"}},
	} {
		if got := statusDemandRegions(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("statusDemandRegions(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, trap := range []string{
		"Dual citizenship holders are welcome.",               // no place
		"Irish citizenship is not required.",                  // denied
		"We donate a share of profits to residents of Kenya.", // no role
		"Our founders hold French passports.",                 // no demand: others' status, no verb of the role
	} {
		if got := statusDemandRegions(trap); got != nil {
			t.Errorf("statusDemandRegions(%q) = %v, want nil", trap, got)
		}
	}
}

// TestPreferredLabelLine: a preference label alone on its line covers the
// next line; a demand on the line before the label keeps its place.
func TestPreferredLabelLine(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Requirements\nGo and SQL\nNice to have\nUK citizenship", "none"},
		{"Requirements\nMust hold UK citizenship\nNice to have\nTerraform", "GB"},
	} {
		p := model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: c.text}
		l := Normalize(&p, Options{})
		got := strings.Join(l.RemoteRegions, ",")
		if got == "" {
			got = "none"
		}
		if got != c.want {
			t.Errorf("%q: regions %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOpenToLabelAndElsewhere: a label naming where the role is open, and
// a hiring form beside "elsewhere" that opens the rest of the world.
func TestOpenToLabelAndElsewhere(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Open to: Mexico, Chile.", []string{"MX", "CL"}},
		{"Eligible to work from: Italy or Malta", []string{"IT", "MT"}},
		{"Hiring in: Vietnam", []string{"VN"}},
	} {
		if got := statusDemandRegions(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("statusDemandRegions(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, trap := range []string{
		"Reports to: Head of Sales",
		"We hire employees in France through our SAS and contractors elsewhere.",
		"Open to: feedback and new ideas",
	} {
		if got := statusDemandRegions(trap); got != nil {
			t.Errorf("statusDemandRegions(%q) = %v, want nil", trap, got)
		}
	}
	checkKey(t, "openToLabel", openToLabel, "Requirements. Open to: Mexico, Chile.")
}

// TestAbbrevBeforeSentence: a dotted abbreviation that ends its sentence
// ends the place list; a place list that reads as a whole is unchanged.
func TestAbbrevBeforeSentence(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"U.S. How you will make an impact", []string{"US"}},
		{"U.K. We offer a pension.", []string{"GB"}},
		{"U.S. and Canada.", []string{"US", "CA"}},
		{"A.B. Testing is our craft", nil},
	} {
		if got := regionList(c.s); !reflect.DeepEqual(got, c.want) {
			t.Errorf("regionList(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestWorkRightsAndFollowingLists: work rights and visas after a place,
// the adverb form of a right to work, and a "following" list beside a
// hiring word.
func TestWorkRightsAndFollowingLists(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"You must have full Australian working rights.", []string{"AU"}},
		{"Candidates need a valid Canadian work permit.", []string{"CA"}},
		{"You must be able to legally work in Japan.", []string{"JP"}},
		{"Applicants must be authorized to work for any employer in the United States.", []string{"US"}},
		{"Remote work is possible from the following countries: Latvia, Lithuania.", []string{"LV", "LT"}},
	} {
		if got := statusDemandRegions(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("statusDemandRegions(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, trap := range []string{
		"Our product sells in the following countries: Spain, Italy.", // no hiring word
		"We help clients get work permits in Germany.",                // no place before the noun, no demand
		"You do not need to legally work in Japan for this contract.", // denied
	} {
		if got := statusDemandRegions(trap); got != nil {
			t.Errorf("statusDemandRegions(%q) = %v, want nil", trap, got)
		}
	}
	for _, s := range []string{"You must be able to legally work in Japan.", "Remote work is possible from the following countries: Latvia."} {
		checkKey(t, "legallyWorkIn", legallyWorkIn, s)
		checkKey(t, "followingPlaces", followingPlaces, s)
	}
}
