package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// testNow is the fixed clock of the test server.
var testNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func day(n int) *time.Time {
	t := testNow.AddDate(0, 0, n)
	return &t
}

// fixture is one listing of the test set, built readably.
func fixture(id, source, title, company string, remote model.Remote, regions []string, typ model.JobType, skills []string, text string) *model.Listing {
	return &model.Listing{ID: id, Source: source, ExternalID: "ext-" + id, URL: "https://jobs.example.org/" + id,
		Title: title, Company: company, Remote: remote, RemoteRegions: regions, Type: typ, Skills: skills,
		Text: text, DescriptionHTML: "<p>" + text + "</p>", Risk: model.SeverityLow, Locations: []string{}}
}

func hourly(l *model.Listing, min, max float64) *model.Listing {
	l.Pay = &model.Pay{Min: min, Max: max, Currency: "USD", Unit: model.UnitHour, Source: model.FromStructured, Hourly: max, HourlyUSD: max}
	return l
}

// flag adds a flag whose evidence is the first phrase in field, or a
// structural flag when phrase is "".
func flag(l *model.Listing, id string, fam model.Family, sev model.Severity, field, phrase string) *model.Listing {
	sp := model.Span{Field: field}
	if phrase != "" {
		text := fieldText(l, field)
		i := strings.Index(text, phrase)
		if i < 0 {
			panic(fmt.Sprintf("fixture %s: %q not in %s", l.ID, phrase, field))
		}
		sp = model.Span{Field: field, Start: i, End: i + len(phrase), Text: phrase}
	}
	l.Flags = append(l.Flags, model.Flag{ID: id, Family: fam, Severity: sev, Reason: "Reason for " + id + ".", Evidence: sp})
	if sev.Rank() > l.Risk.Rank() {
		l.Risk = sev
	}
	return l
}

// testListings is the in-test set: eight visible listings, one high-risk
// scam, one unpaid (high risk), one closed and one duplicate.
func testListings() []*model.Listing {
	dataA := hourly(fixture("l01", "brightpath", "Data analysis micro-internship", "BrightPath", model.RemoteRemote, []string{"US"},
		model.TypeMicroInternship, []string{"Python", "SQL"},
		"Analyse survey data with Python and SQL and deliver a short report with three charts. Your mentor is our analytics lead."), 20, 20)
	dataA.Pay = &model.Pay{Min: 300, Max: 300, Currency: "USD", Unit: model.UnitProject, Source: model.FromText, Hourly: 20, HourlyUSD: 20}
	dataA.Hours = &model.Range{Min: 15, Max: 15}
	dataA.DurationDays = &model.Range{Min: 14, Max: 28}
	dataA.Deadline = day(20)
	dataA.PostedAt = day(-1)
	dataA.ApplyURL = "https://jobs.example.org/l01/apply"
	dataA.Fingerprint = "fp-data-analysis"

	mkt := hourly(fixture("l02", "acme", "Marketing research project", "Acme Studio", model.RemoteRemote, []string{"EU"},
		model.TypeProject, []string{"Marketing", "Excel"},
		"Research five competitors and summarise their pricing in a spreadsheet. Other duties as assigned."), 25, 25)
	mkt.Hours = &model.Range{Min: 10, Max: 20}
	mkt.PostedAt = day(-3)
	flag(mkt, "VAGUE_CATCHALL_DUTIES", model.FamilyVague, model.SeverityLow, "text", "Other duties as assigned")

	ux := fixture("l03", "acme", "UX design internship", "Figmentary", model.RemoteHybrid, nil,
		model.TypeInternship, []string{"Figma"}, "Design onboarding screens in Figma and test them with five users.")
	ux.Locations = []string{"Berlin"}
	ux.PostedAt = day(-10)
	flag(ux, "PAY_UNSPECIFIED", model.FamilyUnpaid, model.SeverityLow, "pay", "")

	clean := hourly(fixture("l04", "brightpath", "Python data cleaning project", "Datawise", model.RemoteRemote, []string{"worldwide"},
		model.TypeProject, []string{"Python"}, "Clean a messy dataset of 10,000 rows with pandas and document each step."), 30, 30)
	clean.Hours = &model.Range{Min: 8, Max: 10}
	clean.PostedAt = day(-2)

	scam := fixture("l05", "remoteok", "Earn $500 daily from home", "", model.RemoteRemote, []string{"worldwide"},
		model.TypePartTime, nil, "Earn $500 daily from home. Pay a $50 registration fee to start. Contact us on Telegram.")
	scam.PostedAt = day(0)
	flag(scam, "SCAM_UPFRONT_FEE", model.FamilyScam, model.SeverityHigh, "text", "Pay a $50 registration fee")
	flag(scam, "SCAM_OFFPLATFORM_CONTACT", model.FamilyScam, model.SeverityHigh, "text", "Contact us on Telegram")

	vol := fixture("l06", "remotive", "Social media volunteer", "Helping Hands", model.RemoteRemote, []string{"US"},
		model.TypeVolunteer, []string{"Social media"}, "Post twice a week on our social media. This is an unpaid volunteer position.")
	vol.Unpaid = true
	vol.PostedAt = day(-4)
	flag(vol, "UNPAID", model.FamilyUnpaid, model.SeverityHigh, "text", "unpaid volunteer position")

	web := hourly(fixture("l07", "remotive", "Frontend web project", "Lumen Labs", model.RemoteRemote, []string{"US"},
		model.TypeContract, []string{"JavaScript", "React"}, "Build a React landing page from our Figma design and ship it with tests."), 35, 40)
	web.Hours = &model.Range{Min: 30, Max: 40}
	web.Deadline = day(5)
	web.PostedAt = day(-6)

	ra := hourly(fixture("l08", "acme", "Research assistant internship", "State University", model.RemoteOnsite, nil,
		model.TypeInternship, []string{"Excel"}, "Help a research group code interview transcripts in Excel."), 12, 12)
	ra.Locations = []string{"Austin, TX"}
	ra.PayText = "$12 per hour"
	ra.PostedAt = day(-8)
	flag(ra, "PAY_BELOW_FLOOR", model.FamilyUnpaid, model.SeverityMedium, "pay_text", "$12 per hour")
	flag(ra, "VAGUE_NO_SUPERVISOR", model.FamilyVague, model.SeverityLow, "text", "")

	write := fixture("l09", "brightpath", "Content writing micro-internship", "BrightPath", model.RemoteRemote, []string{"US"},
		model.TypeMicroInternship, []string{"Writing"}, "Write four blog posts about data careers for students, edited by our content lead.")
	write.Pay = &model.Pay{Min: 400, Max: 400, Currency: "USD", Unit: model.UnitProject, Source: model.FromStructured, Hourly: 20, HourlyUSD: 20}
	write.Hours = &model.Range{Min: 20, Max: 20}
	write.PostedAt = day(-5)

	viz := hourly(fixture("l10", "oldboard", "Data visualization project", "Chartly", model.RemoteRemote, []string{"US"},
		model.TypeProject, []string{"Tableau"}, "Build three dashboards in Tableau."), 28, 28)
	viz.PostedAt = day(-30)

	dup := fixture("l11", "remotive", "Data analysis micro-internship", "BrightPath", model.RemoteRemote, []string{"US"},
		model.TypeMicroInternship, []string{"Python", "SQL"}, "The same data analysis micro-internship, reposted.")
	dup.Fingerprint = "fp-data-analysis" // the store links it to l01 (seen first, lower id)
	dup.PostedAt = day(-1)

	sheet := hourly(fixture("l12", "remotive", "Spreadsheet cleanup", "Tidy Co", model.RemoteRemote, []string{"EU", "US"},
		model.TypeProject, []string{"Excel"}, "Tidy up a sales spreadsheet and remove duplicates."), 22, 22)
	sheet.Hours = &model.Range{Min: 5, Max: 5}
	sheet.PostedAt = day(-7)
	return []*model.Listing{dataA, mkt, ux, clean, scam, vol, web, ra, write, viz, dup, sheet}
}

// visibleIDs are the listings a default search shows (newest first).
var visibleIDs = []string{"l01", "l04", "l02", "l09", "l07", "l12", "l08", "l03"}

// mustData fills a store and an index with ls in dir, closes the listings
// of source "oldboard", and returns both.
func mustData(tb testing.TB, ls []*model.Listing) (store.Store, *index.Index) {
	tb.Helper()
	ctx := context.Background()
	dir := tb.TempDir()
	st, err := store.Open(ctx, filepath.Join(dir, "gigscout.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	st.SetNow(func() time.Time { return testNow.Add(-48 * time.Hour) })
	if _, err := st.Upsert(ctx, ls); err != nil {
		tb.Fatal(err)
	}
	if _, err := st.CloseMissing(ctx, "oldboard", map[string]struct{}{}, time.Time{}); err != nil {
		tb.Fatal(err)
	}
	x, err := index.Open(filepath.Join(dir, "index.bleve"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { x.Close() })
	if _, err := x.CatchUp(ctx, st); err != nil {
		tb.Fatal(err)
	}
	return st, x
}

// newTestServer serves the test listings with opts' other fields.
func newTestServer(tb testing.TB, opts Options) *Server {
	tb.Helper()
	st, x := mustData(tb, testListings())
	opts.Store, opts.Index = st, x
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Now == nil {
		opts.Now = func() time.Time { return testNow }
	}
	if opts.RateLimit == (RateLimit{}) {
		opts.RateLimit.Disabled = true // ratelimit_test.go tests it
	}
	return New(opts)
}

// get runs one request through the whole handler.
func get(tb testing.TB, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	tb.Helper()
	r := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func decode[T any](tb testing.TB, w *httptest.ResponseRecorder) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		tb.Fatalf("decode %s: %v", w.Body.String(), err)
	}
	return v
}

type errorBody struct {
	Error struct{ Code, Param, Message string } `json:"error"`
}

func ids(res SearchResponse) []string {
	out := []string{}
	for _, r := range res.Data {
		out = append(out, r.ID)
	}
	return out
}

// newHTTPTestServer serves the test listings on 127.0.0.1.
func newHTTPTestServer(tb testing.TB) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(newTestServer(tb, Options{}).Handler())
	tb.Cleanup(srv.Close)
	return srv
}
