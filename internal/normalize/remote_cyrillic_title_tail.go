package normalize

import (
	"regexp"
	"strings"
)

// cyrillicTitleEndRemote is a Russian or Ukrainian "remotely" adverb as the
// last word of a title with only a space before it, the way job boards
// append it: "Менеджер по продажам удаленно", "Оператор чату віддалено".
// Other forms of the stem ("удаленной поддержки", remote support as the
// work itself) do not end in the adverb and are not matched.
var cyrillicTitleEndRemote = regexp.MustCompile(`(?i)\s(?:полностью\s+|повністю\s+)?(?:удал[её]нн?о|дистанционно|віддалено|дистанційно)\s*[.!]?\s*$`)

// cyrillicTitleEndNote returns "Remote" for a title ending in that adverb,
// "Hybrid" when "partly" comes right before it ("частично удаленно"), and
// "" otherwise or when the word before it denies it or makes it a mere
// possibility ("не удаленно", "возможно удаленно").
func cyrillicTitleEndNote(title string) string {
	loc := cyrillicTitleEndRemote.FindStringIndex(title)
	if loc == nil {
		return ""
	}
	before := strings.Fields(strings.ToLower(title[:loc[0]]))
	if len(before) == 0 {
		return ""
	}
	switch before[len(before)-1] {
	case "частично", "частково":
		return "Hybrid"
	case "не", "ні", "иногда", "інколи", "можно", "можна", "возможно", "можливо":
		return ""
	}
	return "Remote"
}
