package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
)

// TestCmdFlagsJSONIsTheNormalizedListing: each line of `gigscout flags
// --json` is the whole normalized listing, field for field what
// normalize.Normalize reads from the same input (remote, remote regions
// and their evidence, pay with its evidence, type, hours, skills, text),
// plus the assessment, and every field of the listing's JSON is present.
func TestCmdFlagsJSONIsTheNormalizedListing(t *testing.T) {
	tests := []struct {
		name    string
		in      flagsInput
		remote  model.Remote
		regions []string
		pay     string // "MIN MAX CUR UNIT"
		typ     model.JobType
	}{
		{name: "region in the title, per-end range", in: flagsInput{Title: "Data Analyst [Remote-US]", Company: "Acme Analytics",
			Description: "Build weekly reports in SQL for our sales team.", Pay: "$30/hr - $35/hr", EmploymentType: "Contract"},
			remote: model.RemoteRemote, regions: []string{"US"}, pay: "30 35 USD hour", typ: model.TypeContract},
		{name: "office days make hybrid", in: flagsInput{Title: "Junior Designer", Company: "Kiln Studio", Location: "London",
			Description: "<p>You'll be in our London office three days a week. Permanent, full time position.</p>", Pay: "£30k–£35k + bonus"},
			remote: model.RemoteHybrid, regions: []string{"GB"}, pay: "30000 35000 GBP year", typ: model.TypeFullTime},
		{name: "worldwide and contract wording", in: flagsInput{Title: "Technical Writer", Company: "Brightnote",
			Description: "This is a fully remote role and we hire worldwide. You will work on a freelance basis. Rate: \\$40 \\- \\$55 per hour."},
			remote: model.RemoteRemote, regions: []string{"worldwide"}, pay: "40 55 USD hour", typ: model.TypeContract},
		{name: "citizenship limits the region", in: flagsInput{Title: "Support Engineer", Company: "Northwind", Location: "Remote",
			Description: "Candidates must be Canadian citizens or permanent residents. 2000+ weekly.", Pay: "2000+ weekly"},
			remote: model.RemoteRemote, regions: []string{"CA"}, pay: "2000 2000 CAD week"},
	}
	opts := normalize.Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.in.ID = json.RawMessage(`"x1"`)
			line, err := json.Marshal(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			code, out, errOut := flagsTestRun(t, []string{"--json"}, strings.NewReader(string(line)+"\n"))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var raw map[string]json.RawMessage
			if err := json.Unmarshal([]byte(out), &raw); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			lt := reflect.TypeFor[model.Listing]()
			for i := 0; i < lt.NumField(); i++ {
				name, rest, _ := strings.Cut(lt.Field(i).Tag.Get("json"), ",")
				if name == "" || name == "-" || strings.Contains(rest, "omitempty") {
					continue
				}
				if _, ok := raw[name]; !ok {
					t.Errorf("field %q missing from %s", name, out)
				}
			}
			var got model.Listing
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if got.ID != "x1" {
				t.Errorf("id = %q", got.ID)
			}
			if got.Remote != tc.remote || !reflect.DeepEqual(got.RemoteRegions, tc.regions) {
				t.Errorf("remote = %s %v (%s), want %s %v", got.Remote, got.RemoteRegions, got.RemoteEvidence, tc.remote, tc.regions)
			}
			if got.Pay == nil || payLine(got.Pay) != tc.pay {
				t.Errorf("pay = %+v, want %s", got.Pay, tc.pay)
			}
			if tc.typ != "" && got.Type != tc.typ {
				t.Errorf("type = %s, want %s", got.Type, tc.typ)
			}
			// The same input through the normalizer alone gives the same
			// listing, but for what the assessment and the command add.
			p, _, err := decodeFlagsLine(line, 1)
			if err != nil {
				t.Fatal(err)
			}
			p.ExternalID = "x1"
			want := *normalize.Normalize(&p, opts)
			for _, l := range []*model.Listing{&got, &want} {
				l.ID, l.Flags, l.Risk, l.Fingerprint = "", nil, "", ""
				l.DedupKey, l.TextSimHash = "", 0
				l.FirstSeen, l.LastSeen = time.Time{}, time.Time{}
			}
			if !reflect.DeepEqual(got, want) {
				gb, _ := json.Marshal(got)
				wb, _ := json.Marshal(want)
				t.Errorf("flags --json differs from the normalized listing:\n got %s\nwant %s", gb, wb)
			}
		})
	}
}

func payLine(p *model.Pay) string {
	b, _ := json.Marshal([]any{p.Min, p.Max})
	mm := strings.Trim(string(b), "[]")
	lo, hi, _ := strings.Cut(mm, ",")
	return lo + " " + hi + " " + p.Currency + " " + string(p.Unit)
}
