package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// sloveneBodyTypeCases: Slovenian sentences read by type_body_slovenian.go, written for this project, with traps beside them.
var sloveneBodyTypeCases = []truthCase{
	{name: "slovene shorter hours", p: model.Posting{Title: "Prodajalka", DescriptionText: "Nudimo krajši delovni čas in prijeten kolektiv."}, jobType: "part_time"},
	{name: "slovene reduced hours", p: model.Posting{Title: "Čistilka", DescriptionText: "Delo poteka v skrajšanem obsegu: skrajšan delovni čas."}, jobType: "part_time"},
	{name: "slovene full hours", p: model.Posting{Title: "Skladiščnik", DescriptionText: "Delo za polni delovni čas, dopoldan."}, jobType: "full_time"},
	{name: "slovene open-ended employment", p: model.Posting{Title: "Računovodja", DescriptionText: "Ponujamo zaposlitev za nedoločen čas s poskusnim delom."}, jobType: "full_time"},
	{name: "slovene fixed-term employment", p: model.Posting{Title: "Računovodja", DescriptionText: "Zaposlitev je za določen čas 12 mesecev."}, jobType: "contract"},
	{name: "slovene weekly hours", p: model.Posting{Title: "Natakar", DescriptionText: "Obseg dela: 25 ur/teden."}, jobType: "part_time"},
	{name: "slovene weekly hours spelled", p: model.Posting{Title: "Natakar", DescriptionText: "Iščemo sodelavca za 16 ur na teden."}, jobType: "part_time"},

	// Traps: daily hours with no kind say nothing, a full week is not part time, and the field word keeps its reading.
	{name: "trap slovene daily hours", p: model.Posting{Title: "Kuhar", DescriptionText: "Delovni čas: 8 ur dnevno."}, jobType: "unknown"},
	{name: "trap slovene full week", p: model.Posting{Title: "Kuhar", DescriptionText: "Obseg dela 40 ur/teden."}, jobType: "full_time"},
	{name: "trap slovene field keeps its term", p: model.Posting{Title: "Prodajalec", EmploymentType: "Za nedoločen čas"}, jobType: "full_time"},
}

func TestSloveneBodyType(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range sloveneBodyTypeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
