// Package model holds gigscout's data model: a Posting as a source gave it,
// the normalized Listing, and the red-flag types. It imports only the
// standard library so that every other package can depend on it.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Remote says where the work is done.
type Remote string

// Remote values.
const (
	RemoteUnknown Remote = "unknown"
	RemoteRemote  Remote = "remote"
	RemoteHybrid  Remote = "hybrid"
	RemoteOnsite  Remote = "onsite"
)

// Valid reports whether r is one of the defined values.
func (r Remote) Valid() bool {
	switch r {
	case RemoteUnknown, RemoteRemote, RemoteHybrid, RemoteOnsite:
		return true
	}
	return false
}

// JobType is the kind of engagement.
type JobType string

// JobType values.
const (
	TypeUnknown         JobType = "unknown"
	TypeMicroInternship JobType = "micro_internship"
	TypeInternship      JobType = "internship"
	TypeProject         JobType = "project"
	TypeContract        JobType = "contract"
	TypePartTime        JobType = "part_time"
	TypeFullTime        JobType = "full_time"
	TypeVolunteer       JobType = "volunteer"
)

// JobTypes lists every JobType in display order.
var JobTypes = []JobType{TypeMicroInternship, TypeInternship, TypeProject, TypeContract,
	TypePartTime, TypeFullTime, TypeVolunteer, TypeUnknown}

// Valid reports whether t is one of the defined values.
func (t JobType) Valid() bool {
	for _, v := range JobTypes {
		if t == v {
			return true
		}
	}
	return false
}

// PayUnit is the period a pay amount is quoted for.
type PayUnit string

// PayUnit values.
const (
	UnitHour    PayUnit = "hour"
	UnitDay     PayUnit = "day"
	UnitWeek    PayUnit = "week"
	UnitMonth   PayUnit = "month"
	UnitYear    PayUnit = "year"
	UnitProject PayUnit = "project"
)

// Origin says where a parsed value came from.
type Origin string

// Origin values.
const (
	FromStructured Origin = "structured"
	FromText       Origin = "text"
)

// Span locates a piece of text: Field's normalized text [Start:End] equals Text.
// Offsets are byte offsets into the field's text.
type Span struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Pay is a stated amount of money for the work.
type Pay struct {
	Min       float64 `json:"min"`
	Max       float64 `json:"max"`
	Currency  string  `json:"currency"` // ISO 4217
	Unit      PayUnit `json:"unit"`
	Source    Origin  `json:"source"`
	Hourly    float64 `json:"hourly,omitempty"`     // effective hourly rate in Currency (0 when unknown)
	HourlyUSD float64 `json:"hourly_usd,omitempty"` // Hourly converted with the config's rate table
	Evidence  *Span   `json:"evidence,omitempty"`
}

// Range is an inclusive numeric range; Max == Min for a single value.
type Range struct {
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	Source Origin  `json:"source,omitempty"`
}

// Family groups red flags.
type Family string

// Family values.
const (
	FamilyUnpaid Family = "unpaid"
	FamilyVague  Family = "vague"
	FamilyScam   Family = "scam"
)

// Severity ranks flags and risk.
type Severity string

// Severity values (also used as Risk).
const (
	SeverityLow    Severity = "low"
	SeverityMedium Severity = "medium"
	SeverityHigh   Severity = "high"
)

// Rank orders severities: low 1, medium 2, high 3, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityLow:
		return 1
	case SeverityMedium:
		return 2
	case SeverityHigh:
		return 3
	}
	return 0
}

// Flag is one warning sign with the words that raised it.
type Flag struct {
	ID       string   `json:"id"`
	Family   Family   `json:"family"`
	Severity Severity `json:"severity"`
	Reason   string   `json:"reason"`
	Evidence Span     `json:"evidence"`
	// Others are the other listings a cross-listing flag (one raised by
	// comparing listings, such as SCAM_TEMPLATE_REUSE) rests on.
	Others []Link `json:"others,omitempty"`
}

// Link is another posting of the same opportunity.
type Link struct {
	Source string `json:"source"`
	URL    string `json:"url"`
	ID     string `json:"id,omitempty"`
	// Company and Title name the other listing where a flag's evidence
	// points at it (empty in duplicate links).
	Company string `json:"company,omitempty"`
	Title   string `json:"title,omitempty"`
}

// Posting is a listing as one source gave it, before normalization.
// Adapters fill what their format carries and leave the rest zero.
type Posting struct {
	Source      string `json:"source"` // configured source name
	Kind        string `json:"kind"`   // source kind (greenhouse, lever, ...)
	ExternalID  string `json:"external_id"`
	URL         string `json:"url"`
	ApplyURL    string `json:"apply_url,omitempty"`
	Title       string `json:"title"`
	Company     string `json:"company,omitempty"`
	CompanyURL  string `json:"company_url,omitempty"`
	CompanyInfo string `json:"company_info,omitempty"` // company profile text, if the source has one

	Locations []string `json:"locations,omitempty"`
	// RemoteHint is the source's own structured remote signal, if any
	// ("remote", "hybrid", "onsite"); empty when the format has none.
	RemoteHint string `json:"remote_hint,omitempty"`
	// EmploymentType is the source's raw employment type text ("Full-time", "Intern").
	EmploymentType string `json:"employment_type,omitempty"`
	// Tags are the source's own keywords or categories.
	Tags []string `json:"tags,omitempty"`

	// DescriptionHTML is unescaped HTML (adapters decode entity-escaped formats once);
	// DescriptionText is used when the source gives plain text only.
	DescriptionHTML string `json:"description_html,omitempty"`
	DescriptionText string `json:"description_text,omitempty"`

	// Pay as the source structures it; PayText is free text ("$55k - $100k").
	Pay     *Pay   `json:"pay,omitempty"`
	PayText string `json:"pay_text,omitempty"`
	// Hours is a structured weekly or total hours range, if the source has one.
	HoursPerWeek *Range `json:"hours_per_week,omitempty"`

	Language  string     `json:"language,omitempty"`
	PostedAt  *time.Time `json:"posted_at,omitempty"`
	UpdatedAt *time.Time `json:"updated_at,omitempty"`
	Deadline  *time.Time `json:"deadline,omitempty"`
}

// ListingID is the stable id of a listing: a hash of source name and external id.
func ListingID(source, externalID string) string {
	sum := sha256.Sum256([]byte(source + "\x00" + externalID))
	return hex.EncodeToString(sum[:8])
}

// Listing is a normalized, assessed opportunity: what search and the API serve.
type Listing struct {
	ID             string     `json:"id"`
	Source         string     `json:"source"`
	Kind           string     `json:"kind,omitempty"`
	ExternalID     string     `json:"external_id"`
	URL            string     `json:"url"`
	ApplyURL       string     `json:"apply_url,omitempty"`
	Title          string     `json:"title"`
	Company        string     `json:"company"`
	CompanyURL     string     `json:"company_url,omitempty"`
	CompanyInfo    string     `json:"company_info,omitempty"`
	Locations      []string   `json:"locations"`
	Remote         Remote     `json:"remote"`
	RemoteRegions  []string   `json:"remote_regions"`
	RemoteEvidence string     `json:"remote_evidence,omitempty"`
	Type           JobType    `json:"type"`
	ProjectBased   bool       `json:"project_based"`
	Pay            *Pay       `json:"pay"`
	PayText        string     `json:"pay_text,omitempty"`        // the source's free pay text, as given
	EmploymentType string     `json:"employment_type,omitempty"` // the source's raw employment type
	Unpaid         bool       `json:"unpaid"`
	Hours          *Range     `json:"hours"`
	DurationDays   *Range     `json:"duration_days"`
	Deadline       *time.Time `json:"deadline"`
	Skills         []string   `json:"skills"`

	DescriptionHTML string `json:"description_html,omitempty"`
	Text            string `json:"text,omitempty"`
	Language        string `json:"language,omitempty"`

	PostedAt  *time.Time `json:"posted_at"`
	FirstSeen time.Time  `json:"first_seen"`
	LastSeen  time.Time  `json:"last_seen"`
	ClosedAt  *time.Time `json:"closed_at"`

	Flags       []Flag   `json:"flags"`
	Risk        Severity `json:"risk"`
	DuplicateOf string   `json:"duplicate_of,omitempty"`
	AlsoAt      []Link   `json:"also_at"`

	// Fingerprint groups postings of the same opportunity (normalize sets it).
	Fingerprint string `json:"fingerprint,omitempty"`
	// DedupKey groups postings of one employer and remote regions, and
	// TextSimHash is a SimHash of Text: within one DedupKey, postings with
	// the same Fingerprint or near-duplicate texts are one opportunity.
	// The store keeps both in their own columns.
	DedupKey    string `json:"-"`
	TextSimHash uint64 `json:"-"`
	// PostingHash identifies the posting and the code and options the
	// listing was built from (ingest): a posting seen again with the same
	// hash is not rebuilt. Kept in its own store column, not in the JSON.
	PostingHash string `json:"-"`
}

// HasFlag reports whether l carries the flag id.
func (l *Listing) HasFlag(id string) bool {
	for _, f := range l.Flags {
		if f.ID == id {
			return true
		}
	}
	return false
}

// Change is one stored change of a listing, numbered by the store's
// monotonically increasing seq.
type Change struct {
	Seq     int64
	Listing *Listing // nil when the listing was deleted
	ID      string
}

// currencySymbols are the symbols Display writes before an amount.
var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "CAD": "CA$", "AUD": "A$", "JPY": "¥"}

// Display renders pay for people: "$300 per project (≈ $20/h)", "€1,800–2,000 per month".
func (p *Pay) Display() string {
	if p == nil {
		return ""
	}
	sym, ok := currencySymbols[p.Currency]
	prefix, suffix := sym, ""
	if !ok {
		prefix, suffix = "", " "+p.Currency
	}
	amount := prefix + money(p.Min)
	if p.Max > p.Min {
		amount += "–" + money(p.Max)
	}
	out := amount + suffix
	if p.Unit != "" {
		out += " per " + string(p.Unit)
	}
	if p.Unit != UnitHour && p.Hourly > 0 {
		out += " (≈ " + prefix + money(p.Hourly) + suffix + "/h)"
	}
	return out
}

// money formats an amount with thousands separators and at most two decimals.
func money(v float64) string {
	cents := int64(v*100 + 0.5)
	whole, frac := cents/100, cents%100
	s := fmtThousands(whole)
	if frac != 0 {
		s += "." + string(rune('0'+frac/10)) + string(rune('0'+frac%10))
	}
	return s
}

func fmtThousands(n int64) string {
	if n < 0 {
		return "-" + fmtThousands(-n)
	}
	if n < 1000 {
		return itoa(n)
	}
	rest := itoa(n % 1000)
	for len(rest) < 3 {
		rest = "0" + rest
	}
	return fmtThousands(n/1000) + "," + rest
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
