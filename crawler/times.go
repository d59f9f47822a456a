package crawler

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"
)

// timeLayouts are the textual date formats the sources use.
var timeLayouts = []string{
	time.RFC3339Nano,                 // Greenhouse, Jobicy, Ashby: ISO with offset
	"2006-01-02T15:04:05",            // Remotive: ISO with no zone (read as UTC)
	"2006-01-02T15:04:05.999999",     // the same with fractions
	"2006-01-02 15:04:05 MST",        // Recruitee: "2026-09-18 12:55:59 UTC"
	"2006-01-02 15:04:05",            // plain SQL style
	time.RFC1123Z,                    // RSS pubDate
	time.RFC1123,                     // RSS pubDate with a zone name
	"Mon, 2 Jan 2006 15:04:05 -0700", // RSS with a one-digit day
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822Z,
	time.RFC822,
	"2006-01-02", // Workable: dates only
}

// ParseTime reads the date formats the sources use: ISO 8601 with or
// without a zone, RFC 822/1123, "YYYY-MM-DD HH:MM:SS UTC", dates only, and
// epoch seconds or milliseconds (told apart by size). It returns nil for
// an empty or unreadable value. The result is in UTC.
func ParseTime(s string) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.UTC()
			return &t
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return ParseEpoch(f)
	}
	return nil
}

// ParseEpoch reads an epoch timestamp in seconds or milliseconds (values
// past the year 2286 in seconds are read as milliseconds). Zero or
// negative values give nil.
func ParseEpoch(f float64) *time.Time {
	if f <= 0 || math.IsNaN(f) || math.IsInf(f, 0) || f > 1e15 {
		return nil
	}
	var t time.Time
	if f >= 1e11 {
		t = time.UnixMilli(int64(f)).UTC()
	} else {
		t = time.Unix(int64(f), 0).UTC()
	}
	return &t
}

// Flex is a JSON value that may arrive as a string, number, bool or null
// (sources disagree: Recruitee sends numbers as strings, ids may be either).
type Flex string

// UnmarshalJSON implements json.Unmarshaler.
func (f *Flex) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	switch {
	case s == "null":
		*f = ""
	case strings.HasPrefix(s, `"`):
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*f = Flex(v)
	default:
		*f = Flex(s)
	}
	return nil
}

// String returns the value as text.
func (f Flex) String() string { return strings.TrimSpace(string(f)) }

// Float returns the value as a number, or 0 when it is not one.
func (f Flex) Float() float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(f.String(), ",", ""), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}
