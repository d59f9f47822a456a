package normalize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// fixtureTally counts agreement of one reading with one source's own
// structured labels.
type fixtureTally struct{ n, ok int }

func (f *fixtureTally) add(agree bool) {
	f.n++
	if agree {
		f.ok++
	}
}

func (f fixtureTally) share() float64 {
	if f.n == 0 {
		return 1
	}
	return float64(f.ok) / float64(f.n)
}

// TestFixtureAgreement measures the normalizer on the real board payloads
// in ../shared/fixtures against the labels the boards themselves carry:
// Ashby's structured salary against its own display string (pay); Ashby's
// workplaceType/isRemote, Lever's workplaceType and Workable's
// telecommuting against what location, title and description say without
// the structured hint (remote); Lever's country for remote postings
// (region); Ashby's employmentType against the title and description alone
// (type, where they say anything).
func TestFixtureAgreement(t *testing.T) {
	ashby, _ := filepath.Glob(filepath.Join(sharedFixtures, "ashby", "*.json"))
	if len(ashby) == 0 {
		t.Skip("shared fixtures (../shared/fixtures) not available; skipping")
	}
	var pay, remote, region, typ fixtureTally
	typeDecided := 0
	read := func(l *model.Listing) model.Remote { return l.Remote }
	for _, f := range ashby {
		var board struct {
			Jobs []struct {
				Title           string  `json:"title"`
				Location        string  `json:"location"`
				EmploymentType  string  `json:"employmentType"`
				IsRemote        *bool   `json:"isRemote"`
				WorkplaceType   *string `json:"workplaceType"`
				DescriptionHTML string  `json:"descriptionHtml"`
				Compensation    *struct {
					Summary    *string `json:"compensationTierSummary"`
					Components []struct {
						Type     string   `json:"compensationType"`
						Interval string   `json:"interval"`
						Currency *string  `json:"currencyCode"`
						Min      *float64 `json:"minValue"`
						Max      *float64 `json:"maxValue"`
					} `json:"summaryComponents"`
				} `json:"compensation"`
			} `json:"jobs"`
		}
		readFixture(t, filepath.Join("ashby", filepath.Base(f)), &board)
		for _, j := range board.Jobs {
			p := model.Posting{Title: j.Title, Locations: []string{j.Location}, DescriptionHTML: j.DescriptionHTML}
			if c := j.Compensation; c != nil && c.Summary != nil {
				for _, sc := range c.Components {
					if sc.Type != "Salary" || sc.Min == nil || sc.Max == nil || sc.Currency == nil {
						continue
					}
					unit := map[string]model.PayUnit{"1 YEAR": model.UnitYear, "1 MONTH": model.UnitMonth, "1 HOUR": model.UnitHour, "1 WEEK": model.UnitWeek, "1 DAY": model.UnitDay}[sc.Interval]
					got, _ := ParsePay("pay_text", *c.Summary)
					ok := got != nil && got.Min == *sc.Min && got.Max == *sc.Max && got.Currency == *sc.Currency && got.Unit == unit
					if !ok {
						t.Logf("pay: ashby %q: %q read %s, label %v-%v %s %s", j.Title, *c.Summary, payString(got), *sc.Min, *sc.Max, *sc.Currency, sc.Interval)
					}
					pay.add(ok)
				}
			}
			l := Normalize(&p, testOpts)
			got := read(l)
			switch {
			case j.WorkplaceType != nil:
				want := map[string]model.Remote{"OnSite": model.RemoteOnsite, "Remote": model.RemoteRemote, "Hybrid": model.RemoteHybrid}[*j.WorkplaceType]
				remote.add(got == want)
				if got != want {
					t.Logf("remote: ashby %q at %q: read %s (%s), label %s", j.Title, j.Location, got, l.RemoteEvidence, *j.WorkplaceType)
				}
			case j.IsRemote != nil && *j.IsRemote:
				ok := got == model.RemoteRemote || got == model.RemoteHybrid
				remote.add(ok)
				if !ok {
					t.Logf("remote: ashby %q at %q: read %s (%s), label isRemote", j.Title, j.Location, got, l.RemoteEvidence)
				}
			case j.IsRemote != nil:
				remote.add(got != model.RemoteRemote)
				if got == model.RemoteRemote {
					t.Logf("remote: ashby %q at %q: read remote (%s), label not remote", j.Title, j.Location, l.RemoteEvidence)
				}
			}
			if want := MapEmploymentType(j.EmploymentType); want != model.TypeUnknown {
				if gotT := ParseType("", l.Title, l.Text); gotT != model.TypeUnknown {
					typeDecided++
					ok := gotT == want || (want == model.TypeInternship && gotT == model.TypeMicroInternship)
					typ.add(ok)
					if !ok {
						t.Logf("type: ashby %q: read %s from title and text, label %s", j.Title, gotT, j.EmploymentType)
					}
				}
			}
		}
	}
	lever, _ := filepath.Glob(filepath.Join(sharedFixtures, "lever", "*.json"))
	for _, f := range lever {
		var posts []struct {
			Text          string `json:"text"`
			Country       string `json:"country"`
			WorkplaceType string `json:"workplaceType"`
			Description   string `json:"description"`
			Additional    string `json:"additional"`
			Categories    struct {
				Location string `json:"location"`
			} `json:"categories"`
			Lists []struct {
				Text    string `json:"text"`
				Content string `json:"content"`
			} `json:"lists"`
		}
		readFixture(t, filepath.Join("lever", filepath.Base(f)), &posts)
		for _, j := range posts {
			var b strings.Builder
			b.WriteString(j.Description)
			for _, li := range j.Lists {
				b.WriteString("<h3>" + li.Text + "</h3><ul>" + li.Content + "</ul>")
			}
			b.WriteString(j.Additional)
			p := model.Posting{Title: j.Text, Locations: []string{j.Categories.Location}, DescriptionHTML: b.String()}
			want := map[string]model.Remote{"onsite": model.RemoteOnsite, "remote": model.RemoteRemote, "hybrid": model.RemoteHybrid}[j.WorkplaceType]
			if want == "" {
				continue
			}
			l := Normalize(&p, testOpts)
			remote.add(l.Remote == want)
			if l.Remote != want {
				t.Logf("remote: lever %q at %q: read %s (%s), label %s", j.Text, j.Categories.Location, l.Remote, l.RemoteEvidence, j.WorkplaceType)
			}
			if want == model.RemoteRemote && j.Country != "" {
				p.RemoteHint = "remote"
				l := Normalize(&p, testOpts)
				ok := slices.Contains(l.RemoteRegions, strings.ToUpper(j.Country))
				region.add(ok)
				if !ok {
					t.Logf("region: lever %q: read %v, label country %s", j.Text, l.RemoteRegions, j.Country)
				}
			}
		}
	}
	var workable struct {
		Jobs []struct {
			Title         string `json:"title"`
			Telecommuting bool   `json:"telecommuting"`
			Description   string `json:"description"`
			Locations     []struct {
				Country string `json:"country"`
				City    string `json:"city"`
			} `json:"locations"`
		} `json:"jobs"`
	}
	if b, err := os.ReadFile(filepath.Join(sharedFixtures, "workable", "widget_vasion.json")); err == nil && json.Unmarshal(b, &workable) == nil {
		for _, j := range workable.Jobs {
			var locs []string
			for _, lo := range j.Locations {
				locs = append(locs, strings.Trim(lo.City+", "+lo.Country, ", "))
			}
			l := Normalize(&model.Posting{Title: j.Title, Locations: locs, DescriptionHTML: j.Description}, testOpts)
			ok := (l.Remote == model.RemoteRemote || l.Remote == model.RemoteHybrid) == j.Telecommuting
			remote.add(ok)
			if !ok {
				t.Logf("remote: workable %q at %v: read %s (%s), label telecommuting=%v", j.Title, locs, l.Remote, l.RemoteEvidence, j.Telecommuting)
			}
		}
	}
	for _, c := range []struct {
		name  string
		t     fixtureTally
		floor float64
	}{{"pay", pay, 0.95}, {"remote", remote, 0.80}, {"region", region, 0.95}, {"type", typ, 0.90}} {
		t.Logf("%-6s %3d/%3d agree with the boards' own labels (%.1f %%)", c.name, c.t.ok, c.t.n, 100*c.t.share())
		if c.t.share() < c.floor {
			t.Errorf("%s agreement %.1f %% is below %.0f %%", c.name, 100*c.t.share(), 100*c.floor)
		}
	}
	t.Logf("type read from title and text alone on %d listings", typeDecided)
}
