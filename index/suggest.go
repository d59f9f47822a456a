package index

import (
	"context"
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Suggestion kinds.
const (
	SuggestTitle   = "title"
	SuggestSkill   = "skill"
	SuggestCompany = "company"
)

// Suggestion is one completion of a prefix.
type Suggestion struct {
	Kind  string // SuggestTitle, SuggestSkill or SuggestCompany
	Text  string // the title or skill as written; a company lowercased (see ID)
	Count int    // listings carrying it (dictionary count: may include hidden ones)
	// ID is a listing with this title or company, from which a caller can
	// read the company's name as written (the index keeps it lowercased).
	ID string
}

// maxDictScan bounds the dictionary terms Suggest reads per field.
const maxDictScan = 50000

// Suggest completes prefix (at least one letter or digit) with up to limit
// suggestions of each kind: titles of visible listings whose words match
// the prefix (the last word as a prefix), skills and companies that have
// a word starting with the prefix's last word (or start with the whole
// prefix). Kinds come in the order titles, skills, companies.
func (x *Index) Suggest(ctx context.Context, prefix string, limit int) ([]Suggestion, error) {
	prefix = strings.TrimSpace(prefix)
	if limit <= 0 {
		limit = 5
	}
	if !strings.ContainsFunc(prefix, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return nil, nil
	}
	idx := x.bleve()
	titles, err := suggestTitles(ctx, idx, prefix, limit)
	if err != nil {
		return nil, err
	}
	skills, err := dictMatches(idx, "skills", prefix, limit)
	if err != nil {
		return nil, err
	}
	companies, err := dictMatches(idx, "company_kw", prefix, limit)
	if err != nil {
		return nil, err
	}
	out := titles
	for _, s := range skills {
		out = append(out, Suggestion{Kind: SuggestSkill, Text: s.Term, Count: int(s.Count)})
	}
	for _, c := range companies {
		id, err := exampleDoc(ctx, idx, term("company_kw", c.Term))
		if err != nil {
			return nil, err
		}
		out = append(out, Suggestion{Kind: SuggestCompany, Text: c.Term, Count: int(c.Count), ID: id})
	}
	return out, nil
}

// suggestTitles finds visible listings whose title holds every complete
// word of prefix and a word starting with its last word.
func suggestTitles(ctx context.Context, idx bleve.Index, prefix string, limit int) ([]Suggestion, error) {
	words := strings.Fields(strings.ToLower(prefix))
	last := words[len(words)-1]
	b := bleve.NewBooleanQuery()
	b.AddMust(buildQuery(Query{}, ""))
	for _, w := range words[:len(words)-1] {
		m := bleve.NewMatchQuery(w)
		m.SetField("title")
		b.AddMust(m)
	}
	lastQ := bleve.NewDisjunctionQuery()
	p := bleve.NewPrefixQuery(last)
	p.SetField("title")
	m := bleve.NewMatchQuery(last)
	m.SetField("title")
	lastQ.AddQuery(p, m)
	b.AddMust(lastQ)
	req := bleve.NewSearchRequestOptions(b, limit*3, 0, false)
	req.Fields = []string{"title"}
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: suggest titles: %w", err)
	}
	var out []Suggestion
	seen := map[string]int{}
	for _, h := range res.Hits {
		t, _ := h.Fields["title"].(string)
		if t == "" {
			continue
		}
		key := strings.ToLower(t)
		if i, ok := seen[key]; ok {
			out[i].Count++
			continue
		}
		if len(out) == limit {
			continue
		}
		seen[key] = len(out)
		out = append(out, Suggestion{Kind: SuggestTitle, Text: t, Count: 1, ID: h.ID})
	}
	return out, nil
}

// dictMatches reads the keyword dictionary of field for terms that start
// with prefix, or have a word starting with its last word, case
// insensitively; the most frequent first.
func dictMatches(idx bleve.Index, field, prefix string, limit int) ([]bindex.DictEntry, error) {
	whole := strings.ToLower(prefix)
	words := strings.Fields(whole)
	last := words[len(words)-1]
	d, err := idx.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("index: suggest %s: %w", field, err)
	}
	defer d.Close()
	var out []bindex.DictEntry
	for n := 0; n < maxDictScan; n++ {
		e, err := d.Next()
		if err != nil {
			return nil, fmt.Errorf("index: suggest %s: %w", field, err)
		}
		if e == nil {
			break
		}
		lt := strings.ToLower(e.Term)
		if strings.HasPrefix(lt, whole) || (len(words) == 1 && hasWordPrefix(lt, last)) {
			out = append(out, *e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		wi, wj := strings.HasPrefix(strings.ToLower(out[i].Term), whole), strings.HasPrefix(strings.ToLower(out[j].Term), whole)
		if wi != wj {
			return wi
		}
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Term < out[j].Term
	})
	return out[:min(limit, len(out))], nil
}

// hasWordPrefix reports whether a word of s starts with p.
func hasWordPrefix(s, p string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func exampleDoc(ctx context.Context, idx bleve.Index, q query.Query) (string, error) {
	b := bleve.NewBooleanQuery()
	b.AddMust(q, term("show", showAny)) // no duplicates
	res, err := idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(b, 1, 0, false))
	if err != nil {
		return "", fmt.Errorf("index: suggest: %w", err)
	}
	if len(res.Hits) == 0 {
		return "", nil
	}
	return res.Hits[0].ID, nil
}

// textFields are the analyzed fields a word of a query is looked up in.
var textFields = []string{"all"}

// DidYouMean proposes a respelling of text ("did you mean") when some of
// its words match no visible listing: each such word is replaced by the
// closest, most frequent term of the index's term dictionaries (within one
// or two edits), written as the listings write it. Phrases and excluded
// words are kept. It returns "" when it has nothing better.
func (x *Index) DidYouMean(ctx context.Context, text string) (string, error) {
	t := parseTerms(text)
	if len(t.words) == 0 {
		return "", nil
	}
	idx := x.bleve()
	an := idx.Mapping().AnalyzerNamed(analyzerName)
	if an == nil {
		return "", fmt.Errorf("index: no analyzer %s", analyzerName)
	}
	changed := false
	words := make([]string, len(t.words))
	for i, w := range t.words {
		words[i] = w
		toks := an.Analyze([]byte(w))
		if len(toks) != 1 {
			continue // a stop word, or several tokens: leave it
		}
		n, err := countVisible(ctx, idx, wordQuery(w))
		if err != nil {
			return "", err
		}
		if n > 0 {
			continue
		}
		better, err := closestTerm(ctx, idx, string(toks[0].Term))
		if err != nil {
			return "", err
		}
		if better != "" && !strings.EqualFold(better, w) {
			words[i], changed = better, true
		}
	}
	if !changed {
		return "", nil
	}
	parts := words
	for _, p := range t.phrases {
		parts = append(parts, `"`+p+`"`)
	}
	for _, w := range t.notWords {
		parts = append(parts, "-"+w)
	}
	for _, p := range t.notPhrases {
		parts = append(parts, `-"`+p+`"`)
	}
	return strings.Join(parts, " "), nil
}

func countVisible(ctx context.Context, idx bleve.Index, q query.Query) (uint64, error) {
	b := bleve.NewBooleanQuery()
	b.AddMust(buildQuery(Query{}, ""), q)
	res, err := idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(b, 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("index: did you mean: %w", err)
	}
	return res.Total, nil
}

// closestTerm finds the indexed term nearest to the analyzed term tok and
// returns it as a listing writes it, or "".
func closestTerm(ctx context.Context, idx bleve.Index, tok string) (string, error) {
	fuzz := 1
	if utf8.RuneCountInString(tok) > 5 {
		fuzz = 2
	}
	if utf8.RuneCountInString(tok) < 3 {
		return "", nil
	}
	adv, err := idx.Advanced()
	if err != nil {
		return "", fmt.Errorf("index: did you mean: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return "", fmt.Errorf("index: did you mean: %w", err)
	}
	defer r.Close()
	fr, ok := r.(bindex.IndexReaderFuzzy)
	if !ok {
		return "", nil
	}
	type cand struct {
		term, field string
		dist        int
		count       uint64
	}
	var best *cand
	for _, field := range textFields {
		d, err := fr.FieldDictFuzzy(field, tok, fuzz, "")
		if err != nil {
			return "", fmt.Errorf("index: did you mean: %w", err)
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return "", fmt.Errorf("index: did you mean: %w", err)
			}
			if e == nil {
				break
			}
			c := cand{term: e.Term, field: field, dist: levenshtein.ComputeDistance(tok, e.Term), count: e.Count}
			if best == nil || c.dist < best.dist || (c.dist == best.dist && c.count > best.count) {
				best = &c
			}
		}
		d.Close()
	}
	if best == nil {
		return "", nil
	}
	if n, err := countVisible(ctx, idx, term(best.field, best.term)); err != nil || n == 0 {
		return "", err
	}
	return surfaceForm(ctx, idx, best.term), nil
}

// surfaceForm returns how listings write the analyzed term: the first
// highlighted word of a title holding it, lowercased; the term itself when
// no title holds it (the title is the only stored field).
func surfaceForm(ctx context.Context, idx bleve.Index, tok string) string {
	d := bleve.NewDisjunctionQuery(term("title", tok), term("all", tok))
	req := bleve.NewSearchRequestOptions(d, 1, 0, false)
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.Fields = []string{"title"}
	res, err := idx.SearchInContext(ctx, req)
	if err != nil || len(res.Hits) == 0 {
		return tok
	}
	for _, frag := range res.Hits[0].Fragments["title"] {
		_, rest, ok := strings.Cut(frag, "<mark>")
		if !ok {
			continue
		}
		if w, _, ok := strings.Cut(rest, "</mark>"); ok && w != "" {
			return strings.ToLower(html.UnescapeString(w))
		}
	}
	return tok
}
