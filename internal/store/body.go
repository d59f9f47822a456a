package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/klauspost/compress/s2"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing's long texts, its description as HTML and as plain text, are
// most of its bytes (about 4 of a crawl listing's 5.5 KB), and no query
// reads them: they were kept inside the data JSON, where every insert and
// update wrote them to the WAL and then the database in full, on overflow
// pages. Since migration 0018 the listings table keeps them in the body
// column instead, compressed as one S2 block (github.com/klauspost/compress/s2,
// Snappy's format extended): the text repeats most of the HTML's words,
// which the compressor finds within the block. The data JSON holds the
// rest of the listing and stays what json_extract reads.
//
// The block holds the HTML's length in bytes as a uvarint, the HTML, and
// the text. A NULL body is a listing without either text, or a row left as
// an older store wrote it (texts in data): readers take the texts from
// data then, and from the body otherwise.
//
// content_hash is taken over data and the compressed body (rowHash in
// listings.go). Migration 0018 gives a converted row the new hash only
// where its stored hash was the old hash of the listing it holds, so a
// re-crawl still finds an unchanged listing unchanged.

// packBody returns the body column's value of a listing with these texts:
// nil (NULL) when both are empty.
func packBody(html, text string) any {
	if html == "" && text == "" {
		return nil
	}
	html, text = jsonRepaired(html), jsonRepaired(text)
	sc := bodyScratch.Get().(*bodyBufs)
	raw := binary.AppendUvarint(sc.raw[:0], uint64(len(html)))
	raw = append(raw, html...)
	raw = append(raw, text...)
	enc := s2.Encode(sc.enc, raw)
	body := bytes.Clone(enc) // its own size: s2 asks for more room than it uses
	if cap(raw) <= maxScratch && cap(enc) <= maxScratch {
		sc.raw, sc.enc = raw, enc
		bodyScratch.Put(sc)
	}
	return body
}

// bodyScratch holds packBody's buffers between calls: the block's input
// and s2's output room (MaxEncodedLen, more than the block needs) were
// 6.8 KB allocated for each crawl listing, which the collector then
// chased; now only the block itself is.
var bodyScratch = sync.Pool{New: func() any { return new(bodyBufs) }}

type bodyBufs struct{ raw, enc []byte }

// maxScratch bounds the buffers bodyScratch keeps: a huge description
// does not stay in the pool.
const maxScratch = 64 << 10

// jsonRepaired is s as it comes back from a JSON string that
// encoding/json (or appendData) wrote: each byte of invalid UTF-8 replaced
// by U+FFFD. The texts read back from the body are what they were when
// data held them.
func jsonRepaired(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+len(s)/4)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// unpackBody returns the texts of a body column's value (not NULL).
func unpackBody(body []byte) (html, text string, err error) {
	raw, err := s2.Decode(nil, body)
	if err != nil {
		return "", "", fmt.Errorf("decode body: %w", err)
	}
	n, w := binary.Uvarint(raw)
	if w <= 0 || n > uint64(len(raw)-w) {
		return "", "", errors.New("decode body: bad HTML length")
	}
	raw = raw[w:]
	// raw is never written again: both strings share it.
	if n > 0 {
		html = unsafe.String(unsafe.SliceData(raw), int(n))
	}
	if rest := raw[n:]; len(rest) > 0 {
		text = unsafe.String(unsafe.SliceData(rest), len(rest))
	}
	return html, text, nil
}

// setBody puts the texts of a body column's value on l; a NULL body
// (nil) leaves the texts data held.
func setBody(l *model.Listing, body []byte) error {
	if body == nil {
		return nil
	}
	html, text, err := unpackBody(body)
	if err != nil {
		return err
	}
	l.DescriptionHTML, l.Text = html, text
	return nil
}

// bodyText is the plain text of a listing whose data held text (nil when
// absent) and whose body column held body.
func bodyText(dataText *string, body []byte) (string, error) {
	if body == nil {
		if dataText == nil {
			return "", nil
		}
		return *dataText, nil
	}
	_, text, err := unpackBody(body)
	return text, err
}
