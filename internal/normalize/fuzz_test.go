package normalize

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

func addSeeds(f *testing.F) {
	for _, c := range payCases {
		f.Add(c.text)
	}
	for _, c := range effortCases {
		f.Add(c.text)
	}
	for _, c := range remoteCases {
		f.Add(c.loc + " " + c.text)
	}
}

func FuzzParsePay(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		p, unpaid := ParsePay("text", s)
		if p == nil {
			return
		}
		if unpaid {
			t.Error("unpaid with pay")
		}
		if p.Min > p.Max || p.Min < 0 || math.IsNaN(p.Max) || math.IsInf(p.Max, 0) || p.Currency == "" || p.Unit == "" {
			t.Errorf("bad pay %+v", *p)
		}
		e := p.Evidence
		if e == nil || e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
			t.Errorf("bad evidence %+v", e)
		}
	})
}

func checkRange(t *testing.T, what string, r *model.Range) {
	if r != nil && (r.Min > r.Max || r.Min < 0 || math.IsNaN(r.Max) || math.IsInf(r.Max, 0)) {
		t.Errorf("bad %s %+v", what, *r)
	}
}

func FuzzParseEffort(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		e := ParseEffort(s)
		checkRange(t, "hours", e.Hours)
		checkRange(t, "weekly", e.Weekly)
		checkRange(t, "duration", e.DurationDays)
	})
}

func FuzzParseDeadline(f *testing.F) {
	for _, c := range deadlineCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := ParseDeadline(s, deadlineNow)
		if d != nil && (d.Before(time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)) || d.Year() > 2201) {
			t.Errorf("bad deadline %v", d)
		}
	})
}

func FuzzParseRemote(f *testing.F) {
	for _, c := range remoteCases {
		f.Add(c.hint, c.loc, c.text)
	}
	f.Fuzz(func(t *testing.T, hint, loc, text string) {
		r := ParseRemote(hint, []string{loc}, text)
		if !r.Remote.Valid() || r.Regions == nil {
			t.Errorf("bad %+v", r)
		}
		if r.Remote != model.RemoteRemote && r.Remote != model.RemoteHybrid && len(r.Regions) > 0 {
			t.Errorf("regions without remote: %+v", r)
		}
		for _, g := range r.Regions {
			if g == "" {
				t.Error("empty region")
			}
		}
	})
}

func FuzzParseType(f *testing.F) {
	for _, c := range typeCases {
		f.Add(c.et, c.title, c.text)
	}
	f.Fuzz(func(t *testing.T, et, title, text string) {
		if ty := ParseType(et, title, text); !ty.Valid() {
			t.Errorf("bad type %q", ty)
		}
	})
}

func FuzzSkills(f *testing.F) {
	f.Add("golang", "Go Engineer", "Experience with Go, k8s, C and C++.")
	f.Add("", "", "R. Smith; .NET; node.js; CI/CD")
	f.Fuzz(func(t *testing.T, tag, title, text string) {
		got := Skills([]string{tag}, title, text)
		seen := map[string]bool{}
		for _, s := range got {
			if s == "" || seen[s] {
				t.Errorf("bad skills %q", got)
			}
			seen[s] = true
		}
	})
}

func FuzzText(f *testing.F) {
	f.Add("<p>Other duties as assigned.Adhere</p><ul><li>a</li></ul>")
	f.Add("&lt;p&gt;x&lt;/p&gt;")
	f.Add("a\xffb<script>x</script>")
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 %q", out)
		}
		if out != strings.TrimSpace(out) || strings.Contains(out, "\n\n") || strings.Contains(out, "  ") {
			t.Errorf("white space not folded: %q", out)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	f.Add("Intern", "Remote - US", "$300 for about 15 hours. Due by June 30.", "$55k - $100k", "FullTime")
	f.Fuzz(func(t *testing.T, title, loc, desc, pay, et string) {
		l := Normalize(&model.Posting{Title: title, Locations: []string{loc}, DescriptionHTML: desc, PayText: pay,
			EmploymentType: et, URL: loc}, testOpts)
		checkListing(t, l)
	})
}
