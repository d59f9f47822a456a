package redflag

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRules(t *testing.T) {
	want := []string{Unpaid, PayUnspecified, PayBelowFloor, VagueNoDescription, VagueNoDeliverables, VagueNoDuration,
		VagueNoSupervisor, VagueCatchallDuties, VagueMassHiring, ScamUpfrontFee, ScamOffplatform, ScamCheckHandling, ScamPersonalData,
		ScamTooGoodPay, ScamPressure, ScamAnonEmployer, ScamWFHHype, ScamTemplateReuse}
	rs := Rules()
	var got []string
	for _, r := range rs {
		got = append(got, r.ID)
		if r.Severity.Rank() == 0 || r.Reason == "" || !strings.HasSuffix(r.Reason, ".") {
			t.Errorf("%s: bad severity or reason: %+v", r.ID, r)
		}
		switch {
		case strings.HasPrefix(r.ID, "SCAM_") && r.Family != model.FamilyScam,
			strings.HasPrefix(r.ID, "VAGUE_") && r.Family != model.FamilyVague,
			(r.ID == Unpaid || strings.HasPrefix(r.ID, "PAY_")) && r.Family != model.FamilyUnpaid:
			t.Errorf("%s: family %s", r.ID, r.Family)
		}
		if info, ok := Lookup(r.ID); !ok || info != r {
			t.Errorf("Lookup(%s) = %+v, %v", r.ID, info, ok)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Rules() ids = %v, want %v", got, want)
	}
	if _, ok := Lookup("NOPE"); ok {
		t.Error("Lookup found an unknown id")
	}
	rs[0].Reason = "changed"
	if Rules()[0].Reason == "changed" {
		t.Error("Rules() shares its backing array")
	}
}

func flag(id string, fam model.Family, sev model.Severity) model.Flag {
	return model.Flag{ID: id, Family: fam, Severity: sev}
}

func TestRisk(t *testing.T) {
	med := func(id string) model.Flag { return flag(id, model.FamilyScam, model.SeverityMedium) }
	tests := []struct {
		name  string
		flags []model.Flag
		want  model.Severity
	}{
		{"none", nil, model.SeverityLow},
		{"low only", []model.Flag{flag(PayUnspecified, model.FamilyUnpaid, model.SeverityLow), flag(VagueCatchallDuties, model.FamilyVague, model.SeverityLow)}, model.SeverityLow},
		{"high scam", []model.Flag{flag(ScamUpfrontFee, model.FamilyScam, model.SeverityHigh)}, model.SeverityHigh},
		{"unpaid", []model.Flag{flag(Unpaid, model.FamilyUnpaid, model.SeverityHigh)}, model.SeverityHigh},
		{"unpaid overridden to medium", []model.Flag{flag(Unpaid, model.FamilyUnpaid, model.SeverityMedium)}, model.SeverityMedium},
		{"two medium scam", []model.Flag{med(ScamPressure), med(ScamWFHHype)}, model.SeverityMedium},
		{"three medium scam", []model.Flag{med(ScamPressure), med(ScamWFHHype), med(ScamAnonEmployer)}, model.SeverityHigh},
		{"vague never scam", []model.Flag{flag(VagueNoDescription, model.FamilyVague, model.SeverityMedium),
			flag(VagueNoDeliverables, model.FamilyVague, model.SeverityMedium), flag(VagueNoDuration, model.FamilyVague, model.SeverityMedium)}, model.SeverityMedium},
		{"vague high override is not scam", []model.Flag{flag(VagueNoDescription, model.FamilyVague, model.SeverityHigh)}, model.SeverityMedium},
		{"pay below floor", []model.Flag{flag(PayBelowFloor, model.FamilyUnpaid, model.SeverityMedium)}, model.SeverityMedium},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Risk(tc.flags); got != tc.want {
				t.Errorf("Risk = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestAssessBasics(t *testing.T) {
	Assess(nil) // no panic
	l := &model.Listing{}
	Assess(l)
	checkInvariants(t, l)
	if l.Flags == nil {
		t.Fatal("nil flags")
	}
	// Re-assessing replaces the flags, never appends.
	l = listing("Data Entry", "Pay a $50 registration fee. Interview on Telegram with HR.")
	Assess(l)
	n := len(l.Flags)
	Assess(l)
	if len(l.Flags) != n {
		t.Errorf("re-assess changed the flag count: %d then %d", n, len(l.Flags))
	}
	checkInvariants(t, l)
	if l.Risk != model.SeverityHigh || l.Flags[0].Severity != model.SeverityHigh {
		t.Errorf("risk %s, flags %v", l.Risk, flagIDs(l.Flags))
	}
}

func TestOptions(t *testing.T) {
	text := "Pay a $50 registration fee. Interview on Telegram with HR. No interview needed!"
	eng := New(Options{
		Disabled: map[string]bool{ScamUpfrontFee: true, "NOT_A_FLAG": true},
		Severity: map[string]model.Severity{ScamOffplatform: model.SeverityLow, ScamPressure: "bogus"},
	})
	l := listing("Data Entry", text)
	eng.Assess(l)
	checkInvariants(t, l)
	if l.HasFlag(ScamUpfrontFee) {
		t.Error("disabled flag fired")
	}
	for _, f := range l.Flags {
		switch f.ID {
		case ScamOffplatform:
			if f.Severity != model.SeverityLow {
				t.Errorf("override ignored: %s", f.Severity)
			}
		case ScamPressure:
			if f.Severity != model.SeverityMedium {
				t.Errorf("bogus override applied: %s", f.Severity)
			}
		}
	}
	if o := New(Options{}).Options(); o.FloorHourlyUSD != DefaultFloorHourlyUSD || o.MinWageHourlyUSD != DefaultMinWageHourlyUSD {
		t.Errorf("defaults not filled: %+v", o)
	}
}

func TestView(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"entities", "AD&amp;D &nbsp;Insurance", "ad&d  insurance"},
		{"glued sentence", "as assigned.Adhere to", "as assigned. adhere to"},
		{"glued words", "Data Entry ClerkData Entry", "data entry clerk data entry"},
		{"abbreviation kept", "e.g. U.S. law", "e.g. u.s. law"},
		{"quotes and bullets", "don’t•Build", "don't\nbuild"},
		{"unknown entity", "R&D; &bogus; ok", "r&d; &bogus; ok"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := newView("text", tc.in)
			if v.s != tc.want {
				t.Errorf("folded %q, want %q", v.s, tc.want)
			}
			v.needOffsets() // made on first use (view_fold.go)
			if len(v.from) != len(v.s) || len(v.to) != len(v.s) {
				t.Fatalf("offset maps %d/%d for %d bytes", len(v.from), len(v.to), len(v.s))
			}
			sp := v.whole()
			if !validSpan(&sp, "text", tc.in) {
				t.Errorf("whole span %+v invalid", sp)
			}
		})
	}
	v := newView("text", "Health &amp; dental. Other duties as assigned.Adhere")
	i := strings.Index(v.s, "other duties as assigned")
	sp := v.span(i, i+len("other duties as assigned"))
	if sp.Text != "Other duties as assigned" || sp.Start != 21 {
		t.Errorf("span = %+v", sp)
	}
}

func TestNegated(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"There is no fee.", "fee", true},
		{"Zero start-up fee, visit here", "start-up fee", true},
		{"Never Any Fees.", "fees", true},
		{"without any charge", "charge", true},
		{"No payroll or payout fees of any kind", "fees", true},
		{"Joining is fee-free", "fee", true},
		{"There is a fee.", "fee", false},
		{"No experience needed. A training fee applies.", "training fee", false},
		{"Not required, but a fee applies", "fee", false},
	}
	for _, tc := range tests {
		v := newView("text", tc.text)
		i := strings.Index(v.s, strings.ToLower(tc.phrase))
		if i < 0 {
			t.Fatalf("%q not in %q", tc.phrase, v.s)
		}
		if got := v.negated(i, i+len(tc.phrase)); got != tc.want {
			t.Errorf("negated(%q in %q) = %v, want %v", tc.phrase, tc.text, got, tc.want)
		}
	}
}

// sharedDir is the shared data directory seen from this package.
const sharedDir = "../../../shared/redflags"

type sharedExample struct {
	ID      string            `json:"id"`
	Listing map[string]string `json:"listing"`
	Flags   []struct {
		Flag string `json:"flag"`
	} `json:"flags"`
	NotFlags []struct {
		Flag     string `json:"flag"`
		Evidence *struct {
			Text string `json:"text"`
		} `json:"evidence"`
	} `json:"not_flags"`
}

// TestSharedExamples runs the hand-labelled examples without the
// normalize package: every unpaid label fires and no trap does.
func TestSharedExamples(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir, "examples.jsonl"))
	if err != nil {
		t.Skipf("shared examples not available (%v); run from the gigscout workspace", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var ex sharedExample
		if err := json.Unmarshal([]byte(line), &ex); err != nil {
			t.Fatal(err)
		}
		L := ex.Listing
		l := &model.Listing{Title: L["title"], Company: L["organization"], PayText: L["stipend"] + L["salary_range"],
			EmploymentType: L["employment_type"], Type: model.TypeUnknown,
			Text: strings.Join([]string{L["description"], L["requirements"], L["benefits"], "Duration: " + L["duration"]}, "\n")}
		Assess(l)
		checkInvariants(t, l)
		for _, g := range ex.Flags {
			if g.Flag == Unpaid && !l.HasFlag(Unpaid) {
				t.Errorf("%s: UNPAID did not fire", ex.ID)
			}
		}
		for _, trap := range ex.NotFlags {
			id := trap.Flag
			if id == "VAGUE_DURATION" {
				id = VagueNoDuration
			}
			for _, f := range l.Flags {
				if f.ID == id && (trap.Evidence == nil || strings.Contains(trap.Evidence.Text, f.Evidence.Text) || strings.Contains(f.Evidence.Text, trap.Evidence.Text)) {
					t.Errorf("%s: trap %s fired on %q", ex.ID, id, f.Evidence.Text)
				}
			}
		}
	}
}

// benchListing is testdata/listing.json: a realistic micro-internship.
func benchListing(tb testing.TB) model.Listing {
	b, err := os.ReadFile("testdata/listing.json")
	if err != nil {
		tb.Fatal(err)
	}
	var l model.Listing
	if err := json.Unmarshal(b, &l); err != nil {
		tb.Fatal(err)
	}
	return l
}

// TestRealisticListing: a clean, concrete listing raises no flag above low,
// although it mentions WhatsApp, direct deposit, bank details, ID, fees,
// date of birth and "other duties as assigned" in harmless ways.
func TestRealisticListing(t *testing.T) {
	l := benchListing(t)
	Assess(&l)
	checkInvariants(t, &l)
	if l.Risk != model.SeverityLow {
		t.Errorf("risk %s; flags %v", l.Risk, l.Flags)
	}
	for _, f := range l.Flags {
		if f.Family == model.FamilyScam {
			t.Errorf("scam flag %s on %q", f.ID, f.Evidence.Text)
		}
	}
}

func BenchmarkAssess(b *testing.B) {
	l := benchListing(b)
	eng := New(Options{})
	b.SetBytes(int64(len(l.Text)))
	b.ReportAllocs()
	for b.Loop() {
		c := l
		eng.Assess(&c)
	}
}
