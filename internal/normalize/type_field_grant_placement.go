package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A Spanish type field naming a grant, "Beca", "Becas", "Beca de
// investigación", "Beca remunerada 6 meses", "Beca en prácticas", names a
// student placement paid by a grant: an internship, as a description's
// "beca remunerada" reads (type_body_european_terms.go). Only a field that
// opens with the word is read, alone or followed by "de", "en", "para",
// "remunerada", "formativa" or "prácticas"; "Becas y ayudas", "Beca: no",
// "Sin beca" stay unknown. Table tests in type_field_grant_placement_test.go.

// grantPlacementFieldType returns internship for such a field, else unknown.
func grantPlacementFieldType(raw string) model.JobType {
	s := strings.TrimSpace(raw)
	if len(s) < 4 || len(s) > 60 || !hasPrefixFold(s, "beca") {
		return model.TypeUnknown
	}
	low := strings.ToLower(s)
	head, rest := low, ""
	if i := strings.IndexAny(low, " ,:/(-"); i >= 0 {
		head, rest = low[:i], low[i:]
	}
	if head != "beca" && head != "becas" {
		return model.TypeUnknown
	}
	rest = strings.TrimLeft(rest, " ,/(-")
	if rest == "" {
		return model.TypeInternship
	}
	for _, p := range []string{"de ", "en ", "para ", "remunerada", "formativa", "prácticas", "practicas"} {
		if strings.HasPrefix(rest, p) {
			return model.TypeInternship
		}
	}
	return model.TypeUnknown
}
