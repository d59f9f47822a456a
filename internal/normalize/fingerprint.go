package normalize

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

var (
	// companySuffix are legal forms dropped from company names.
	companySuffix = map[string]bool{"inc": true, "incorporated": true, "ltd": true, "limited": true, "llc": true,
		"llp": true, "lp": true, "gmbh": true, "ag": true, "corp": true, "corporation": true, "co": true, "company": true,
		"plc": true, "sa": true, "sas": true, "sarl": true, "srl": true, "bv": true, "nv": true, "oy": true, "ab": true,
		"as": true, "aps": true, "pty": true, "pte": true, "kg": true, "ug": true, "spa": true, "sl": true, "kk": true}
	// titleNoise are bracketed or dashed additions that do not change the job.
	titleNoise = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:m\s*/\s*[wf]\s*/\s*[dx]|[wf]\s*/\s*m\s*/\s*[dx]|m\s*/\s*f|f\s*/\s*m|h\s*/\s*f|f\s*/\s*h|all genders|gn|remote|hybrid|on-?site|fully remote|remote[^)\]]*|hybrid[^)\]]*|full[- ]time|part[- ]time|contract|temporary|us|usa|uk|eu|emea|latam|apac|[^)\]]*\d{4}[^)\]]*)\s*[)\]]`)
	titleTail  = regexp.MustCompile(`(?i)\s+[-–—|,]\s*(?:remote|hybrid|on-?site|fully remote|anywhere|worldwide|us|usa|uk|eu|europe|emea|latam|apac|united states|canada)\b.*$`)
	genderMark = regexp.MustCompile(`(?i)\b(?:m/w/d|w/m/d|m/f/d|f/m/d|m/f/x|m/w/x|h/f|f/h|m/f|f/m)\b`)
)

// CompanyKey is a company name for matching: lower case, without legal
// forms (Inc., Ltd., LLC, GmbH, Corp., Co.) and punctuation. "Acme, Inc." and
// "ACME Inc" give "acme".
func CompanyKey(name string) string {
	words := keyWords(name)
	for len(words) > 1 && companySuffix[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// TitleKey is a job title for matching: lower case, without punctuation,
// gender markers ("(m/w/d)"), work-place notes ("(Remote)", "- Remote
// Europe") and bracketed codes.
func TitleKey(title string) string {
	t := title
	// Each regexp runs only on a title holding a character all of its
	// matches hold ('/', a bracket, a separator).
	if strings.IndexByte(t, '/') >= 0 {
		t = genderMark.ReplaceAllString(t, " ")
	}
	if strings.ContainsAny(t, "([") {
		t = titleNoise.ReplaceAllString(t, " ")
	}
	if strings.ContainsAny(t, "-–—|,") && spaceBeforeSep(t) { // title_tail_gate.go
		t = titleTail.ReplaceAllString(t, "")
	}
	return strings.Join(keyWords(t), " ")
}

// keyWords lower-cases s and splits it into words of letters, digits, "+"
// and "#" ("C++ Engineer" -> "c++", "engineer").
func keyWords(s string) []string {
	s = strings.ToLower(CleanLine(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '#'
	})
}

// Fingerprint groups postings of the same opportunity: a hash of the company
// key, the title key and the sorted remote regions (the same title remote in
// the US and remote in the EU are different jobs). It is empty without a
// title.
func Fingerprint(l *model.Listing) string {
	tk := TitleKey(l.Title)
	if tk == "" {
		return ""
	}
	regions := sortedRegions(l.RemoteRegions)
	sum := sha256.Sum256([]byte(CompanyKey(l.Company) + "\x00" + tk + "\x00" + strings.Join(regions, ",")))
	return hex.EncodeToString(sum[:12])
}

// DedupKey is a hash of the company key and the sorted remote regions:
// the postings within which the store looks for one opportunity posted
// twice (same title key, or near-duplicate text). Empty without a company.
func DedupKey(l *model.Listing) string {
	ck := CompanyKey(l.Company)
	if ck == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(ck + "\x00" + strings.Join(sortedRegions(l.RemoteRegions), ",")))
	return hex.EncodeToString(sum[:12])
}

// TextSimHash is a 64-bit SimHash of text over word 3-shingles: texts that
// differ in a few words have hashes a few bits apart. The words are
// keyWords's; each shingle is hashed with 64-bit FNV-1a over its words,
// each followed by a zero byte.
func TextSimHash(text string) uint64 {
	if !plainWords(text) {
		return simHashWords(keyWords(text))
	}
	return simHashFused(text) // lowerWordsTable and simHashShingles in one pass (simhash_fused.go)
}

// The 64-bit FNV-1a parameters (hash/fnv's).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// simHashWords is TextSimHash of words.
func simHashWords(words []string) uint64 {
	if len(words) == 0 {
		return 0
	}
	var c simCounter
	h := fnv.New64a()
	n := max(1, len(words)-2)
	for i := 0; i < n; i++ {
		h.Reset()
		for _, w := range words[i:min(len(words), i+3)] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		c.add(h.Sum64())
	}
	return c.sum()
}

// plainWords reports whether keyWords(text) is what lowerWordsTable reads:
// valid UTF-8 holding nothing CleanLine would change but white space (no
// entity (an "&" that is none, as in "R&D", is fine), no backslash, no
// zero-width character).
func plainWords(text string) bool {
	return noEntities(text) && strings.IndexByte(text, '\\') < 0 && utf8.ValidString(text) &&
		!strings.Contains(text, "\u200b") && !strings.Contains(text, "\u200c") && !strings.Contains(text, "\u200d") &&
		!strings.Contains(text, "\ufeff") && !strings.Contains(text, "\u00ad")
}

// simCounter counts, for each of 64 bits, the hashes that have it set:
// eight bits at a time, in the byte lanes of a word.
type simCounter struct {
	lanes      [8]uint64 // lanes[k] byte j counts bit 8k+j, up to 255
	ones       [64]int
	n, inLanes int
}

// spread[b] has byte j set to bit j of b.
var spread = func() (t [256]uint64) {
	for b := range t {
		for j := 0; j < 8; j++ {
			t[b] |= uint64(b>>j&1) << (8 * j)
		}
	}
	return t
}()

func (c *simCounter) add(x uint64) {
	// The eight lanes written out: a loop over them shifts by a variable
	// count, which costs about three times as much.
	c.lanes[0] += spread[byte(x)]
	c.lanes[1] += spread[byte(x>>8)]
	c.lanes[2] += spread[byte(x>>16)]
	c.lanes[3] += spread[byte(x>>24)]
	c.lanes[4] += spread[byte(x>>32)]
	c.lanes[5] += spread[byte(x>>40)]
	c.lanes[6] += spread[byte(x>>48)]
	c.lanes[7] += spread[byte(x>>56)]
	c.n++
	if c.inLanes++; c.inLanes == 255 {
		c.flush()
	}
}

func (c *simCounter) flush() {
	for k, l := range c.lanes {
		for j := 0; j < 8; j++ {
			c.ones[8*k+j] += int(byte(l >> (8 * j)))
		}
	}
	c.lanes, c.inLanes = [8]uint64{}, 0
}

// sum sets each bit that more hashes have set than not.
func (c *simCounter) sum() uint64 {
	c.flush()
	var out uint64
	for b, o := range c.ones {
		if 2*o > c.n {
			out |= 1 << b
		}
	}
	return out
}

// NearDuplicate reports SimHashes at most 3 bits apart (zero hashes, of
// empty texts, are never duplicates).
func NearDuplicate(a, b uint64) bool {
	return a != 0 && b != 0 && bits.OnesCount64(a^b) <= 3
}

// trackingParams are query parameters that only track a click.
var trackingParams = map[string]bool{"gh_src": true, "lever-source": true, "lever-origin": true, "lever-source[]": true,
	"ref": true, "referrer": true, "referer": true, "ref_src": true, "fbclid": true, "gclid": true, "gclsrc": true, "dclid": true,
	"msclkid": true, "yclid": true, "twclid": true, "li_fat_id": true, "mc_cid": true, "mc_eid": true, "_hsenc": true,
	"_hsmi": true, "hsctatracking": true, "igshid": true, "trk": true, "trkinfo": true, "trackingid": true, "refid": true,
	"s_cid": true, "source": false, "src": true, "campaign": true, "_ga": true, "_gl": true, "spm": true, "ashby_source": false}

// CleanURL removes tracking parameters (utm_*, gh_src, lever-source, ref,
// fbclid, gclid, ...) from u and keeps the meaningful ones (gh_jid, id) in
// their order. A value that does not parse as a URL is returned trimmed.
func CleanURL(u string) string {
	u = strings.TrimSpace(u)
	q := strings.IndexByte(u, '?')
	if q < 0 {
		return u
	}
	if _, err := url.Parse(u); err != nil {
		return u
	}
	base, rest := u[:q], u[q+1:]
	frag := ""
	if h := strings.IndexByte(rest, '#'); h >= 0 {
		rest, frag = rest[:h], rest[h:]
	}
	var kept []string
	for _, kv := range strings.Split(rest, "&") {
		if kv == "" {
			continue
		}
		k, _, _ := strings.Cut(kv, "=")
		if name, err := url.QueryUnescape(k); err == nil {
			k = name
		}
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		kept = append(kept, kv)
	}
	if len(kept) == 0 {
		return base + frag
	}
	return base + "?" + strings.Join(kept, "&") + frag
}
