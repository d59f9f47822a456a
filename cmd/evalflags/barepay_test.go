package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
)

// reBareRange is a salary field of bare numbers ("30000-35000").
var reBareRange = regexp.MustCompile(`^\s*(\d{2,7})\s*-\s*(\d{2,7})\s*$`)

// TestAnonIndependentOfBarePay: on the shared sample, reading every
// bare-number salary field normalization leaves unread (as if it parsed
// them) changes no ad's scam flags: the rules take stated pay from the
// listing, not from whether a parser read it.
func TestAnonIndependentOfBarePay(t *testing.T) {
	if _, err := os.Stat(sharedFile(sharedTestDir, "emscad_sample.csv")); err != nil {
		t.Skipf("shared red-flag data not available (%v); run from the gigscout workspace", err)
	}
	rows, err := loadEMSCAD(sharedFile(sharedTestDir, "emscad_sample.csv"))
	if err != nil {
		t.Fatal(err)
	}
	eng := redflag.New(redflag.Options{})
	names := neutralNames(rows)
	read := 0
	for _, r := range rows {
		p := r.Posting
		p.Company = names[r.ID]
		l := assess(p, eng)
		m := reBareRange.FindStringSubmatch(l.PayText)
		if l.Pay != nil || m == nil {
			continue
		}
		lo, _ := strconv.ParseFloat(m[1], 64)
		hi, _ := strconv.ParseFloat(m[2], 64)
		parsed := *l
		parsed.Flags = nil
		parsed.Pay = &model.Pay{Min: min(lo, hi), Max: max(lo, hi), Currency: "USD", Unit: model.UnitYear, Source: model.FromText}
		eng.Assess(&parsed)
		read++
		if a, b := scamFlags(l.Flags), scamFlags(parsed.Flags); a != b {
			t.Errorf("ad %s (pay field %q): scam flags %q unread, %q read", r.ID, l.PayText, a, b)
		}
	}
	if read == 0 {
		t.Fatal("no bare-number salary field left unread in the sample: the test checks nothing")
	}
	t.Logf("%d bare-number salary fields read both ways", read)
}

func scamFlags(fs []model.Flag) string {
	var out []string
	for _, f := range fs {
		if f.Family == model.FamilyScam {
			out = append(out, f.ID+"/"+string(f.Severity))
		}
	}
	return strings.Join(out, ",")
}
