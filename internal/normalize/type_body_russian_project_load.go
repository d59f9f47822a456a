package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian and Ukrainian boards name project work as a kind of employment:
// "Проектная занятость" (hh.ru's "тип занятости" value), Ukrainian
// "Проєктна зайнятість". "Занятость" makes the phrase a kind of
// employment; "проектная работа" alone also heads sections about past
// projects, so the bare phrase is left to the field and label readers
// (russianLoadLabel reads "Тип занятости: проектная").
func init() {
	worldPhrases = append(worldPhrases, worldPhrase{[]string{"анятост", "айнятіст"},
		regexp.MustCompile(`(?i)` + nonLetter + `(проектн(?:ая|ой|ую)|проєктн(?:а|ої|у))\s+(?:занятост|зайнятіст)`),
		func(string) model.JobType { return model.TypeProject }})
}
