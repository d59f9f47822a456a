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
	rows, err := s.db.QueryContext(ctx, sourceCompaniesSQL(s.d))
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

// sourceCompaniesSQL reads the company column through its partial index
// (migration 0012): the index only, not every open listing's data (at
// 200,000 listings the JSON read made /readyz time out).
func sourceCompaniesSQL(d *dialect) string {
	return `SELECT source, company FROM (
			SELECT source, company, COUNT(*) AS n
			FROM listings WHERE closed_at IS NULL AND company <> ''
			GROUP BY source, company) c
		ORDER BY source, n DESC, company` + d.collateC
}
