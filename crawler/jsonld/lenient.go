package jsonld

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
)

// maxDepth bounds the walk over nested JSON-LD values.
const maxDepth = 64

// decode reads one JSON-LD script. It tries the text as is, then a
// lenient cleanup of what real pages get wrong: HTML comment or CDATA
// wrappers, a trailing semicolon, trailing commas, and raw control
// characters inside strings.
func decode(b []byte) (any, error) {
	v, err := unmarshal(b)
	if err == nil {
		return v, nil
	}
	if v, err2 := unmarshal(lenient(b)); err2 == nil {
		return v, nil
	}
	return nil, fmt.Errorf("invalid JSON-LD: %w", err)
}

func unmarshal(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("data after the JSON value at offset %d", dec.InputOffset())
	}
	return v, nil
}

// lenient returns a cleaned copy of b (see decode).
func lenient(b []byte) []byte {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if bytes.HasPrefix(b, []byte(w[0])) {
			b = bytes.TrimSuffix(bytes.TrimSpace(b[len(w[0]):]), []byte(w[1]))
			b = bytes.TrimSpace(b)
		}
	}
	b = bytes.TrimRight(b, "; \t\r\n")
	out := make([]byte, 0, len(b)+16)
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString && c < 0x20:
			out = append(out, fmt.Sprintf(`\u%04x`, c)...)
			continue
		case c == '"':
			inString = true
		case !inString && c == ',' && closesNext(b[i+1:]):
			continue
		}
		out = append(out, c)
	}
	return out
}

// closesNext reports whether the next non-space byte closes an object or array.
func closesNext(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '}', ']':
			return true
		}
		return false
	}
	return false
}

// collect appends every JobPosting object found in v: a single object, an
// array, an "@graph", or one nested anywhere (mainEntity, itemListElement).
// It does not look inside a JobPosting.
func collect(v any, out []map[string]any, depth int) []map[string]any {
	if depth > maxDepth {
		return out
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = collect(e, out, depth+1)
		}
	case map[string]any:
		if typeIs(t, "JobPosting") {
			return append(out, t)
		}
		for _, k := range slices.Sorted(maps.Keys(t)) {
			out = collect(t[k], out, depth+1)
		}
	}
	return out
}
