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

func regionLabel(r string) string {
	if r == "worldwide" {
		return "Worldwide"
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

// flagLabels name the red flags briefly, for facets and badges.
var flagLabels = map[string]string{
	"UNPAID": "Unpaid", "PAY_UNSPECIFIED": "Pay not stated", "PAY_BELOW_FLOOR": "Low pay",
	"VAGUE_NO_DESCRIPTION": "Little description", "VAGUE_NO_DELIVERABLES": "No clear deliverables",
	"VAGUE_NO_DURATION": "No duration stated", "VAGUE_NO_SUPERVISOR": "No mentor named",
	"VAGUE_CATCHALL_DUTIES": "Catch-all duties", "SCAM_UPFRONT_FEE": "Asks you to pay",
	"SCAM_OFFPLATFORM_CONTACT": "Off-platform contact", "SCAM_CHECK_HANDLING": "Money or check handling",
	"SCAM_PERSONAL_DATA": "Asks for personal data", "SCAM_TOO_GOOD_PAY": "Too-good-to-be-true pay",
	"SCAM_PRESSURE": "Pressure to hurry", "SCAM_ANON_EMPLOYER": "Anonymous employer", "SCAM_WFH_HYPE": "Work-from-home hype",
	"SCAM_TEMPLATE_REUSE": "Copied ad text",
}

func flagLabel(id string) string {
	if s, ok := flagLabels[id]; ok {
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
