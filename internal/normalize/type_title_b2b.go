package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A Polish or Czech title often names its contract form among its notes:
// "Senior Engineer (Poland, Remote, B2B)", "Data Engineer | B2B". B2B (a
// business invoicing the client) is contract work. "B2B Sales Manager" or
// "Marketing Lead, B2B SaaS" name the market instead: there a word follows
// B2B. A title offering both B2B and an employment contract ("B2B / UoP",
// "B2B or UoP") names no single form.

// titleB2BType reads B2B as a standalone note in title: contract; unknown
// when B2B is absent, leads a word ("B2B Sales"), or an employment form is
// offered beside it.
func titleB2BType(title string) model.JobType {
	if !strings.Contains(title, "B2B") && !strings.Contains(title, "b2b") {
		return model.TypeUnknown
	}
	found := false
	for a := 0; a+3 <= len(title); a++ {
		if title[a]|0x20 != 'b' || title[a+1] != '2' || title[a+2]|0x20 != 'b' {
			continue
		}
		b := a + 3
		if a > 0 && isWordByte(title[a-1]) || b < len(title) && isWordByte(title[b]) {
			continue // "B2B2C", "xB2B"
		}
		if b2bLeadsWord(title[b:]) {
			continue // "B2B Sales", "B2B SaaS"
		}
		found = true
	}
	if !found || b2bEmploymentBeside(title) {
		return model.TypeUnknown
	}
	return model.TypeContract
}

// b2bLeadsWord reports whether B2B, followed by rest, qualifies a word
// ("B2B Sales", "B2B-SaaS") rather than ending a note; "B2B contract" and
// "B2B only" still end one.
func b2bLeadsWord(rest string) bool {
	if strings.HasPrefix(rest, "-") {
		rest = rest[1:] // "B2B-SaaS"
	} else {
		rest = strings.TrimLeft(rest, " ") // "B2B - Remote": a dash between notes
	}
	if rest == "" {
		return false
	}
	c := rest[0]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80) {
		return false // ")", ",", "/", "|"
	}
	w := rest
	if k := strings.IndexAny(rest, " ,;)]|/"); k >= 0 {
		w = rest[:k]
	}
	switch strings.ToLower(w) {
	case "contract", "contracts", "only", "kontrakt", "umowa", "agreement", "basis":
		return false
	}
	return true
}

// b2bEmploymentBeside reports an employment contract offered in the same
// title: "UoP" (umowa o pracę), "umowa o pracę", "employment contract",
// "permanent", "HPP" (Czech hlavní pracovní poměr), "full-time employment".
func b2bEmploymentBeside(title string) bool {
	return hasWordFold(title, "uop") || hasWordFold(title, "hpp") || containsFold(title, "umowa o prac") ||
		containsFold(title, "employment contract") || hasWordFold(title, "permanent") || containsFold(title, "pracovní poměr")
}
