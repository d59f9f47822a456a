package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// These helpers write a listing's facts for people, on pages and in feeds.

func payText(l *model.Listing) string {
	switch {
	case l.Unpaid:
		return "Unpaid"
	case l.Pay == nil || l.Pay.Max <= 0:
		return "Pay not stated"
	}
	return l.Pay.Display()
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func rangeText(r *model.Range, unit string) string {
	if r == nil || r.Max <= 0 {
		return ""
	}
	if r.Min > 0 && r.Min < r.Max {
		return num(r.Min) + "–" + num(r.Max) + " " + unit
	}
	return num(r.Max) + " " + unit
}

// hoursText is the total effort: "10–15 hours in total".
func hoursText(r *model.Range) string {
	if s := rangeText(r, "hours"); s != "" {
		return s + " in total"
	}
	return ""
}

// durationText is how long the work runs: "2–6 weeks", "10 days".
func durationText(r *model.Range) string {
	if r == nil || r.Max <= 0 {
		return ""
	}
	if r.Max >= 14 && int(r.Max)%7 == 0 && (r.Min == 0 || int(r.Min)%7 == 0) {
		return rangeText(&model.Range{Min: r.Min / 7, Max: r.Max / 7}, "weeks")
	}
	return rangeText(r, "days")
}

// whereText says where the work is done: "Remote (US, EU)", "On-site: Berlin".
func whereText(l *model.Listing) string {
	switch l.Remote {
	case model.RemoteRemote:
		if len(l.RemoteRegions) > 0 {
			return "Remote (" + regionsText(l.RemoteRegions) + ")"
		}
		return "Remote"
	case model.RemoteHybrid:
		return joinNonEmpty("Hybrid", strings.Join(l.Locations, "; "))
	case model.RemoteOnsite:
		return joinNonEmpty("On-site", strings.Join(l.Locations, "; "))
	}
	if len(l.Locations) > 0 {
		return strings.Join(l.Locations, "; ")
	}
	return "Location not stated"
}

// joinNonEmpty is "a: b", or b alone when it already starts with a's word
// ("Hybrid - Oakland, CA"), or a alone.
func joinNonEmpty(a, b string) string {
	switch {
	case b == "":
		return a
	case strings.HasPrefix(strings.ToLower(strings.ReplaceAll(b, "-", "")), strings.ToLower(strings.ReplaceAll(a, "-", ""))):
		return b
	}
	return a + ": " + b
}

func regionsText(rs []string) string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = regionLabel(r)
	}
	return strings.Join(out, ", ")
}

// regionLabel names a region code for people: "US" -> "United States".
func regionLabel(r string) string {
	if s, ok := model.RegionNames[r]; ok {
		return s
	}
	return r
}

var typeLabels = map[string]string{
	"micro_internship": "Micro-internship", "internship": "Internship", "project": "Project",
	"contract": "Contract", "part_time": "Part-time", "full_time": "Full-time", "volunteer": "Volunteer", "unknown": "Other",
}

func typeText(t model.JobType) string {
	if s, ok := typeLabels[string(t)]; ok {
		return s
	}
	return string(t)
}

var remoteLabels = map[string]string{"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site", "unknown": "Not stated"}

func flagLabel(id string) string {
	if s, ok := model.FlagLabels[id]; ok {
		return s
	}
	return strings.ReplaceAll(strings.ToLower(id), "_", " ")
}

// facetLabel names a facet value for people.
func facetLabel(field, v string) string {
	switch field {
	case "type":
		return typeText(model.JobType(v))
	case "remote":
		if s, ok := remoteLabels[v]; ok {
			return s
		}
	case "region":
		return regionLabel(v)
	case "flags":
		return flagLabel(v)
	}
	return v
}

// riskOf is the one risk wording of a listing, on cards and pages alike:
// "No red flags found" when it has none, else riskText of its risk.
func riskOf(l *model.Listing) string {
	if len(l.Flags) == 0 {
		return "No red flags found"
	}
	return riskText(l.Risk)
}

// newWithin is how recent a listing is to be marked "New".
const newWithin = 72 * time.Hour

// postedAt is when a listing was posted, or first seen when the board did not say.
func postedAt(l *model.Listing) time.Time {
	if l.PostedAt != nil && !l.PostedAt.IsZero() {
		return *l.PostedAt
	}
	return l.FirstSeen
}

// postedText is "Posted 3 days ago" (or "Seen first …" when the board gave no date).
func postedText(l *model.Listing, now time.Time) string {
	t := postedAt(l)
	if t.IsZero() {
		return ""
	}
	if l.PostedAt == nil || l.PostedAt.IsZero() {
		return "First seen " + agoText(t, now)
	}
	return "Posted " + agoText(t, now)
}

// isNew reports whether l was posted within newWithin of now.
func isNew(l *model.Listing, now time.Time) bool {
	t := postedAt(l)
	return !t.IsZero() && now.Sub(t) < newWithin && !t.After(now.Add(time.Hour))
}

func riskText(s model.Severity) string {
	switch s {
	case model.SeverityHigh:
		return "High risk"
	case model.SeverityMedium:
		return "Some concerns"
	}
	return "Low risk"
}

func dateText(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006")
}

// fieldNames name the fields red-flag evidence points into.
var fieldNames = map[string]string{
	"title": "the title", "text": "the description", "company": "the company name",
	"company_info": "the company profile", "pay_text": "the pay line", "pay": "the pay",
	"hours": "the hours", "company_url": "the company website", "deadline": "the deadline",
}

func fieldName(f string) string {
	if s, ok := fieldNames[f]; ok {
		return s
	}
	return strings.ReplaceAll(f, "_", " ")
}

func countText(n uint64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
