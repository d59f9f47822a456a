package redflag

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A made-up opening pitch of 58 words, and bodies that share nothing.
const (
	pitchLead = "Join a fast growing remote team and start earning from the comfort of your own home today. " +
		"Our partners across the country need reliable people to review documents, answer customer emails " +
		"and process simple orders online. No prior experience is required because full training is provided " +
		"during your first week, and payments are sent every Friday without delay."
	bodyForms = "\n\nYou will check scanned forms against the entries in our portal and mark the ones that do not " +
		"match. A laptop and a quiet place to work are all you need. Send your details to apply."
	bodyCalls = "\n\nThe role covers inbound calls for a travel client, logging each call in a shared sheet and " +
		"escalating refunds to a supervisor. Shifts are chosen weekly. Fill in the short form to be considered."
	aboutUs = "Northwind Labs makes scheduling software for clinics. We are an equal opportunity employer."
)

// firstWords returns the first n words of s joined by spaces.
func firstWords(s string, n int) string { return strings.Join(strings.Fields(s)[:n], " ") }

func TestLeadPrint(t *testing.T) {
	long := pitchLead + bodyForms
	for _, tc := range []struct {
		name string
		a, b string
		same bool // both non-zero and equal
		none bool // a has no lead fingerprint
	}{
		{name: "same pitch, different bodies", a: pitchLead + bodyForms, b: pitchLead + bodyCalls, same: true},
		{name: "case, spacing and punctuation ignored", a: long,
			b: strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(long, " ", "  \n"), ".", "!")), same: true},
		{name: "one word of the lead changed", a: long, b: strings.Replace(long, "documents", "invoices", 1)},
		{name: "equal opportunity opening has none", a: "We are an equal opportunity employer and welcome applicants of every background. " + long, none: true},
		{name: "a word changed after the lead", a: long, b: strings.Replace(long, "laptop", "tablet", 1), same: true},
		{name: "one-line about us has none", a: aboutUs + " " + aboutUs, none: true},
		{name: "exactly the lead's length has none", a: firstWords(long, leadWords), none: true},
		{name: "one word past the lead", a: firstWords(long, leadWords+1), b: firstWords(long, leadWords+2), same: true},
		{name: "empty", a: "", none: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := LeadPrint(tc.a)
			if tc.none {
				if a != 0 {
					t.Fatalf("LeadPrint = %#x, want 0", a)
				}
				return
			}
			b := LeadPrint(tc.b)
			if a == 0 || b == 0 {
				t.Fatalf("no lead: %#x %#x", a, b)
			}
			if (a == b) != tc.same {
				t.Fatalf("equal = %v, want %v", a == b, tc.same)
			}
		})
	}
}

// TestLeadPrintPrefix: a caller holding LeadPrefix(text) (as the store's
// corpus rows do) gets the same fingerprint as one holding the text, also
// when the cut falls inside a multi-byte character.
func TestLeadPrintPrefix(t *testing.T) {
	for _, pad := range []int{0, 1, 2, 3} {
		text := strings.Repeat("x", pad) + strings.Repeat("é ", LeadBytes)
		p := LeadPrefix(text)
		if len(p) > LeadBytes || !strings.HasPrefix(text, p) {
			t.Fatalf("pad %d: bad prefix of %d bytes", pad, len(p))
		}
		if Sketch(p) != Sketch(text) || LeadPrint(text) == 0 {
			t.Fatalf("pad %d: prefix and text differ", pad)
		}
	}
}
func TestCorpusFlagsLead(t *testing.T) {
	type ad struct {
		id, company, info, text, fingerprint string
	}
	build := func(ads []ad) []CorpusEntry {
		es := make([]CorpusEntry, len(ads))
		for i, a := range ads {
			// Distinct full-text SimHashes far apart: only the lead can match.
			es[i] = CorpusEntry{ID: a.id, Source: "board-" + a.id, URL: "https://jobs.test/" + a.id, Title: "Remote assistant",
				Company: a.company, CompanyKey: strings.ToLower(a.company), TextSim: uint64(0x9E3779B97F4A7C15) * uint64(i+1),
				TextLen: len(a.text), InfoSim: uint64(0xC2B2AE3D27D4EB4F) * uint64(i+1), InfoLen: len(a.info),
				Sketch: Sketch(a.text), Fingerprint: a.fingerprint,
				Identified: Identified(a.company, a.info, "", "https://jobs.test/"+a.id, "")}
		}
		return es
	}
	profile := "Northwind Labs builds tools for clinics. " + strings.Repeat("We care about patients and staff. ", 6)
	for _, tc := range []struct {
		name string
		ads  []ad
		want []string // flagged ids
	}{
		{name: "pitch copied under two names", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: pitchLead + bodyCalls},
			{id: "c", company: "Northwind Labs", text: bodyCalls + bodyForms + bodyCalls}},
			want: []string{"a", "b"}},
		{name: "pitch copied, one side with a profile", ads: []ad{
			{id: "a", company: "Northwind Labs", info: profile, text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: pitchLead + bodyCalls}},
			want: []string{"a", "b"}},
		{name: "one employer reuses its own about-us lead", ads: []ad{
			{id: "a", company: "Northwind Labs", info: profile, text: pitchLead + bodyForms},
			{id: "b", company: "NORTHWIND LABS", info: profile, text: pitchLead + bodyCalls},
			{id: "c", company: "northwind labs", text: pitchLead + bodyCalls + bodyForms}}},
		{name: "short shared opening line", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: aboutUs + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: aboutUs + bodyCalls}}},
		{name: "whole ad is the short pitch", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: firstWords(pitchLead, leadWords)},
			{id: "b", company: "Harbor Home Jobs", text: firstWords(pitchLead, leadWords)}}},
		{name: "one opportunity on two boards", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms, fingerprint: "opp-1"},
			{id: "b", company: "Brightpath Staffing Inc", text: pitchLead + bodyForms, fingerprint: "opp-1"}}},
		{name: "no employer names", ads: []ad{
			{id: "a", text: pitchLead + bodyForms},
			{id: "b", text: pitchLead + bodyCalls}}},
		{name: "one word of the opening changed", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: strings.Replace(pitchLead, "documents", "invoices", 1) + bodyCalls}},
			want: []string{"a", "b"}},
		{name: "one word added", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: strings.NewReplacer("Our partners", "Our trusted partners").Replace(pitchLead) + bodyCalls}},
			want: []string{"a", "b"}},
		{name: "two words changed", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "c", company: "Quill Remote Careers", text: strings.NewReplacer("remote team", "online team", "answer customer", "answer client").Replace(pitchLead) + bodyCalls}},
			want: []string{"a", "c"}},
		{name: "three words changed", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: strings.NewReplacer("remote team", "online team", "answer customer", "answer client",
				"full training", "free training").Replace(pitchLead) + bodyCalls}}},
		{name: "opening reworded", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: strings.NewReplacer("fast growing", "small", "comfort of your own home", "office",
				"review documents", "check papers", "without delay", "on time").Replace(pitchLead) + bodyCalls}}},
		{name: "equal opportunity opening", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: "We are an equal opportunity employer. " + pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: "We are an equal opportunity employer. " + pitchLead + bodyCalls}}},
		{name: "different openings", ads: []ad{
			{id: "a", company: "Brightpath Staffing", text: pitchLead + bodyForms},
			{id: "b", company: "Harbor Home Jobs", text: bodyCalls + pitchLead + bodyForms}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CorpusFlags(build(tc.ads))
			if len(got) != len(tc.want) {
				t.Fatalf("flagged %v, want %v", keys(got), tc.want)
			}
			for _, id := range tc.want {
				f, ok := got[id]
				if !ok || f.ID != ScamTemplateReuse || f.Severity != model.SeverityHigh || f.Evidence.Field != FieldText {
					t.Fatalf("%s: got %+v", id, f)
				}
				if !strings.Contains(f.Reason, "opening paragraph copied") {
					t.Errorf("%s: reason %q does not say the opening is copied", id, f.Reason)
				}
				if len(f.Others) != len(tc.want)-1 {
					t.Fatalf("%s: others %+v", id, f.Others)
				}
				for _, o := range f.Others {
					if o.ID == id || o.URL == "" || o.Company == "" {
						t.Errorf("%s: bad other %+v", id, o)
					}
				}
			}
		})
	}
}
