package jsonld

import (
	"encoding/json"
	"html"
	"math"
	"strconv"
	"strings"
)

// JSON-LD values are loose: a property may hold a string, a number, an
// object or an array of either. These helpers read them tolerantly.

// str returns v as trimmed text: a string, a number, an object's name or
// @value, or an array's first non-empty value.
func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case json.Number:
		return t.String()
	case bool:
		return strconv.FormatBool(t)
	case map[string]any:
		for _, k := range []string{"name", "@value", "value"} {
			if s := str(t[k]); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range t {
			if s := str(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// strs returns every non-empty text of v (an array, or one value).
func strs(v any) []string {
	arr, ok := v.([]any)
	if !ok {
		arr = []any{v}
	}
	var out []string
	for _, e := range arr {
		if s := str(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// objs returns the objects in v (one object, or the objects of an array).
func objs(v any) []map[string]any {
	switch t := v.(type) {
	case map[string]any:
		return []map[string]any{t}
	case []any:
		var out []map[string]any
		for _, e := range t {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

// num reads a number or numeric text ("1,200.50", "$25"); 0 when none.
func num(v any) float64 {
	var s string
	switch t := v.(type) {
	case json.Number:
		s = t.String()
	case string:
		s = strings.Map(func(r rune) rune {
			if (r >= '0' && r <= '9') || r == '.' || r == '-' || r == 'e' || r == 'E' {
				return r
			}
			return -1
		}, t)
	case []any:
		if len(t) > 0 {
			return num(t[0])
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// text unescapes HTML entities once (JSON-LD built by HTML templates
// often carries "&amp;") and collapses white space.
func text(v any) string {
	return strings.Join(strings.Fields(html.UnescapeString(str(v))), " ")
}

// typeIs reports whether the object's @type (a string or an array, maybe
// prefixed "schema:" or a full IRI) names want.
func typeIs(m map[string]any, want string) bool {
	for _, t := range strs(m["@type"]) {
		if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
			t = t[i+1:]
		}
		if strings.EqualFold(t, want) {
			return true
		}
	}
	return false
}

func appendUnique(list []string, vs ...string) []string {
	for _, v := range vs {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		dup := false
		for _, x := range list {
			if strings.EqualFold(x, v) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, v)
		}
	}
	return list
}
