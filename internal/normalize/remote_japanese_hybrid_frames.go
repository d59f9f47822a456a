package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Japanese part-remote frames the short-field readers did not know:
//   - a mode "combined" with another: "出社併用" (office days mixed in),
//     "テレワーク併用" (telework mixed in);
//   - a remote allowance counted per week or month: "在宅勤務週2日"
//     (home two days a week), "リモート月2回" (remote twice a month);
//   - remote work once settled in: "慣れたら在宅" (home once you are used
//     to the work), "慣れてからリモート".
//
// General frames (a combining word, a count after the mode word, a
// ramp-up clause), not a list of postings' phrases.
var japaneseHybridFrames = regexp.MustCompile(
	`(?:出社|テレワーク|リモートワーク|在宅勤務|在宅ワーク)\s*(?:と)?\s*の?\s*併用|` +
		`(?:在宅|リモート|テレワーク)(?:勤務|ワーク)?\s*(?:は)?\s*(?:週\s*[1-4１-４一二三四]|月\s*[1-9１-９一二三四五六七八九])\s*(?:[～〜~\-－ー]\s*[1-9１-９]\s*)?(?:日|回)|` +
		`慣れ(?:たら|てから|てきたら|た後は?)\s*(?:在宅|リモート|テレワーク)`)

// japaneseHybridFrame finds one of those frames in a short field; the
// cheap checks keep the regexp off fields with none of its words.
func japaneseHybridFrame(s string) []int {
	if !strings.Contains(s, "併用") && !strings.Contains(s, "慣れ") &&
		!(strings.Contains(s, "週") || strings.Contains(s, "月")) {
		return nil
	}
	return japaneseHybridFrames.FindStringIndex(s)
}

// cjkHybridFrame is the hook cjkMode calls after its on-site words.
func cjkHybridFrame(s string) (model.Remote, string, bool) {
	if m := japaneseHybridFrame(s); m != nil {
		return model.RemoteHybrid, s[m[0]:m[1]], true
	}
	return model.RemoteUnknown, "", false
}
