package index

import (
	"hash/maphash"
	"sync/atomic"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// analyzerName is the analyzer of the text fields (and of Snippet and the
// suggestions): Bleve's English analyzer "en" — the unicode (UAX #29 word)
// tokenizer, then the possessive, lowercase, English stop word and Porter
// stemmer filters — giving the same tokens (term, position, offsets and
// type), at a fraction of the cost on the ASCII text most listings are:
//
//   - ASCII runs are split into words here, by UAX #29's word rules as
//     github.com/blevesearch/segment implements them (Unicode 8.0), where
//     that library runs a state machine over every byte; any run holding
//     a non-ASCII byte, and any text that is not valid UTF-8, goes through
//     Bleve's own tokenizer and filters;
//   - an ASCII word's lowercase form, stop word test and stem are one
//     lookup in a bounded memo (words repeat: a first crawl analyzes the
//     same few thousand words millions of times), where the stemmer
//     converts every word to runes and back.
//
// TestFastEnSameTokens and FuzzFastEnSameTokens compare the two.
const analyzerName = "gigscout_en"

func init() {
	if err := registry.RegisterAnalyzer(analyzerName, newFastEn); err != nil {
		panic(err)
	}
}

// fastEn is the analyzer named analyzerName.
type fastEn struct {
	en        analysis.Analyzer      // the whole en chain, for text not valid UTF-8
	tokenizer analysis.Tokenizer     // the unicode tokenizer, for runs with non-ASCII bytes
	filters   []analysis.TokenFilter // en's filters, in en's order, for those runs' tokens
	stop      analysis.TokenMap
}

func newFastEn(_ map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
	a := &fastEn{}
	var err error
	if a.en, err = cache.AnalyzerNamed(en.AnalyzerName); err != nil {
		return nil, err
	}
	if a.tokenizer, err = cache.TokenizerNamed(unicode.Name); err != nil {
		return nil, err
	}
	for _, name := range []string{en.PossessiveName, lowercase.Name, en.StopName, porter.Name} {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		a.filters = append(a.filters, f)
	}
	if a.stop, err = cache.TokenMapNamed(en.StopName); err != nil {
		return nil, err
	}
	return a, nil
}

// Byte classes of UAX #29's word break property (Unicode 8.0) for ASCII.
// Every other ASCII byte (space, newline, '-', '/', '@', ...) is Other:
// no word holds it, and a word break comes before it whatever precedes
// (no ASCII byte is Extend or Format), so it ends a run (cut).
const (
	clsCut    = iota // Other, CR, LF, Newline
	clsLetter        // ALetter: A-Z a-z
	clsDigit         // Numeric: 0-9
	clsUnder         // ExtendNumLet: _
	clsMidL          // MidLetter: ':' (between two letters)
	clsMidN          // MidNum: ',' ';' (between two digits)
	clsMidLN         // MidNumLet '.', Single_Quote '\'' (between two letters or two digits)
	clsDQuote        // Double_Quote '"': joins Hebrew letters only, so not a cut
	clsHigh          // a byte of a non-ASCII character
)

var byteClass = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = clsHigh
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = clsLetter, clsLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clsDigit
	}
	t['_'], t[':'], t[','], t[';'], t['.'], t['\''], t['"'] = clsUnder, clsMidL, clsMidN, clsMidN, clsMidLN, clsMidLN, clsDQuote
	return t
}()

// Analyze implements analysis.Analyzer. Unlike en it never writes to
// input (en lowercases the terms in place).
func (a *fastEn) Analyze(input []byte) analysis.TokenStream {
	if !utf8.Valid(input) {
		// The segmenter stops at some invalid bytes: leave it all to en.
		return a.en.Analyze(append([]byte(nil), input...))
	}
	s := analyzeState{a: a, in: input, pos: 1, out: make(analysis.TokenStream, 0, len(input)/8+1), text: make([]byte, 0, len(input))}
	n := len(input)
	// Runs start at 0 and at each cut byte, and end before the next cut
	// byte: a word never spans a cut byte, so each run is split alone.
	for i := 0; i < n; {
		j, ascii := i+1, input[i] < utf8.RuneSelf
		for j < n {
			c := byteClass[input[j]]
			if c == clsCut {
				break
			}
			if c == clsHigh {
				ascii = false
			}
			j++
		}
		if ascii {
			s.words(i, j)
		} else {
			s.slow(i, j)
		}
		i = j
	}
	return s.out
}

type analyzeState struct {
	a    *fastEn
	in   []byte
	copy []byte // a copy of in for the slow runs (en's filters write to their terms)
	pos  int    // the next word's position (stop words take one)
	toks []analysis.Token
	out  analysis.TokenStream
	text []byte // the memo's terms, copied: a token's term is its own
}

// words splits the ASCII run in[i:j] into words and emits them.
func (s *analyzeState) words(i, j int) {
	in := s.in
	for k := i; k < j; {
		c := byteClass[in[k]]
		if c != clsLetter && c != clsDigit && c != clsUnder {
			k++ // a None segment: Other, a quote, a mid not between two letters or digits
			continue
		}
		start, letters, digits := k, false, false
	word:
		for k < j {
			switch c := byteClass[in[k]]; c {
			case clsLetter:
				letters = true
				k++
			case clsDigit:
				digits = true
				k++
			case clsUnder:
				k++
			case clsMidL, clsMidN, clsMidLN:
				if k+1 >= j {
					break word
				}
				prev, next := byteClass[in[k-1]], byteClass[in[k+1]]
				switch {
				case prev == clsLetter && next == clsLetter && c != clsMidN,
					prev == clsDigit && next == clsDigit && c != clsMidL:
					k += 2
				default:
					break word
				}
			default:
				break word
			}
		}
		typ := analysis.AlphaNumeric
		if digits && !letters {
			typ = analysis.Numeric
		}
		s.emit(start, k, typ)
	}
}

// emit analyzes the ASCII word in[start:end] as en's filters do and
// appends its token unless it is a stop word.
func (s *analyzeState) emit(start, end int, typ analysis.TokenType) {
	pos := s.pos
	s.pos++
	w := s.in[start:end]
	// Possessive: strip a final 's or 'S.
	if l := len(w); l >= 2 && (w[l-1] == 's' || w[l-1] == 'S') && w[l-2] == '\'' {
		w = w[:l-2]
	}
	e := s.a.lookup(w)
	if e.stop {
		return
	}
	off := len(s.text)
	s.text = append(s.text, e.stem...)
	t := s.token()
	*t = analysis.Token{Term: s.text[off:len(s.text):len(s.text)], Start: start, End: end, Position: pos, Type: typ}
	s.out = append(s.out, t)
}

// token returns a new token from a slab.
func (s *analyzeState) token() *analysis.Token {
	if len(s.toks) == 0 {
		// About one word in six bytes of English, some of them stop words.
		s.toks = make([]analysis.Token, max(16, min(1024, len(s.in)/8-len(s.out))))
	}
	t := &s.toks[0]
	s.toks = s.toks[1:]
	return t
}

// slow analyzes the run in[i:j], which holds non-ASCII bytes, with en's
// tokenizer and filters.
func (s *analyzeState) slow(i, j int) {
	if s.copy == nil {
		s.copy = append([]byte(nil), s.in...)
	}
	toks := s.a.tokenizer.Tokenize(s.copy[i:j])
	for _, t := range toks {
		t.Start += i
		t.End += i
		t.Position += s.pos - 1
	}
	s.pos += len(toks)
	for _, f := range s.a.filters {
		toks = f.Filter(toks)
	}
	s.out = append(s.out, toks...)
}

// An enWord is what en's filters make of an ASCII word (after the
// possessive filter): its stem, or stop.
type enWord struct {
	word string // the word as the tokenizer gave it (any case)
	stem string
	stop bool
}

// The memo of lookup: a fixed table of words by hash, the last word seen
// in each slot kept (a word's entry is immutable; a slot is swapped
// atomically, so concurrent analyzers need no lock). 16,384 slots of at
// most memoMaxLen bytes bound it to a few MB.
const (
	memoSlots  = 1 << 14
	memoMaxLen = 32
)

var (
	memo     [memoSlots]atomic.Pointer[enWord]
	memoSeed = maphash.MakeSeed()
)

// lookup returns what en's lowercase, stop and stemmer filters make of
// the ASCII word w.
func (a *fastEn) lookup(w []byte) *enWord {
	if len(w) > memoMaxLen {
		return a.enWord(w)
	}
	slot := &memo[maphash.Bytes(memoSeed, w)&(memoSlots-1)]
	if e := slot.Load(); e != nil && e.word == string(w) {
		return e
	}
	e := a.enWord(w)
	slot.Store(e)
	return e
}

func (a *fastEn) enWord(w []byte) *enWord {
	e := &enWord{word: string(w)}
	lower := make([]rune, len(w))
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = rune(c)
	}
	if _, stop := a.stop[string(lower)]; stop {
		e.stop = true
		return e
	}
	e.stem = string(porterstemmer.StemWithoutLowerCasing(lower))
	return e
}
