package config

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"
	"go.yaml.in/yaml/v3"
)

// reUnknownField is yaml.v3's message for an unknown key (with KnownFields).
var reUnknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type \S+$`)

// explainYAMLError rewrites yaml.v3's unknown-key messages, which name Go
// types ("field adr not found in type config.Server"), to name the key by
// its YAML path with the keys allowed there: `line 2: unknown key
// server.adr (did you mean server.addr?)`. Other errors are kept.
func explainYAMLError(data []byte, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return err
	}
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil {
		return err
	}
	msgs := make([]string, len(te.Errors))
	for i, m := range te.Errors {
		msgs[i] = m
		sm := reUnknownField.FindStringSubmatch(m)
		if sm == nil {
			continue
		}
		line, _ := strconv.Atoi(sm[1])
		path, ok := keyPath(&root, line, sm[2], nil)
		if !ok {
			continue
		}
		full := strings.Join(append(path, sm[2]), ".")
		full = strings.ReplaceAll(full, ".[", "[")
		msg := fmt.Sprintf("line %d: unknown key %s", line, full)
		if allowed := keysAt(reflect.TypeFor[Config](), path); len(allowed) > 0 {
			if dm := closest(sm[2], allowed); dm != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", strings.ReplaceAll(strings.Join(append(path, dm), "."), ".[", "["))
			}
			msg += "; allowed here: " + strings.Join(allowed, ", ")
		}
		msgs[i] = msg
	}
	return errors.New("yaml: " + strings.Join(msgs, "\n  "))
}

// keyPath finds the mapping key name on line and returns the path of the
// mapping that holds it ("server", "sources", "[2]").
func keyPath(n *yaml.Node, line int, name string, path []string) ([]string, bool) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if p, ok := keyPath(c, line, name, path); ok {
				return p, true
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Line == line && k.Value == name {
				return path, true
			}
			if p, ok := keyPath(v, line, name, append(append([]string(nil), path...), k.Value)); ok {
				return p, true
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if p, ok := keyPath(c, line, name, append(append([]string(nil), path...), fmt.Sprintf("[%d]", i))); ok {
				return p, true
			}
		}
	}
	return nil, false
}

// keysAt lists the YAML keys of the struct at path in t.
func keysAt(t reflect.Type, path []string) []string {
	for _, p := range path {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch {
		case strings.HasPrefix(p, "["):
			if t.Kind() != reflect.Slice {
				return nil
			}
			t = t.Elem()
		case t.Kind() == reflect.Map:
			t = t.Elem()
		case t.Kind() == reflect.Struct:
			f, ok := fieldByYAML(t, p)
			if !ok {
				return nil
			}
			t = f.Type
		default:
			return nil
		}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if name := yamlName(t.Field(i)); name != "" {
			keys = append(keys, name)
		}
	}
	sort.Strings(keys)
	return keys
}

func fieldByYAML(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		if yamlName(t.Field(i)) == name {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

// closest is the key nearest to s by edit distance (at most 2), or "".
func closest(s string, keys []string) string {
	best, bestD := "", 3
	for _, k := range keys {
		if d := levenshtein.ComputeDistance(s, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}
