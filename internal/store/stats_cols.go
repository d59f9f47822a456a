package store

import (
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// statCols are the columns of migration 0014 the /stats figures read
// instead of the listing's JSON (so that SQLite's covering index
// listings_stats holds plain values, not seven JSON expressions evaluated
// over each listing's data on every write). Each is what the expression
// it replaces gives for the data Upsert writes of l (encodeData):
// TestStatsColumnsSameFigures compares them row by row (checkStatCols) and
// the figures of both, TestStatsColumnsMigration the columns it fills.
type statCols struct {
	jobType string // json_extract(data, '$.type')
	paid    int64  // the search API's paid=true as 0 or 1
	hourly  any    // json_extract(data, '$.pay.hourly_usd'): nil when absent (0 is omitted)
	skills  string // json_extract(data, '$.skills'), '[]' for none
}

// statColsOf is l's stat columns.
func statColsOf(l *model.Listing) statCols {
	c := statCols{jobType: jsonText(string(l.Type)), skills: "[]"}
	if p := l.Pay; p != nil {
		if !l.Unpaid && p.Max > 0 {
			c.paid = 1
		}
		if p.HourlyUSD != 0 {
			c.hourly = p.HourlyUSD
		}
	}
	if l.Skills != nil {
		c.skills = string(appendJSONStrings(nil, l.Skills))
	}
	return c
}

// statColsSQL are the stat columns in the order upInsert, insertRowSQL and
// upContent write them.
const statColsSQL = `job_type, paid, hourly_usd, skills`

// jsonText is s as reading its JSON encoding back gives it: each byte of
// invalid UTF-8 replaced by U+FFFD, as encoding/json (and appendJSONString)
// write it.
func jsonText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}
