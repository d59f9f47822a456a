package ingest

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func hashTestPosting() model.Posting {
	posted := time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)
	return model.Posting{Source: "gh-acme", Kind: "greenhouse", ExternalID: "42", URL: "https://boards.test/42", Title: "Survey clean-up",
		Company: "Acme", Locations: []string{"Remote"}, Tags: []string{"data"}, DescriptionHTML: "<p>Clean <b>survey</b> answers.</p>",
		Pay:          &model.Pay{Min: 300, Max: 300, Currency: "USD", Evidence: &model.Span{Field: "text", Start: 1, End: 4, Text: "$300"}},
		HoursPerWeek: &model.Range{Min: 5, Max: 10}, PostedAt: &posted}
}

// TestPostingEncodingSeparates: every exported field of a posting, at any
// depth, moves the hash when it changes (a field added to Posting is
// covered), and equal postings hash the same.
func TestPostingEncodingSeparates(t *testing.T) {
	base := hashTestPosting()
	h0 := postingHash(&base, "k")
	if h0 == "" {
		t.Fatal("no hash")
	}
	same := hashTestPosting()
	if h := postingHash(&same, "k"); h != h0 {
		t.Errorf("equal postings hash %s and %s", h, h0)
	}
	if h := postingHash(&base, "k2"); h == h0 {
		t.Error("another build key gives the same hash")
	}
	seen := map[string]string{h0: "base"}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			if v.Type() == timeType {
				old := v.Interface().(time.Time)
				v.Set(reflect.ValueOf(old.Add(time.Second)))
				check(t, &base, path, seen)
				v.Set(reflect.ValueOf(old))
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(path+"."+v.Type().Field(i).Name, v.Field(i))
				}
			}
		case reflect.Pointer:
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
				check(t, &base, path+"(set)", seen)
				v.Set(reflect.Zero(v.Type()))
				return
			}
			walk(path, v.Elem())
			old := v.Interface()
			v.Set(reflect.Zero(v.Type()))
			check(t, &base, path+"(nil)", seen)
			v.Set(reflect.ValueOf(old))
		case reflect.Slice:
			old := v.Interface()
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
			check(t, &base, path+"(longer)", seen)
			v.Set(reflect.ValueOf(old))
		case reflect.String:
			old := v.String()
			v.SetString(old + "x")
			check(t, &base, path, seen)
			v.SetString(old)
		case reflect.Float64:
			old := v.Float()
			v.SetFloat(old + 0.5)
			check(t, &base, path, seen)
			v.SetFloat(old)
		case reflect.Int:
			old := v.Int()
			v.SetInt(old + 1)
			check(t, &base, path, seen)
			v.SetInt(old)
		default:
			t.Errorf("%s: kind %s not exercised here", path, v.Kind())
		}
	}
	walk("Posting", reflect.ValueOf(&base).Elem())
	if h := postingHash(&base, "k"); h != h0 {
		t.Errorf("the walk did not restore the posting: %s, want %s", h, h0)
	}
}

func check(t *testing.T, p *model.Posting, path string, seen map[string]string) {
	t.Helper()
	h := postingHash(p, "k")
	if h == "" {
		t.Errorf("%s: no hash", path)
		return
	}
	if other, ok := seen[h]; ok {
		t.Errorf("%s hashes as %s", path, other)
		return
	}
	seen[h] = path
}

// The traps: text moved across a field boundary, a value moved between
// two lists, and an empty list against none must not (or need not) read as
// another posting; a posting json could not encode has no hash.
func TestPostingEncodingTraps(t *testing.T) {
	a, b := hashTestPosting(), hashTestPosting()
	a.Title, a.Company = "ab", ""
	b.Title, b.Company = "a", "b"
	if postingHash(&a, "k") == postingHash(&b, "k") {
		t.Error("text moved from the title to the company hashes the same")
	}
	a, b = hashTestPosting(), hashTestPosting()
	a.Locations, a.Tags = []string{"x", "y"}, nil
	b.Locations, b.Tags = []string{"x"}, []string{"y"}
	if postingHash(&a, "k") == postingHash(&b, "k") {
		t.Error("a value moved between two lists hashes the same")
	}
	a, b = hashTestPosting(), hashTestPosting()
	a.Tags, b.Tags = nil, []string{}
	if postingHash(&a, "k") != postingHash(&b, "k") {
		t.Error("no tags and an empty list of tags (one JSON encoding) hash apart")
	}
	for _, v := range []float64{math.NaN(), math.Inf(1)} {
		p := hashTestPosting()
		p.Pay.Min = v
		if h := postingHash(&p, "k"); h != "" {
			t.Errorf("pay %v: hash %s, want none (json cannot encode it)", v, h)
		}
	}
}

// FuzzPostingHash: two postings hash the same exactly when they are equal.
func FuzzPostingHash(f *testing.F) {
	f.Add("a", "b", "c", 1.5, "a", "b", "c", 1.5)
	f.Add("ab", "", "c", 0.0, "a", "b", "c", 0.0)
	f.Fuzz(func(t *testing.T, t1, c1, d1 string, m1 float64, t2, c2, d2 string, m2 float64) {
		p1, p2 := hashTestPosting(), hashTestPosting()
		p1.Title, p1.Company, p1.DescriptionHTML, p1.Pay.Max = t1, c1, d1, m1
		p2.Title, p2.Company, p2.DescriptionHTML, p2.Pay.Max = t2, c2, d2, m2
		h1, h2 := postingHash(&p1, "k"), postingHash(&p2, "k")
		if h1 == "" || h2 == "" {
			return // not finite
		}
		equal := t1 == t2 && c1 == c2 && d1 == d2 && math.Float64bits(m1) == math.Float64bits(m2)
		if equal != (h1 == h2) {
			t.Errorf("equal %v but hashes %s %s", equal, h1, h2)
		}
	})
}

func BenchmarkPostingHash(b *testing.B) {
	p := hashTestPosting()
	for range 60 {
		p.DescriptionHTML += "<p>You will clean &amp; merge survey answers, build a dashboard.</p>"
	}
	b.SetBytes(int64(len(p.DescriptionHTML)))
	b.ReportAllocs()
	for b.Loop() {
		postingHash(&p, "key")
	}
}
