package store

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/gigscout/gigscout/internal/model"
)

// walkStrings calls fn with every non-empty string v reaches.
func walkStrings(v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			fn(v.String())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(v.Elem(), fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkStrings(v.Index(i), fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), fn)
			}
		}
	}
}

// TestRehomeCoversEveryString: a kept listing, re-homed, equals what
// decodedOf gave and holds no byte of the listing it was copied from
// (every string field is reached: one added to the model and missed by
// listingStrings fails this); its counted size covers its strings.
func TestRehomeCoversEveryString(t *testing.T) {
	for seed := range uint64(2000) {
		f := newFiller(seed, false, seed%2 == 0)
		l := new(model.Listing)
		f.fill(t, reflect.ValueOf(l).Elem())
		d, ok := decodedOf(l)
		if !ok {
			continue
		}
		want, _ := decodedOf(l)
		type span struct{ lo, hi uintptr }
		var orig []span
		walkStrings(reflect.ValueOf(l).Elem(), func(s string) {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			orig = append(orig, span{p, p + uintptr(len(s))})
		})
		size := rehome(d)
		if !reflect.DeepEqual(d, want) {
			t.Fatalf("seed %d: rehome changed the listing", seed)
		}
		total := int64(0)
		walkStrings(reflect.ValueOf(d).Elem(), func(s string) {
			total += int64(len(s))
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			for _, o := range orig {
				if p >= o.lo && p < o.hi {
					t.Fatalf("seed %d: %q still points into the written listing", seed, s)
				}
			}
		})
		if size < total+listingSize {
			t.Fatalf("seed %d: counted %d bytes for %d of strings", seed, size, total)
		}
	}
}
