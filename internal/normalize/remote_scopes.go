package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Czech and Slovak graded home office,
// home office or Polish remote work on a few days a week, Czech and Slovak
// remote words, a location that is only a region of many countries, and
// region scopes: places after "excluding" or "except", a company's seat, a
// parenthesised country narrowing a region, a list of examples, a role
// "based in" a country, Spanish and Portuguese residence words.
//
// Like the clause readers of regions_scope_clauses.go, each finds its key
// word first and matches only a
// short window there; in a long description the key word is found by
// the shared key scan of the package (scopeDoc).

// scopeDoc is a text with, when it is a long description, the places of
// every scope word in it, taken from the shared key scan of the package
// (keyre.go: one scan of a description finds the key words of all key
// regexps).
type scopeDoc struct {
	s    string
	hits []scopeHit
	mask uint64 // bit k set: scopeWords[k] is among hits
	long bool
}

// scopeHit is one scope word at a byte offset of a doc.
type scopeHit struct {
	pos  int
	word uint8
}

// newScopeDoc returns the doc of s.
func newScopeDoc(s string) scopeDoc {
	if len(s) < minGuardedText || reference {
		return scopeDoc{s: s}
	}
	d := scopeDoc{s: s, hits: scopeSharedHits(s), long: true}
	for _, h := range d.hits {
		d.mask |= 1 << h.word
	}
	return d
}

// scopeSharedHits walks the shared key hits of s as keyRegexp.windows
// does (keyre.go), keeping each scope word's position instead of a window:
// no window slice, no second scan. A hit inside a word is left out (every
// scope word starts a word).
func scopeSharedHits(s string) []scopeHit {
	k := scopeAnyKey
	keyOnce.Do(shareKeys)
	if k.rank == nil {
		return scopeOwnHits(s)
	}
	var out []scopeHit
	c := keyPool.Get().(*keyCache)
	h := c.hits(s)
	for j := 0; j < len(h.pos); {
		p, best := h.pos[j], uint8(0)
		for ; j < len(h.pos) && h.pos[j] == p; j++ {
			if r := k.rank[h.key[j]]; r > 0 && (best == 0 || r < best) {
				best = r
			}
		}
		if best > 0 && (p == 0 || !(isASCIIWord(s[p-1]) || s[p-1] >= 0x80)) {
			if out == nil {
				out = make([]scopeHit, 0, 8)
			}
			out = append(out, scopeHit{pos: int(p), word: best - 1})
		}
	}
	keyPool.Put(c)
	return out
}

// scopeOwnHits finds the scope words of s by a scan of its own, for a key
// regexp the shared scan does not hold.
func scopeOwnHits(s string) []scopeHit {
	var out []scopeHit
	for i := 0; i < len(s); i++ {
		if i > 0 && (isASCIIWord(s[i-1]) || s[i-1] >= 0x80) {
			continue
		}
		for _, k := range scopeWordsByFirst[s[i]] {
			if hasPrefixFold(s[i:], scopeWords[k]) {
				out = append(out, scopeHit{pos: i, word: k})
			}
		}
	}
	return out
}

// each is eachWordFold on the doc; on a long text it walks the word's hits.
// word must be one of scopeWords (or any word, on a short text).
func (d scopeDoc) each(word string, fn func(i int) bool) bool {
	if !d.long {
		return eachWordFold(d.s, word, fn)
	}
	if d.mask == 0 {
		return false // none of the words: most descriptions
	}
	k, ok := scopeWordIndex[word]
	if !ok {
		return eachWordFold(d.s, word, fn)
	}
	if d.mask&(1<<k) == 0 {
		return false
	}
	for _, h := range d.hits {
		if h.word == k && hasPrefixFold(d.s[h.pos:], word) && fn(h.pos) { // a masked copy may have blanked it
			return true
		}
	}
	return false
}

// scopeWords are the words scopeDoc.each looks for in a description;
// scopeWordIndex and scopeWordsByFirst index them (by first byte, both
// cases).
var (
	scopeWords = func() []string {
		w := append(append(append([]string(nil), homeOfficeKeys...), exclusionWords...), seatWords...)
		return append(w, "zdaln", "open to", "vzd", "na d", "based in ", "resid", "radicad", "in the us", "desde ")
	}()
	scopeWordIndex = func() map[string]uint8 {
		if len(scopeWords) > 64 {
			panic("scopeWords: more words than scopeDoc.mask has bits")
		}
		m := map[string]uint8{}
		for i, w := range scopeWords {
			m[w] = uint8(i)
		}
		return m
	}()
	scopeWordsByFirst = func() (t [256][]uint8) {
		for i, w := range scopeWords {
			c := w[0]
			t[c] = append(t[c], uint8(i))
			if c >= 'a' && c <= 'z' {
				t[c-'a'+'A'] = append(t[c-'a'+'A'], uint8(i))
			}
		}
		return t
	}()
)

// scopeAnyKey is a key regexp for every scope word, made with the
// package's variables, so that the words join the shared key scan; only
// the places of its keys are read (scopeSharedHits), its regexp never runs.
var scopeAnyKey = func() *keyRegexp {
	keys := make([]string, len(scopeWords))
	quoted := make([]string, len(scopeWords))
	for i, w := range scopeWords {
		keys[i] = strings.TrimSpace(w)
		quoted[i] = regexp.QuoteMeta(keys[i])
	}
	return newKeyRegexp(`(?i)(?:`+strings.Join(quoted, "|")+`)`, 0, 0, keys...)
}()

// reviseScopes looks again at what ParseRemote read from the hint, the
// locations and the description, and returns it adjusted.
func reviseScopes(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	before, doc := ri.Remote, newScopeDoc(text)
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		if ev := partHomeOffice(hint, locs, doc); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, ev
		}
	}
	if ri.Remote == model.RemoteUnknown {
		if ev := remoteWordsMore(locs, doc); ev != "" {
			ri.Remote, ri.Evidence = model.RemoteRemote, ev
		}
	}
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	if before != model.RemoteRemote && before != model.RemoteHybrid {
		ri.Regions = remoteRegions(hintLocations(hint, locs), text)
	}
	ri.Regions = scopeRegions(hint, locs, doc, ri.Regions)
	return ri
}

// partHomeOffice returns the evidence of a home office that is only part
// of the week, in the hint, a location or the description; "" when there is
// none.
func partHomeOffice(hint string, locs []string, doc scopeDoc) string {
	for i := -1; i <= len(locs); i++ {
		d, field := doc, "text: "
		switch {
		case i == -1:
			d, field = scopeDoc{s: hint}, "structured: "
		case i < len(locs):
			d, field = scopeDoc{s: locs[i]}, "location: "
		}
		s := d.s
		if s == "" {
			continue
		}
		// A short field is ruled out by its words; a description's key
		// words come from the shared scan (scopeDoc).
		home := i == len(locs) || containsFold(s, "home") || containsFold(s, "z dom")
		if !home && !containsFold(s, "zdaln") {
			continue
		}
		if home {
			if ev := gradedHomeOffice(d); ev != "" {
				return field + ev
			}
		}
		if ev := homeOfficeDays(d); ev != "" {
			return field + ev
		}
	}
	return ""
}

// homeOfficeGrades are the words that make a home office partial when they come
// right before it: Czech "občasné/převážně/částečně", Slovak "občasnú/
// prevažne/čiastočne", English "occasional/mostly/partly" ("Možnost občasné
// práce z domova", "Job with mostly home office").
var homeOfficeGrades = []string{"občasn", "obcasn", "převážn", "prevazn", "prevažn", "částečn", "castecn", "čiastočn", "ciastocn",
	"occasional", "mostly", "partly", "partial"}

// mayGradeHome reports whether one of the two words before a home-office
// word at the end of raw starts with a grade: cheap, before lower-casing.
func mayGradeHome(raw string) bool {
	end := len(raw)
	for n := 0; n < 2; n++ {
		for end > 0 && !(isASCIIWord(raw[end-1]) || raw[end-1] >= 0x80) {
			end--
		}
		start := end
		for start > 0 && (isASCIIWord(raw[start-1]) || raw[start-1] >= 0x80) {
			start--
		}
		if start == end {
			return false
		}
		w := raw[start:end]
		switch w[0] | 0x20 {
		case 'o', 'p', 'c', 'm', 0xC4 | 0x20: // the grades' first letters (č and Č start with 0xC4)
			for _, g := range homeOfficeGrades {
				if hasPrefixFold(w, g) {
					return true
				}
			}
			if strings.HasPrefix(w, "Částečn") || strings.HasPrefix(w, "Čiastočn") {
				return true
			}
		}
		end = start
	}
	return false
}

// homeOfficeKeys are the home-office words the grades and day counts attach
// to.
var homeOfficeKeys = []string{"z domov", "z domu", "home office", "homeoffice", "home-office"}

// homeDayKeys are homeOfficeKeys and the Polish remote stem.
var homeDayKeys = append(append([]string(nil), homeOfficeKeys...), "zdaln")

// gradedHomeOffice finds a graded home office in s: the phrase, or "".
func gradedHomeOffice(d scopeDoc) string {
	s, ev := d.s, ""
	for _, key := range homeOfficeKeys {
		d.each(key, func(i int) bool {
			if i > 0 && isASCIIWord(s[i-1]) {
				return false
			}
			end := i + len(key)
			raw := s[max(0, i-28):i]
			if !mayGradeHome(raw) {
				return false // most home offices: no grade word before them
			}
			after := s[end:min(len(s), end+16)]
			if containsFold(after, "stipend") || containsFold(after, "budget") || containsFold(after, "allowance") ||
				containsFold(after, "equipment") || containsFold(after, "setup") || strings.Contains(after, "příspěv") {
				return false // "occasional home office stipend" is a perk
			}
			win := strings.ToLower(raw)
			for _, g := range homeOfficeGrades {
				if j := strings.LastIndex(win, g); j >= 0 && (j == 0 || !isASCIIWord(win[j-1])) {
					ev = strings.TrimSpace(s[i-len(win)+j : min(len(s), end+4)])
					return true
				}
			}
			return false
		})
		if ev != "" {
			return ev
		}
	}
	return ""
}

// homeDaysAfter is a count of one to four days right after a home-office
// or Polish remote word: "home office 2 dny v týdnu", "zdalna przez 3 dni".
var homeDaysAfter = regexp.MustCompile(`^(?i)[\s:,(–-]*(przez\s+|po\s+)?([1-4]|jeden|jedna|dva|dvě|tři|čtyři|dwa|dwie|trzy|cztery)\s*(?:dny|dní|dni|den|dnů|dzień)\b([^.;\n]{0,24})`)

// dayCountNext reports whether the first word after s[:at] (past
// spaces and punctuation) may start a day count: a digit from one to four,
// Polish "przez"/"po", or a number word's first letter (cheap, before
// homeDaysAfter).
func dayCountNext(s string, at int) bool {
	for k := at; k < len(s) && k < at+6; k++ {
		switch c := s[k]; {
		case c == ' ' || c == ':' || c == ',' || c == '(' || c == '-' || c == '\t':
			continue
		case c >= '1' && c <= '4':
			return true
		default:
			c |= 0x20
			return c == 'p' || c == 'j' || c == 'd' || c == 't' || c == 'c' || s[k] == 0xC4 || s[k] == 0xE2
		}
	}
	return false
}

// homeOfficeDays finds a home office or Polish remote work on a few days of
// the week in s: the phrase, or "". A count needs a week word after it, or
// Polish "przez" ("for") before it.
func homeOfficeDays(d scopeDoc) string {
	s, ev := d.s, ""
	for _, key := range homeDayKeys {
		d.each(key, func(i int) bool {
			if i > 0 && isASCIIWord(s[i-1]) {
				return false
			}
			end := i + len(key)
			for end < len(s) && (isASCIIWord(s[end]) || s[end] >= 0x80 && s[end] != 0xE2) {
				end++ // "zdalna", "zdalnie", "domova" (not a dash: 0xE2 starts "–")
			}
			if !dayCountNext(s, end) {
				return false
			}
			m := homeDaysAfter.FindStringSubmatchIndex(s[end:min(len(s), end+60)])
			if m == nil {
				return false
			}
			tail := strings.ToLower(s[end+m[6] : end+m[7]])
			if m[2] < 0 && !strings.Contains(tail, "týdn") && !strings.Contains(tail, "tydn") && !strings.Contains(tail, "týžd") &&
				!strings.Contains(tail, "tyzd") && !strings.Contains(tail, "tygod") && !strings.Contains(tail, "week") {
				return false
			}
			ev = strings.TrimSpace(s[i : end+m[7]])
			return true
		})
		if ev != "" {
			return ev
		}
	}
	return ""
}

// macroRegionNames are locations that name only a region of many countries:
// nobody commutes to "Latin America", so such a location is remote work
// there ("LATAM excluding DR" once its exclusion is set aside).
var macroRegionNames = map[string]bool{"latam": true, "latin america": true, "emea": true, "europe": true, "apac": true,
	"asia pacific": true, "asia-pacific": true, "americas": true, "the americas": true, "eu": true, "european union": true,
	"latinoamérica": true, "latinoamerica": true, "américa latina": true, "america latina": true}

// openToApplicants is an invitation to applicants of a place, matched at "open
// to": "This role is open to candidates in Latin America".
var openToApplicants = regexp.MustCompile(`^(?i)open to (?:candidates|applicants|talent|people|residents)(?: (?:based|located|living|residing))? (?:in|from|across|throughout) (?:the )?([\p{L} ]{2,30}?)(?:\s+only)?\s*(?:[.,;:!)\n]|$)`)

// remoteWordsMore reads remote work where nothing else did: Czech and
// Slovak remote words, a location that is only a region of many countries,
// an invitation to the applicants of one. It returns the evidence, or "".
func remoteWordsMore(locs []string, doc scopeDoc) string {
	text := doc.s
	for _, loc := range locs {
		if ev := czechRemote(scopeDoc{s: loc}); ev != "" {
			return "location: " + ev
		}
		bare := strings.ToLower(strings.Trim(scopeMasked(loc, true), " -–—,;:()"))
		if macroRegionNames[bare] {
			return "location: " + loc
		}
	}
	if ev := czechRemote(doc); ev != "" {
		return "text: " + ev
	}
	ev := ""
	doc.each("open to", func(i int) bool {
		if m := openToApplicants.FindStringSubmatch(text[i:min(len(text), i+90)]); m != nil {
			rs := Regions(m[1])
			for _, r := range rs {
				if !isArea(r) {
					return false // one country: a place, not a remote scope
				}
			}
			if len(rs) > 0 {
				ev = "text: " + strings.TrimSpace(m[0])
			}
		}
		return ev != ""
	})
	return ev
}

// czechRemote finds Czech or Slovak remote work in s: "vzdáleně",
// "vzdálená práce", "práce na dálku", "práca na diaľku"; "" when none.
// "vzdálený přístup" (remote access) and "vzdálenost" (distance) are no
// remote work.
func czechRemote(d scopeDoc) string {
	s := d.s
	if strings.IndexByte(s, 0xC3) < 0 && strings.IndexByte(s, 0xC4) < 0 && strings.IndexByte(s, 0xC5) < 0 {
		return "" // every word below holds á, ě, é or ľ
	}
	ev := ""
	d.each("vzd", func(i int) bool {
		w := strings.ToLower(s[i:min(len(s), i+24)])
		switch {
		case strings.HasPrefix(w, "vzdáleně"), strings.HasPrefix(w, "vzdialene"),
			strings.HasPrefix(w, "vzdálená prác"), strings.HasPrefix(w, "vzdálené prác"), strings.HasPrefix(w, "vzdialená prác"):
			ev = strings.TrimSpace(s[i:min(len(s), i+len("vzdálená práce"))])
		}
		return ev != ""
	})
	if ev != "" {
		return ev
	}
	d.each("na d", func(i int) bool {
		w := strings.ToLower(s[i:min(len(s), i+12)])
		if !strings.HasPrefix(w, "na dálku") && !strings.HasPrefix(w, "na diaľku") {
			return false
		}
		b := strings.ToLower(s[max(0, i-12):i])
		if strings.Contains(b, "prác") || strings.Contains(b, "prac") {
			ev = strings.TrimSpace(s[max(0, i-12):min(len(s), i+len("na diaľku"))])
		}
		return ev != ""
	})
	return ev
}

// scopeRegions adjusts the regions read for a remote or hybrid listing:
// places after an exclusion word, a company's seat and example lists are
// set aside; a parenthesised country narrows the region before it ("Remote
// - LATAM (Mexico)"); a requirement of the text narrows a wider region;
// "(RD)" is the Dominican Republic.
func scopeRegions(hint string, locs []string, doc scopeDoc, regions []string) []string {
	text := doc.s
	mlocs, mtext, recompute, copied := locs, text, false, false
	for i, loc := range locs {
		if mk := scopeMask(scopeDoc{s: loc}, true); len(mk) > 0 {
			if !copied {
				mlocs, copied = append([]string(nil), locs...), true
			}
			mlocs[i] = mk.apply(loc)
			recompute = recompute || mk.names(loc, regions)
		}
	}
	mdoc := doc
	if mk := scopeMask(doc, false); len(mk) > 0 {
		mtext = mk.apply(text)
		mdoc = scopeDoc{s: mtext, hits: doc.hits, mask: doc.mask, long: doc.long} // same offsets: the hits hold
		recompute = recompute || mk.names(text, regions)
	}
	if recompute {
		regions = remoteRegions(hintLocations(hint, mlocs), mtext)
	}
	if len(mlocs) == 1 {
		if inner := parenCountries(mlocs[0]); inner != nil {
			regions = inner
		}
	}
	if req := requiredPlaces(mdoc); len(req) > 0 {
		switch {
		case len(regions) == 0:
			regions = req
		case !sameRegions(req, regions):
			within := true
			for _, r := range req {
				within = within && regionWithin(r, regions)
			}
			if within {
				regions = req
			}
		}
	}
	for _, loc := range locs {
		if strings.Contains(loc, "(RD)") {
			regions = appendUnique(regions, "DO") // República Dominicana
		}
		if lowerUSLocation(loc) && !slicesContains(regions, "US") {
			regions = append([]string{"US"}, dropWorldwideCopy(regions)...) // "us-remote", "remote (us or canada)"
		}
	}
	if regions == nil {
		regions = []string{}
	}
	return regions
}

// exclusionWords set aside the places after them to the end of the
// clause: "LATAM excluding Brazil", "Remote - LATAM except Mexico",
// "EMEA, with the exception of Russia".
var exclusionWords = []string{"excluding", "except", "excl.", "not including", "with the exception of"}

// seatWords introduce a company's seat, which is no place the work
// must be done in: "Our company is based in Germany".
var seatWords = []string{"company is based in", "company is headquartered in", "headquartered in", "hq is in", "hq is based in",
	"headquarters is in", "headquarters are in", "company is located in"}

// asideSpans are byte spans of a text to set aside.
type asideSpans [][2]int

// apply returns s with the spans blanked out with spaces (every byte of a
// rune, so the result stays valid UTF-8 and offsets keep their meaning).
func (sp asideSpans) apply(s string) string {
	if len(sp) == 0 {
		return s
	}
	b := []byte(s)
	for _, p := range sp {
		for k := p[0]; k < p[1]; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// names reports whether a span of s names one of the regions read: only
// then can setting it aside change them.
func (sp asideSpans) names(s string, regions []string) bool {
	for _, p := range sp {
		for _, r := range Regions(s[p[0]:p[1]]) {
			if slicesContains(regions, r) {
				return true
			}
		}
	}
	return false
}

// scopeMask finds the exclusion clauses, a company's seat and (in a
// location) a parenthesised list of examples in s; none for most texts.
// loc marks a short location (scanned directly); a description is gated on
// its cached folded copy first (hasFold).
func scopeMask(d scopeDoc, loc bool) asideSpans {
	s := d.s
	has := containsFold
	if !loc {
		has = func(string, string) bool { return true } // the shared key scan decides (scopeDoc)
	}
	var out asideSpans
	clauseEnd := func(from int, stops string) int {
		if j := strings.IndexAny(s[from:], stops); j >= 0 {
			return from + j
		}
		return len(s)
	}
	if has(s, "exc") || has(s, "not incl") {
		for _, w := range exclusionWords {
			d.each(w, func(i int) bool {
				end := i + len(w)
				if (i > 0 && isASCIIWord(s[i-1])) || (end < len(s) && isASCIIWord(s[end])) {
					return false // "exceptional"
				}
				out = append(out, [2]int{i, clauseEnd(end, ".;)\n")})
				return false
			})
		}
	}
	if has(s, "headquarter") || has(s, "hq is") || has(s, "company is") {
		for _, w := range seatWords {
			d.each(w, func(i int) bool {
				if i > 0 && isASCIIWord(s[i-1]) {
					return false
				}
				out = append(out, [2]int{i, clauseEnd(i+len(w), ".;!\n")})
				return false
			})
		}
	}
	if loc {
		out = append(out, locIncludingTails(s)...) // "Worldwide, including USA" (region_loc_including.go)
		for i := strings.IndexByte(s, '('); i >= 0; {
			j := strings.IndexByte(s[i:], ')')
			if j < 0 {
				break
			}
			inner := strings.ToLower(s[i+1 : i+j])
			if strings.Contains(inner, "etc") || strings.Contains(inner, "e.g.") || strings.Contains(inner, "such as") || strings.Contains(inner, "including") {
				out = append(out, [2]int{i, i + j + 1})
			}
			k := strings.IndexByte(s[i+j:], '(')
			if k < 0 {
				break
			}
			i += j + k
		}
	}
	return out
}

// scopeMasked returns s with scopeMask's spans blanked out.
func scopeMasked(s string, loc bool) string { return scopeMask(newScopeDoc(s), loc).apply(s) }

// lowerUSLocation reports a short location that names the United States in
// lower case, as some boards and scrapers write it: "us-remote", "remote
// (us)", "remote (us or canada)", "us-east". In a description "us" is a pronoun; in a
// location of a few words with a remote word or brackets it is the country.
func lowerUSLocation(loc string) bool {
	if wholeLowerUS(loc) { // " us " (region_lower_us_whole.go)
		return true
	}
	if len(loc) > 40 || !containsFold(loc, "us") || strings.Count(loc, " ") > 5 {
		return false
	}
	found := false
	eachWordFold(loc, "us", func(i int) bool {
		end := i + 2
		if (i > 0 && isASCIIWord(loc[i-1])) || (end < len(loc) && isASCIIWord(loc[end])) || loc[i:end] != "us" {
			return false
		}
		prev, next := byte(' '), byte(' ')
		if i > 0 {
			prev = loc[i-1]
		}
		if end < len(loc) {
			next = loc[end]
		}
		found = prev == '(' || next == '-' && (containsFold(loc, "remote") || prev != '-' && usZoneLabelAfter(loc[end+1:]))
		return found
	})
	return found
}

// slicesContains reports whether list holds s.
func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// dropWorldwideCopy returns in without "worldwide", as a new slice.
func dropWorldwideCopy(in []string) []string {
	return dropWorldwide(append([]string(nil), in...))
}

// parenList matches a location ending in a parenthesised list.
var parenList = regexp.MustCompile(`^(.+?)\(([^()]+)\)\s*$`)

// parenCountries returns the countries in parentheses after a region
// that holds them all ("Remote - LATAM (Mexico)" is Mexico); nil otherwise.
func parenCountries(loc string) []string {
	if !strings.HasSuffix(strings.TrimSpace(loc), ")") {
		return nil
	}
	m := parenList.FindStringSubmatch(loc)
	if m == nil {
		return nil
	}
	outer, inner := Regions(m[1]), Regions(m[2])
	if len(outer) == 0 || len(inner) == 0 {
		return nil
	}
	for _, r := range outer {
		if !isArea(r) {
			return nil // "Remote - US (Canada)": two places, not a narrowing
		}
	}
	for _, r := range inner {
		if isArea(r) || !regionWithin(r, outer) {
			return nil
		}
	}
	return inner
}

// resideWordAfter is a Spanish or Portuguese residence word and its
// preposition: "residir en", "residentes en la", "residir no".
var resideWordAfter = regexp.MustCompile(`^(?i)(?:residir|residentes?|radicad[oa]s?)\s+(?:en|no|na|em)\s+(?:la\s+|el\s+|los\s+|o\s+|a\s+)?`)

// requiredPlaces returns the places the text limits the work to in words
// the earlier readers leave: a role or position "based in" a place, the
// applicants "based in" a place "only", Spanish and Portuguese residence
// ("residir en Argentina"), remote work "desde" a place; nil when none.
func requiredPlaces(d scopeDoc) []string {
	text := d.s
	var out []string
	add := func(rs []string) {
		for _, r := range rs {
			if r != RegionWorldwide {
				out = appendUnique(out, r)
			}
		}
	}
	d.each("based in ", func(i int) bool {
		before := strings.ToLower(text[max(0, i-24):i])
		after := text[i+len("based in "):]
		if strings.HasPrefix(after, "the ") {
			after = after[4:]
		}
		switch {
		case strings.HasSuffix(before, "role ") || strings.HasSuffix(before, "position ") || strings.HasSuffix(before, "job ") ||
			strings.HasSuffix(before, "role is ") || strings.HasSuffix(before, "position is "):
			add(regionList(after))
		case (strings.HasSuffix(before, "candidates ") || strings.HasSuffix(before, "applicants ")) &&
			strings.Contains(strings.ToLower(after[:min(len(after), 40)]), " only"):
			add(regionList(after))
		}
		return false
	})
	for _, key := range []string{"resid", "radicad"} {
		d.each(key, func(i int) bool {
			if i > 0 && isASCIIWord(text[i-1]) {
				return false
			}
			if m := resideWordAfter.FindStringIndex(text[i:min(len(text), i+40)]); m != nil {
				add(regionList(text[i+m[1]:]))
			}
			return false
		})
	}
	d.each("in the us", func(i int) bool {
		end := i + len("in the us")
		if (end < len(text) && (isASCIIWord(text[end]) || text[end] == '.' && end+1 < len(text) && isASCIIWord(text[end+1]))) || (i > 0 && isASCIIWord(text[i-1])) {
			return false // "in the usual way", "in the u.s.a." (read elsewhere)
		}
		before := strings.ToLower(text[max(0, i-24):i])
		if othersBasedBefore(text, i) {
			return false // "Our investors are located in the US" (region_others_based.go)
		}
		if strings.Contains(before, "reside") || strings.Contains(before, "located") || strings.Contains(before, "based") ||
			strings.Contains(before, "live") || strings.Contains(before, "authori") {
			// "must reside in the us", written in lower case; "based in the
			// US or Canada" is the whole list (region_sentence_scopes.go)
			if rs := regionList(text[i+len("in the "):]); len(rs) > 1 && slices.Contains(rs, "US") {
				add(rs)
			} else {
				add([]string{"US"})
			}
		}
		return false
	})
	d.each("desde ", func(i int) bool {
		before := strings.ToLower(text[max(0, i-10):i])
		if strings.Contains(before, "remot") {
			add(regionList(text[i+len("desde "):]))
		}
		return false
	})
	return out
}

func init() {
	// Spanish and Portuguese country and region names: "Remoto -
	// Alemania", "residir en la República Dominicana".
	for name, code := range map[string]string{
		"alemania": "DE", "alemanha": "DE", "francia": "FR", "frança": "FR", "reino unido": "GB", "estados unidos": "US",
		"canadá": "CA", "países bajos": "NL", "paises bajos": "NL", "holanda": "NL", "suiza": "CH", "suíça": "CH",
		"suecia": "SE", "noruega": "NO", "dinamarca": "DK", "finlandia": "FI", "polonia": "PL", "irlanda": "IE",
		"japón": "JP", "japão": "JP", "espanha": "ES", "itália": "IT", "república dominicana": "DO", "republica dominicana": "DO",
		"europa": RegionEU, "latinoamérica": RegionLATAM, "latinoamerica": RegionLATAM, "américa latina": RegionLATAM,
		"america latina": RegionLATAM, "sudamérica": RegionLATAM, "centroamérica": RegionLATAM,
		// Polish cities that stand for their country: "remote, Krakow".
		"warszawa": "PL", "kraków": "PL", "krakow": "PL", "cracow": "PL", "gdańsk": "PL", "gdansk": "PL",
		"wrocław": "PL", "wroclaw": "PL", "poznań": "PL", "poznan": "PL",
	} {
		addRegionName(name, code)
	}
	// "Remote (UKI)": the United Kingdom and Ireland, as sales regions say.
	if _, ok := regionGroups["uki"]; !ok {
		regionGroups["uki"] = []string{"GB", "IE"}
	}
}
