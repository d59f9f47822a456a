package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A co-op named with its work term's season in a description (round 107;
// tests in type_body_coop_season_test.go): "Software Engineering Co-op -
// Winter 2024", "Data Co-op (Fall 2026)", "co-op, Summer term 2025". A
// co-op with a season and a year is a student work term, an internship,
// as bodyIntern reads "co-op term" and "8-month co-op". A housing or
// grocery co-op is named without a work term's season and year, and a
// season alone ("our co-op's winter market") is not read. It joins
// worldPhrases: the first phrase in the text decides.
var coopSeason = regexp.MustCompile(`(?i)\b(co-?op)\s*(?:[-–—(,:]\s*)?(?:winter|spring|summer|fall|autumn)\s+(?:term\s+|semester\s+)?20\d{2}\b`)

func init() {
	worldPhrases = append(worldPhrases,
		worldPhrase{[]string{"o-op", "o-Op", "O-OP", "oop", "OOP", "Oop"}, coopSeason, func(string) model.JobType { return model.TypeInternship }})
}
