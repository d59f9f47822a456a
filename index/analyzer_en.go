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
//   - runs of ASCII (with curly single quotes and typographic
//     punctuation: cutRune) are split into words here, by UAX #29's word
//     rules as github.com/blevesearch/segment implements them (Unicode
//     8.0), where that library runs a state machine over every byte; a
//     run holding any other non-ASCII character, and any text that is not
//     valid UTF-8, goes through Bleve's own tokenizer and filters;
//   - such a word's lowercase form, stop word test and stem are one
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

// Non-ASCII characters the fast path reads. Cut runes are typographic
// punctuation of class Other (in no class of the word break property):
// like an ASCII cut byte, no word holds one and a break comes before one.
// The curly single quotes are MidNumLet, as '.' is: they join two letters
// or two digits ("don’t"), and the possessive filter strips a final ’s.
const (
	leftQuote  = '\u2018'
	rightQuote = '\u2019'
)

func cutRune(r rune) bool {
	switch r {
	case '\u00a0', // no-break space
		'\u2013', '\u2014', // en and em dash
		'\u201c', '\u201d', // curly double quotes
		'\u2022', '\u2026': // bullet, ellipsis
		return true
	}
	return false
}

// isQuote reports whether b starts with a curly single quote.
func isQuote(b []byte) bool {
	return len(b) >= 3 && b[0] == 0xe2 && b[1] == 0x80 && (b[2] == 0x98 || b[2] == 0x99)
}

// Analyze implements analysis.Analyzer. Unlike en it never writes to
// input (en lowercases the terms in place).
func (a *fastEn) Analyze(input []byte) analysis.TokenStream { return a.analyze(input, nil) }

// analyze is Analyze; with a sink, the tokens go to the sink instead
// (bleveseg_analyze.go), and analyze returns nil.
func (a *fastEn) analyze(input []byte, sink *freqSink) analysis.TokenStream {
	return a.analyzeKeep(input, sink, nil)
}

// analyzeKeep is analyze; with keep, it returns only the tokens whose
// term keep accepts (snippet_tokens.go), the others never made.
func (a *fastEn) analyzeKeep(input []byte, sink *freqSink, keep func(term string) bool) analysis.TokenStream {
	if !utf8.Valid(input) {
		// The segmenter stops at some invalid bytes: leave it all to en.
		toks := keepTokens(a.en.Analyze(append([]byte(nil), input...)), keep)
		if sink != nil {
			sink.addTokens(toks)
			return nil
		}
		return toks
	}
	s := analyzeState{a: a, in: input, pos: 1, sink: sink, keep: keep}
	if sink == nil && keep == nil {
		s.out, s.text = make(analysis.TokenStream, 0, len(input)/8+1), make([]byte, 0, len(input))
	}
	n := len(input)
	// Runs start at 0 and at each cut, and end before the next cut: a
	// word never spans a cut, so each run is split alone. A run of ASCII,
	// curly single quotes and a leading cut rune is split here; any other
	// non-ASCII character sends its run to en's tokenizer.
	for i := 0; i < n; {
		j, fast := i+1, true
		if input[i] >= utf8.RuneSelf {
			r, w := utf8.DecodeRune(input[i:])
			j, fast = i+w, cutRune(r)
		}
		for j < n {
			c := input[j]
			if c < utf8.RuneSelf {
				if byteClass[c] == clsCut {
					break
				}
				j++
				continue
			}
			r, w := utf8.DecodeRune(input[j:])
			if cutRune(r) {
				break
			}
			if r != leftQuote && r != rightQuote {
				fast = false
			}
			j += w
		}
		if fast {
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
	sink *freqSink
	keep func(term string) bool // nil: every token
}

// words splits the run in[i:j] (ASCII and curly single quotes, after a
// cut) into words and emits them.
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
			if byteClass[in[k]] == clsLetter {
				// A run of letters, most of a word: one test a byte.
				letters = true
				for k++; k < j && byteClass[in[k]] == clsLetter; k++ {
				}
				continue
			}
			c, w := byteClass[in[k]], 1
			if c == clsHigh {
				if !isQuote(in[k:j]) {
					break
				}
				c, w = clsMidLN, 3
			}
			switch c {
			case clsLetter:
				letters = true
				k++
			case clsDigit:
				digits = true
				k++
			case clsUnder:
				k++
			case clsMidL, clsMidN, clsMidLN:
				if k+w >= j {
					break word
				}
				prev, next := byteClass[in[k-1]], byteClass[in[k+w]]
				switch {
				case prev == clsLetter && next == clsLetter && c != clsMidN,
					prev == clsDigit && next == clsDigit && c != clsMidL:
					k += w + 1
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

// emit analyzes the word in[start:end] (ASCII and curly single quotes) as
// en's filters do and appends its token unless it is a stop word.
func (s *analyzeState) emit(start, end int, typ analysis.TokenType) {
	pos := s.pos
	s.pos++
	w := s.in[start:end]
	// Possessive: strip a final 's, ’s, 'S or ’S.
	if l := len(w); l >= 2 && (w[l-1] == 's' || w[l-1] == 'S') {
		if w[l-2] == '\'' {
			w = w[:l-2]
		} else if l >= 4 && w[l-4] == 0xe2 && w[l-3] == 0x80 && w[l-2] == 0x99 {
			w = w[:l-4]
		}
	}
	e := s.a.lookup(w)
	if e.stop || (s.keep != nil && !s.keep(e.stem)) {
		return
	}
	if s.sink != nil {
		s.sink.addStem(e.stem, start, end, pos)
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
		n := max(16, min(1024, len(s.in)/8-len(s.out)))
		if s.keep != nil {
			n = 16 // few tokens are kept
		}
		s.toks = make([]analysis.Token, n)
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
	toks = keepTokens(toks, s.keep)
	if s.sink != nil {
		s.sink.addTokens(toks)
		return
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
// the word w (ASCII and curly single quotes, which have no case).
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
	lower := make([]rune, 0, len(w))
	for _, r := range e.word {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		lower = append(lower, r)
	}
	if _, stop := a.stop[string(lower)]; stop {
		e.stop = true
		return e
	}
	e.stem = string(porterstemmer.StemWithoutLowerCasing(lower))
	return e
}
