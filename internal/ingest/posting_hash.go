package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math"
	"reflect"
	"sync"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// The posting hash's encoding. postingHash hashed json.Marshal's encoding
// of the posting: reflection over every field, and every byte of the
// description (about 5 KB) checked for HTML escapes, 1 % of a first
// crawl's CPU with the hash. appendPosting writes the same content as
// plain binary instead: every exported field, in order, found by
// reflection (a field added to Posting is covered without a change
// here), strings and slices with their lengths first, pointers and times
// with a presence byte, so two postings encode the same exactly when
// every field is equal (TestPostingEncodingSeparates). The hash is no
// longer the one json gave, which changes nothing: it covers the
// executable's own hash too (buildKey), so a new binary rebuilds every
// listing once anyway. Where json.Marshal would fail (a NaN or an
// infinite number) the hash stays "", which never matches, as before;
// a kind it does not know (a map, an interface) is left to json.

var postingBufs = sync.Pool{New: func() any { b := make([]byte, 0, 8<<10); return &b }}

// postingHash is the hash of post built with key.
func postingHash(post *model.Posting, key string) string {
	bp := postingBufs.Get().(*[]byte)
	defer postingBufs.Put(bp)
	b, ok := appendPosting(append((*bp)[:0], key...), reflect.ValueOf(post).Elem())
	switch {
	case ok == encNotFinite:
		return "" // never matches: the posting is built
	case ok == encUnknown:
		j, err := json.Marshal(post)
		if err != nil {
			return ""
		}
		b = append(append(b[:len(key)], 'j'), j...)
	}
	*bp = b
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// appendPosting's outcomes.
const (
	encOK = iota
	encNotFinite
	encUnknown
)

var timeType = reflect.TypeFor[time.Time]()

// appendPosting appends the encoding of v.
func appendPosting(b []byte, v reflect.Value) ([]byte, int) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		b = binary.AppendUvarint(b, uint64(len(s)))
		return append(b, s...), encOK
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1), encOK
		}
		return append(b, 0), encOK
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(b, v.Int()), encOK
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.AppendUvarint(b, v.Uint()), encOK
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return b, encNotFinite
		}
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(f)), encOK
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, 0), encOK
		}
		return appendPosting(append(b, 1), v.Elem())
	case reflect.Slice:
		b = binary.AppendUvarint(b, uint64(v.Len()))
		for i := range v.Len() {
			var ok int
			if b, ok = appendPosting(b, v.Index(i)); ok != encOK {
				return b, ok
			}
		}
		return b, encOK
	case reflect.Struct:
		if v.Type() == timeType {
			t, err := v.Interface().(time.Time).MarshalBinary() // the instant and the zone offset
			if err != nil {
				return b, encUnknown
			}
			b = binary.AppendUvarint(b, uint64(len(t)))
			return append(b, t...), encOK
		}
		t := v.Type()
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			var ok int
			if b, ok = appendPosting(b, v.Field(i)); ok != encOK {
				return b, ok
			}
		}
		return b, encOK
	}
	return b, encUnknown
}
