package web

import (
	"net/http"
	"strings"
	"testing"
)

// Every bad, empty or oversized value of the JSON API and the feeds is a
// 400 naming the parameter; repeats are kept once.
func TestStrictQueryRefusesAndBounds(t *testing.T) {
	h := newTestServer(t, Options{FlagIDs: []string{"UNPAID", "SCAM_PRESSURE"}}).Handler()
	many := func(k string, n int, distinct bool) string {
		var b []string
		for i := range n {
			v := k
			if distinct {
				v = k + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26))
			}
			b = append(b, k+"="+v)
		}
		return strings.Join(b, "&")
	}
	tests := []struct {
		query string
		param string // "" for a 200
	}{
		{"q=", "q"},
		{"q", "q"},
		{"remote=", "remote"},
		{"region=%20", "region"},
		{"type=", "type"},
		{"skill=", "skill"},
		{"source=", "source"},
		{"company=", "company"},
		{"exclude_flag=", "exclude_flag"},
		{"sort=", "sort"},
		{"cursor=", "cursor"},
		{"limit=", "limit"},
		{"remote=remote,,hybrid", "remote"},
		{"q=data%zz", "q"},
		{"q=100%", "q"},
		{"skill=%E", "skill"},
		{"exclude_flag=NOT_A_FLAG", "exclude_flag"},
		{"exclude_flag=unpaid,bogus", "exclude_flag"},
		{"exclude_flag=unpaid", ""},
		{"q=a%00b", "q"},
		{"company=" + strings.Repeat("a", MaxValueLen+1), "company"},
		{"q=" + strings.Repeat("a", maxQLen+1), "q"},
		{many("skill", MaxValues+1, true), "skill"},
		{many("skill", MaxValues, true), ""},
		{many("remote", 500, false), ""}, // 500 copies of one value are one value
		{many("remote", 2000, false), "(query)"},
		{"skill=Python,Python,python&skill=Python", ""}, // repeats within lists too
		{"q=" + strings.Repeat("a", MaxQueryBytes), "(query)"},
	}
	for _, path := range []string{"/api/v1/search?", "/feeds/search.json?"} {
		for _, tt := range tests {
			name := path + tt.query
			t.Run(name[:min(len(name), 70)], func(t *testing.T) {
				w := get(t, h, path+tt.query)
				if tt.param == "" {
					if w.Code != http.StatusOK {
						t.Fatalf("status %d, want 200: %s", w.Code, w.Body)
					}
					return
				}
				if w.Code != http.StatusBadRequest {
					t.Fatalf("status %d, want 400: %.300s", w.Code, w.Body)
				}
				e := decode[errorBody](t, w)
				if e.Error.Param != tt.param || !strings.Contains(e.Error.Message, strings.Trim(tt.param, "()")) {
					t.Errorf("error %+v does not name %s", e.Error, tt.param)
				}
			})
		}
	}
}

func TestStrictQueryDeduplicates(t *testing.T) {
	v, err := StrictQuery("remote=remote&remote=remote,hybrid&skill=Go&skill=Go", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(v["remote"], "|"); got != "remote|hybrid" {
		t.Errorf("remote = %s", got)
	}
	if got := strings.Join(v["skill"], "|"); got != "Go" {
		t.Errorf("skill = %s", got)
	}
}

// FuzzStrictQuery: any raw query either parses or is a ParamError naming a
// parameter; it never panics, and what it accepts stays within the bounds.
func FuzzStrictQuery(f *testing.F) {
	for _, s := range []string{"q=data&remote=remote", "q=%zz", "skill=a,b,,c", "exclude_flag=UNPAID", "=x", "a=%00", "q=\u202eevil"} {
		f.Add(s)
	}
	ids := map[string]bool{"UNPAID": true}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := StrictQuery(raw, ids)
		if err != nil {
			if pe, ok := err.(*ParamError); !ok || pe.Param == "" {
				t.Fatalf("error %v is not a ParamError naming a parameter", err)
			}
			return
		}
		for k, vals := range v {
			if len(vals) > MaxValues {
				t.Fatalf("%s: %d values", k, len(vals))
			}
			for _, s := range vals {
				if strings.TrimSpace(s) == "" || len(s) > maxCursorLen {
					t.Fatalf("%s: value %q", k, s)
				}
			}
		}
	})
}
