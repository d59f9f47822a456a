package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode wording in traditional Chinese as Taiwanese boards write it, and
// the simplified forms of the same phrases (table tests in
// remote_chinese_traditional_test.go). Taiwan writes 遠端 (remote) where
// the mainland writes 远程, and 辦公 (office work) in traditional
// characters. Read in short fields and, through the description's key scan
// (modeTextKeys), in the clause around a key word:
//
//   - hybrid: remote or office days a week ("每週可遠端 2 天", "每周 3 天进办公室"),
//     partly remote ("部分遠端"), flexible office time AND place ("彈性辦公時間與地點")
//     or flexible office work alone ("彈性辦公"); flexible hours alone
//     ("彈性工時", "彈性辦公時間") say nothing of the place;
//   - on-site: required office attendance ("需進辦公室"), a posting at the
//     client's site ("駐點客戶端", "駐場"), remote work denied ("不可遠端");
//   - remote: fully remote, remote work, home work ("全遠端", "遠端工作",
//     "在家工作", "居家辦公"), remote allowed ("可遠端").
//
// A remote interview ("遠端面試", "視訊面談") is no remote work: 遠端 counts
// only before a work word or after 全/完全/可, or as the whole field.
var (
	twHybridDays = regexp.MustCompile(`每[週周]\s*(?:可|能|需|須|需要|可以)?\s*(?:遠端|远程|遠程|在家|居家|進辦公室|进办公室|到辦公室|到办公室|進公司|进公司)(?:工作|辦公|办公|上班)?\s*[1-4１-４一二三四兩两]\s*[天日]|` +
		`每[週周]\s*[1-4１-４一二三四兩两]\s*[天日]\s*(?:可|能|需|須)?\s*(?:遠端|远程|遠程|在家|居家|進辦公室|进办公室|到辦公室|到办公室|進公司|进公司)`)
	twOnsite  = regexp.MustCompile(`(?:需|須|需要|必須|必须)(?:要)?\s*(?:進|进|到)(?:辦公室|办公室|公司)|駐點|驻点|駐場|駐廠|現場辦公|(?:不可|無法|无法|不能|不提供|不開放|非)\s*(?:遠端|远程|遠程)`)
	twHybrid  = regexp.MustCompile(`部分(?:遠端|在家)|混合(?:辦公|工作)|彈性辦公|弹性办公|彈性(?:工作)?地點|弹性(?:工作)?地点`)
	twRemote  = regexp.MustCompile(`(?:全|完全|100%\s*|可|可以)(?:遠端|遠距)|(?:遠端|遠距)(?:工作|辦公|上班|職缺|职位)|在家(?:工作|上班|辦公)|居家(?:辦公|工作|上班)`)
	twNotNeed = regexp.MustCompile(`(?:不|無|无|免)(?:需|須|需要|必)?$`)
	// twFlexHours is flexible office hours, not place: "彈性辦公時間" with no
	// 地點 (place) after it.
	twFlexHours = regexp.MustCompile(`^(?:時間|时间)`)
)

// traditionalChineseMode (called by cjkMode when its word sets read
// nothing) reads the wording above in s.
func traditionalChineseMode(s string) (model.Remote, string) {
	if !hasCJKLead(s) {
		return model.RemoteUnknown, "" // the cheap test: no CJK ideograph (their UTF-8 lead bytes are 0xE4-0xE9)
	}
	if m := twHybridDays.FindStringIndex(s); m != nil {
		return model.RemoteHybrid, s[m[0]:m[1]]
	}
	for _, m := range twOnsite.FindAllStringIndex(s, 4) {
		if twNotNeed.MatchString(s[:m[0]]) {
			return model.RemoteRemote, s[m[0]:m[1]] // "不需進辦公室": no need to come in
		}
		return model.RemoteOnsite, s[m[0]:m[1]]
	}
	for _, m := range twHybrid.FindAllStringIndex(s, 4) {
		rest := s[m[1]:]
		if strings.HasSuffix(s[m[0]:m[1]], "辦公") || strings.HasSuffix(s[m[0]:m[1]], "办公") {
			if twFlexHours.MatchString(rest) && !strings.Contains(rest[:min(len(rest), 18)], "地點") && !strings.Contains(rest[:min(len(rest), 18)], "地点") {
				continue // "彈性辦公時間": flexible hours only
			}
		}
		return model.RemoteHybrid, s[m[0]:m[1]]
	}
	if m := twRemote.FindStringIndex(s); m != nil {
		return model.RemoteRemote, s[m[0]:m[1]]
	}
	if t := strings.TrimSpace(s); t == "遠端" || t == "遠距" || t == "远程" || t == "遠程" {
		return model.RemoteRemote, t // a location or policy field that says only "remote"
	}
	return model.RemoteUnknown, ""
}

// hasCJKLead reports a byte that starts a CJK ideograph in UTF-8.
func hasCJKLead(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE4 && s[i] <= 0xE9 {
			return true
		}
	}
	return false
}
