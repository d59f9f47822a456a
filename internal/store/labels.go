package store

import (
	"context"
	"fmt"
)

// SourceCompanies returns, for each source with open listings, the company
// named most often in them: the human name of a company's own job board
// ("Honeycomb" for a Greenhouse board called honeycomb). Ties go to the
// alphabetically first name.
func (s *sqlStore) SourceCompanies(ctx context.Context) (map[string]string, error) {
	company := s.d.jsonText("data", "$.company")
	rows, err := s.db.QueryContext(ctx, `SELECT source, company FROM (
			SELECT source, `+company+` AS company, COUNT(*) AS n
			FROM listings WHERE closed_at IS NULL AND COALESCE(`+company+`, '') <> ''
			GROUP BY source, company) c
		ORDER BY source, n DESC, company`+s.d.collateC)
	if err != nil {
		return nil, fmt.Errorf("store: source companies: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var src, company string
		if err := rows.Scan(&src, &company); err != nil {
			return nil, fmt.Errorf("store: source companies: %w", err)
		}
		if _, ok := out[src]; !ok {
			out[src] = company
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: source companies: %w", err)
	}
	return out, nil
}
