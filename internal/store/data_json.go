package store

import (
	"math"
	"strconv"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/gigscout/gigscout/internal/model"
)

// The data column's encoder. Upsert encoded every listing with
// encoding/json (reflection: 1.2 % of a first crawl's CPU); appendData
// writes the same bytes for model.Listing by hand (Upsert hands it the
// listing without its texts, which the body column keeps: body.go). "The same" is exact:
// the content hash is taken over them, and a stored listing whose bytes
// moved would read as changed. So it follows encoding/json's rules field
// by field (the struct tags' names, order and omitempty; nil slices and
// pointers as null; HTML-safe string escapes, invalid UTF-8 as U+FFFD;
// floats as strconv's shortest 'f' form, 'e' outside [1e-6, 1e21); times
// through their MarshalJSON), and gives up (ok false) where encoding/json
// would fail or where it is unsure (NaN, an infinity, a time MarshalJSON
// refuses): contentHash's encoding/json then decides.
// TestAppendDataMatchesJSON compares the two on thousands of listings
// filled at random by reflection (a field added to the model fails it
// until appendData learns it), and FuzzAppendData on fuzzed strings and
// numbers.

// encodeData returns contentHash's hash, data and body for l, data
// encoded by appendData where it can.
func encodeData(l *model.Listing) (hash, data string, body any, err error) {
	c := *l
	c.DescriptionHTML, c.Text = "", "" // the body's (body.go)
	buf, ok := appendData(make([]byte, 0, dataSizeHint(&c)), &c)
	if !ok {
		hash, data, body, err := contentHash(l)
		return hash, string(data), body, err
	}
	body = packBody(l.DescriptionHTML, l.Text)
	// buf is never written again: the row's string shares it, as
	// strings.Builder's String does, instead of copying it.
	return rowHash(buf, body), unsafe.String(unsafe.SliceData(buf), len(buf)), body, nil
}

// dataSizeHint is about the size of l's encoding: its long texts, with
// room for escapes, and the rest.
func dataSizeHint(l *model.Listing) int {
	n := 1024 + len(l.DescriptionHTML) + len(l.Text) + len(l.CompanyInfo)
	return n + n/8
}

// zeroTimeJSON is a zero time.Time's MarshalJSON (the times contentHash
// clears).
var zeroTimeJSON = func() string {
	b, err := time.Time{}.MarshalJSON()
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// appendData appends the encoding/json encoding of l as contentHash
// encodes it (the times and links kept in their own columns cleared), or
// reports false where it leaves the encoding to encoding/json.
func appendData(b []byte, l *model.Listing) ([]byte, bool) {
	ok := true
	b = append(b, `{"id":`...)
	b = appendJSONString(b, l.ID)
	b = append(b, `,"source":`...)
	b = appendJSONString(b, l.Source)
	if l.Kind != "" {
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, l.Kind)
	}
	b = append(b, `,"external_id":`...)
	b = appendJSONString(b, l.ExternalID)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, l.URL)
	if l.ApplyURL != "" {
		b = append(b, `,"apply_url":`...)
		b = appendJSONString(b, l.ApplyURL)
	}
	b = append(b, `,"title":`...)
	b = appendJSONString(b, l.Title)
	b = append(b, `,"company":`...)
	b = appendJSONString(b, l.Company)
	if l.CompanyURL != "" {
		b = append(b, `,"company_url":`...)
		b = appendJSONString(b, l.CompanyURL)
	}
	if l.CompanyInfo != "" {
		b = append(b, `,"company_info":`...)
		b = appendJSONString(b, l.CompanyInfo)
	}
	b = append(b, `,"locations":`...)
	b = appendJSONStrings(b, l.Locations)
	b = append(b, `,"remote":`...)
	b = appendJSONString(b, string(l.Remote))
	b = append(b, `,"remote_regions":`...)
	b = appendJSONStrings(b, l.RemoteRegions)
	if l.RemoteEvidence != "" {
		b = append(b, `,"remote_evidence":`...)
		b = appendJSONString(b, l.RemoteEvidence)
	}
	b = append(b, `,"type":`...)
	b = appendJSONString(b, string(l.Type))
	b = append(b, `,"project_based":`...)
	b = strconv.AppendBool(b, l.ProjectBased)
	b = append(b, `,"pay":`...)
	if p := l.Pay; p == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"min":`...)
		b, ok = appendJSONFloat(b, p.Min, ok)
		b = append(b, `,"max":`...)
		b, ok = appendJSONFloat(b, p.Max, ok)
		b = append(b, `,"currency":`...)
		b = appendJSONString(b, p.Currency)
		b = append(b, `,"unit":`...)
		b = appendJSONString(b, string(p.Unit))
		b = append(b, `,"source":`...)
		b = appendJSONString(b, string(p.Source))
		if p.Hourly != 0 {
			b = append(b, `,"hourly":`...)
			b, ok = appendJSONFloat(b, p.Hourly, ok)
		}
		if p.HourlyUSD != 0 {
			b = append(b, `,"hourly_usd":`...)
			b, ok = appendJSONFloat(b, p.HourlyUSD, ok)
		}
		if p.Evidence != nil {
			b = append(b, `,"evidence":`...)
			b = appendJSONSpan(b, p.Evidence)
		}
		b = append(b, '}')
	}
	if l.PayText != "" {
		b = append(b, `,"pay_text":`...)
		b = appendJSONString(b, l.PayText)
	}
	if l.EmploymentType != "" {
		b = append(b, `,"employment_type":`...)
		b = appendJSONString(b, l.EmploymentType)
	}
	b = append(b, `,"unpaid":`...)
	b = strconv.AppendBool(b, l.Unpaid)
	b = append(b, `,"hours":`...)
	b, ok = appendJSONRange(b, l.Hours, ok)
	b = append(b, `,"duration_days":`...)
	b, ok = appendJSONRange(b, l.DurationDays, ok)
	b = append(b, `,"deadline":`...)
	b, ok = appendJSONTime(b, l.Deadline, ok)
	b = append(b, `,"skills":`...)
	b = appendJSONStrings(b, l.Skills)
	if l.DescriptionHTML != "" {
		b = append(b, `,"description_html":`...)
		b = appendJSONString(b, l.DescriptionHTML)
	}
	if l.Text != "" {
		b = append(b, `,"text":`...)
		b = appendJSONString(b, l.Text)
	}
	if l.Language != "" {
		b = append(b, `,"language":`...)
		b = appendJSONString(b, l.Language)
	}
	b = append(b, `,"posted_at":`...)
	b, ok = appendJSONTime(b, l.PostedAt, ok)
	// FirstSeen, LastSeen and ClosedAt are cleared (their own columns).
	b = append(b, `,"first_seen":`...)
	b = append(b, zeroTimeJSON...)
	b = append(b, `,"last_seen":`...)
	b = append(b, zeroTimeJSON...)
	b = append(b, `,"closed_at":null,"flags":`...)
	if l.Flags == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range l.Flags {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONFlag(b, &l.Flags[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"risk":`...)
	b = appendJSONString(b, string(l.Risk))
	// DuplicateOf (omitempty) and AlsoAt are cleared (their own columns).
	b = append(b, `,"also_at":null`...)
	if l.Fingerprint != "" {
		b = append(b, `,"fingerprint":`...)
		b = appendJSONString(b, l.Fingerprint)
	}
	b = append(b, '}')
	return b, ok
}

func appendJSONSpan(b []byte, s *model.Span) []byte {
	b = append(b, `{"field":`...)
	b = appendJSONString(b, s.Field)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, s.Text)
	return append(b, '}')
}

func appendJSONRange(b []byte, r *model.Range, ok bool) ([]byte, bool) {
	if r == nil {
		return append(b, "null"...), ok
	}
	b = append(b, `{"min":`...)
	b, ok = appendJSONFloat(b, r.Min, ok)
	b = append(b, `,"max":`...)
	b, ok = appendJSONFloat(b, r.Max, ok)
	if r.Source != "" {
		b = append(b, `,"source":`...)
		b = appendJSONString(b, string(r.Source))
	}
	return append(b, '}'), ok
}

func appendJSONFlag(b []byte, f *model.Flag) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, f.ID)
	b = append(b, `,"family":`...)
	b = appendJSONString(b, string(f.Family))
	b = append(b, `,"severity":`...)
	b = appendJSONString(b, string(f.Severity))
	b = append(b, `,"reason":`...)
	b = appendJSONString(b, f.Reason)
	b = append(b, `,"evidence":`...)
	b = appendJSONSpan(b, &f.Evidence)
	if len(f.Others) > 0 {
		b = append(b, `,"others":[`...)
		for i := range f.Others {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONLink(b, &f.Others[i])
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendJSONLink(b []byte, l *model.Link) []byte {
	b = append(b, `{"source":`...)
	b = appendJSONString(b, l.Source)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, l.URL)
	if l.ID != "" {
		b = append(b, `,"id":`...)
		b = appendJSONString(b, l.ID)
	}
	if l.Company != "" {
		b = append(b, `,"company":`...)
		b = appendJSONString(b, l.Company)
	}
	if l.Title != "" {
		b = append(b, `,"title":`...)
		b = appendJSONString(b, l.Title)
	}
	return append(b, '}')
}

func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONTime is a *time.Time as encoding/json writes it: null, or
// its MarshalJSON (a time it refuses leaves the encoding to
// encoding/json, which fails the same way).
func appendJSONTime(b []byte, t *time.Time, ok bool) ([]byte, bool) {
	if t == nil {
		return append(b, "null"...), ok
	}
	j, err := t.MarshalJSON()
	if err != nil {
		return b, false
	}
	return append(b, j...), ok
}

// appendJSONFloat is a float64 as encoding/json writes it: strconv's
// shortest form, 'f' within [1e-6, 1e21) (and for zeros), 'e' outside,
// with a one-digit negative exponent's leading zero dropped (1e-07 is
// written 1e-7). NaN and the infinities are refused (encoding/json fails
// on them).
func appendJSONFloat(b []byte, f float64, ok bool) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, false
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, ok
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are (with
// HTML escaping on): printable, not '"', '\\', '<', '>' or '&'.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

const lowerHex = "0123456789abcdef"

// appendJSONString is s as encoding/json writes a string: quoted; '"'
// and '\\' escaped with a backslash; \b \f \n \r \t by name; the other
// control bytes and '<' '>' '&' as \u00XX; U+2028 and U+2029 as \u2028
// and \u2029; each byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i, end := 0, 0; i < len(s); {
		if i >= end { // a word at a time, then the next eight bytes one by one (data_json_safe.go)
			if n := safeRun(s, i); n > 0 {
				i += n
				continue
			}
			end = i + 8
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', lowerHex[c>>4], lowerHex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', lowerHex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendOwnFlags is encodeOwnFlags's JSON written by hand: the flags'
// ids, families and severities, [] for none.
func appendOwnFlags(b []byte, fs []model.Flag) []byte {
	b = append(b, '[')
	for i := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendJSONString(b, fs[i].ID)
		b = append(b, `,"family":`...)
		b = appendJSONString(b, string(fs[i].Family))
		b = append(b, `,"severity":`...)
		b = appendJSONString(b, string(fs[i].Severity))
		b = append(b, '}')
	}
	return append(b, ']')
}
