// Package normalize turns a source's Posting into a normalized Listing:
// sanitized HTML, plain text, pay, hours, duration, deadline, remote,
// type, skills and a fingerprint. Everything here is a pure function.
package normalize

import (
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/microcosm-cc/bluemonday"
)

// Options tune normalization.
type Options struct {
	// USDRates converts a currency to US dollars (1 unit = rate USD).
	USDRates map[string]float64
	// Now is the time a listing is seen; zero means time.Now().
	Now time.Time
}

// policy is bluemonday's UGC policy: formatting, lists, links (nofollow), no
// scripts, styles or event handlers. It is safe for concurrent use.
var policy = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoFollowOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}()

// Normalize builds the Listing of p. It does not assess red flags.
func Normalize(p *model.Posting, opts Options) *model.Listing {
	now := opts.Now
	if now.IsZero() {
		now = time.Now().UTC()
	}
	l := &model.Listing{
		ID:             model.ListingID(p.Source, p.ExternalID),
		Source:         p.Source,
		Kind:           p.Kind,
		ExternalID:     p.ExternalID,
		URL:            strings.TrimSpace(p.URL),
		ApplyURL:       strings.TrimSpace(p.ApplyURL),
		Title:          CleanLine(p.Title),
		Company:        CleanLine(p.Company),
		CompanyURL:     strings.TrimSpace(p.CompanyURL),
		CompanyInfo:    Text(p.CompanyInfo),
		Locations:      cleanList(p.Locations),
		Type:           model.TypeUnknown,
		PayText:        CleanLine(p.PayText),
		EmploymentType: CleanLine(p.EmploymentType),
		Language:       p.Language,
		PostedAt:       p.PostedAt,
		Deadline:       p.Deadline,
		FirstSeen:      now,
		LastSeen:       now,
		Skills:         []string{},
		RemoteRegions:  []string{},
		AlsoAt:         []model.Link{},
		Flags:          []model.Flag{},
	}
	if p.DescriptionHTML != "" {
		l.DescriptionHTML = Sanitize(p.DescriptionHTML)
		l.Text = Text(p.DescriptionHTML)
	} else {
		l.Text = Text(p.DescriptionText)
	}
	l.Remote, l.RemoteEvidence = remoteFromLocation(p.RemoteHint, l.Locations)
	if p.Pay != nil {
		pay := *p.Pay
		l.Pay = &pay
	}
	return l
}

// Sanitize returns HTML safe to show: bluemonday's UGC policy.
func Sanitize(s string) string { return strings.TrimSpace(policy.Sanitize(s)) }

var (
	blockTag = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/li|/h[1-6]|/tr|/ul|/ol|p|div|li|h[1-6]|tr|ul|ol)\b[^>]*>`)
	anyTag   = regexp.MustCompile(`(?s)<[^>]*>`)
	dropped  = regexp.MustCompile(`(?is)<(script|style)\b.*?</(script|style)\s*>`)
	spaces   = regexp.MustCompile(`[ \t\f\v\x{00a0}\x{2009}\x{202f}]+`)
	newlines = regexp.MustCompile(`\s*\n\s*`)
)

// Text turns HTML (or plain text) into readable plain text: block elements
// become line breaks, tags are removed, entities decoded, white space folded.
func Text(s string) string {
	if s == "" {
		return ""
	}
	s = dropped.ReplaceAllString(s, " ")
	s = blockTag.ReplaceAllString(s, "\n")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\r", "")
	s = spaces.ReplaceAllString(s, " ")
	s = newlines.ReplaceAllString(s, "\n")
	return strings.TrimSpace(s)
}

// CleanLine trims, decodes entities and folds white space of a one-line value.
func CleanLine(s string) string {
	s = html.UnescapeString(s)
	return strings.Join(strings.Fields(s), " ")
}

func cleanList(in []string) []string {
	out := make([]string, 0, len(in))
	seen := map[string]bool{}
	for _, s := range in {
		s = CleanLine(s)
		if s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	return out
}

var (
	reRemote = regexp.MustCompile(`(?i)\b(remote|anywhere|work from home|wfh|telecommut\w*|distributed)\b`)
	reHybrid = regexp.MustCompile(`(?i)\bhybrid\b`)
	reOnsite = regexp.MustCompile(`(?i)\b(on-?site|in[- ]office|in[- ]person)\b`)
)

// remoteFromLocation decides remote from the source's structured hint, then
// the location text. It returns the decision and the text that decided it.
func remoteFromLocation(hint string, locations []string) (model.Remote, string) {
	switch strings.ToLower(strings.TrimSpace(hint)) {
	case "remote", "true", "telecommute":
		return model.RemoteRemote, "structured: " + hint
	case "hybrid":
		return model.RemoteHybrid, "structured: " + hint
	case "onsite", "on-site", "false", "in-office":
		return model.RemoteOnsite, "structured: " + hint
	}
	for _, loc := range locations {
		switch {
		case reHybrid.MatchString(loc):
			return model.RemoteHybrid, "location: " + loc
		case reRemote.MatchString(loc):
			return model.RemoteRemote, "location: " + loc
		case reOnsite.MatchString(loc):
			return model.RemoteOnsite, "location: " + loc
		}
	}
	return model.RemoteUnknown, ""
}
