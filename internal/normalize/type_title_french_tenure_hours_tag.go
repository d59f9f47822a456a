package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A French title that opens with its contract and weekly hours as one tag,
// set off from the post's name by a dash, bar or colon ("CDI 24H -
// Vendeur", "CDD 35h | Caissier"), is read as that tag would be as a type
// field (joinedTenureHoursType: under 32 hours a week part time, 35 or more
// full time; a fixed-term tag with full-time hours a contract). A tag with
// no hour count is left to frenchTitleContract (table tests in
// type_title_french_tenure_hours_tag_test.go).

// frenchTitleTenureHoursTag reads such an opening tag; TypeUnknown otherwise.
func frenchTitleTenureHoursTag(title string) model.JobType {
	if len(title) < 12 || !(strings.HasPrefix(title, "CDI ") || strings.HasPrefix(title, "CDD ")) {
		return model.TypeUnknown
	}
	rest := title[4:]
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return model.TypeUnknown
	}
	cut := -1
	for _, sep := range []string{" - ", " – ", " — ", " | ", ": "} {
		if i := strings.Index(title, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 || cut > 24 || len(strings.TrimSpace(title[cut+3:])) < 3 {
		return model.TypeUnknown
	}
	return joinedTenureHoursType(strings.TrimSpace(title[:cut]))
}
