package crawler

import "github.com/gigscout/gigscout/internal/model"

// Postings converts each item of a response with posting and keeps the first
// posting of each ExternalID, in order; an item posting refuses (ok false:
// no title, no id) is left out. Boards repeat a job within one response, and
// a listing must go out once.
func Postings[T any](items []T, posting func(*T) (model.Posting, bool)) []model.Posting {
	out := make([]model.Posting, 0, len(items))
	seen := make(map[string]bool, len(items))
	for i := range items {
		p, ok := posting(&items[i])
		if !ok || seen[p.ExternalID] {
			continue
		}
		seen[p.ExternalID] = true
		out = append(out, p)
	}
	return out
}
