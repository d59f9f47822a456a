package index

import (
	"slices"

	"github.com/gigscout/gigscout/internal/model"
)

// RegionsOpenTo widens a region filter to what a student there may apply
// to: a listing open to "EU" or to the whole world can be done from
// Germany, so region=DE finds listings whose regions hold DE, EU, EMEA or
// worldwide (model.RegionsOpenTo). The codes come back once each, in the
// order first met.
func RegionsOpenTo(regions []string) []string {
	var out []string
	for _, r := range regions {
		for _, c := range model.RegionsOpenTo(r) {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
