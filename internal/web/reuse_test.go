package web

import (
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestListingPageOthers: a cross-listing flag lists the other listings it
// rests on, linked to their pages, instead of a quote.
func TestListingPageOthers(t *testing.T) {
	a := fixture("r1", "acme", "Order processor", "Acme Orders", model.RemoteRemote, []string{"US"},
		model.TypePartTime, nil, "Process online orders from home.")
	b := fixture("r2", "zenith", "Order processor", "Zenith Fulfilment", model.RemoteRemote, []string{"US"},
		model.TypePartTime, nil, "Process online orders from home.")
	a.Flags = []model.Flag{{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh,
		Reason: "The same ad text appears under other employers' names.", Evidence: model.Span{Field: "text"},
		Others: []model.Link{{Source: "zenith", URL: "https://zenith.test/r2", ID: "r2", Company: "Zenith Fulfilment", Title: "Order processor"}}}}
	a.Risk = model.SeverityHigh
	st, x := mustData(t, []*model.Listing{a, b})
	h := New(Options{Store: st, Index: x, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now: func() time.Time { return testNow }, RateLimit: RateLimit{Disabled: true}}).Handler()
	page := get(t, h, "/listings/r1").Body.String()
	for _, want := range []string{"Copied ad text", `<a href="/listings/r2">Order processor</a> · Zenith Fulfilment`, "(zenith)"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "Nothing about this in") {
		t.Error("a cross-listing flag is shown as missing evidence")
	}
	if w := get(t, h, "/api/v1/listings/r1"); w.Code != 200 || !strings.Contains(w.Body.String(), `"others":[{"source":"zenith"`) {
		t.Errorf("API: %d %s", w.Code, w.Body.String())
	}
}
