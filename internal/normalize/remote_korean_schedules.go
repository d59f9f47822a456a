package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Korean work schedules the Korean readers of remote_languages.go miss
// (round 35p; table tests and traps in remote_korean_schedules_test.go):
//
//   - home work every other week or day, or by choice ("격주 재택", "격일
//     재택", "선택적 재택"), and a weekly count of office days ("주 3일
//     출근", "주2일 출근") are hybrid, not remote;
//   - "풀리모트" (full remote) and "리모트 근무" (remote work) are remote;
//   - going to the office ("출근", "출퇴근") with no home or remote work
//     named anywhere is on-site; "출근 없음" (no commute) is not.
var (
	koreanScheduleKeys = newKeyRegexp(`격주\s*(?:로\s*)?재택|격일\s*(?:로\s*)?재택|선택\s*(?:적\s*)?재택|주\s*[1-4]\s*일\s*출근|풀\s*리모트|리모트\s*근무|출퇴근|출근`, 12, 24,
		"격주", "격일", "선택", "출근", "리모트", "출퇴근")
	koreanScheduleHybrid = regexp.MustCompile(`^(?:격주|격일|선택|주)`)
	koreanScheduleRemote = regexp.MustCompile(`리모트`)
	// koreanHomeWords: any home or remote work named, which leaves "출근"
	// to the other readers.
	koreanHomeWords = regexp.MustCompile(`재택|원격|리모트|하이브리드|(?i)remote|hybrid`)
	// koreanNoCommute: "출근 없음", "출근 불필요", "출근하지 않", "출근 X".
	koreanNoCommute = regexp.MustCompile(`^\s*(?:없|불필요|안\s|하지\s*않|X|x|필요\s*없)`)
)

// reviseKoreanSchedules applies the readers above to the workplace field,
// the locations and the text, unless the reading is already hybrid or came
// from a workplace field they do not read.
func reviseKoreanSchedules(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid {
		return ri
	}
	type field struct{ where, s string }
	fields := []field{{"structured: ", hint}}
	if !fromStructured(ri) { // the listing's own field is not overruled
		for _, l := range locs {
			fields = append(fields, field{"location: ", l})
		}
		fields = append(fields, field{"text: ", text})
	}
	for _, f := range fields {
		if f.s == "" || !mayHangul(f.s) {
			continue
		}
		if r, ev := koreanSchedule(f.s, f.where == "text: ", ri.Remote); r != model.RemoteUnknown && r != ri.Remote {
			ri.Remote, ri.Evidence = r, f.where+ev
			if r == model.RemoteOnsite {
				ri.Regions = []string{}
			}
			return ri
		}
	}
	return ri
}

// koreanSchedule reads one field or text given the reading so far. A short
// field runs the plain regexp: the key scan's cache holds the description,
// which a scan of the field would push out.
func koreanSchedule(s string, isText bool, cur model.Remote) (model.Remote, string) {
	var remote, office string
	var ms [][]int
	if isText {
		ms = koreanScheduleKeys.FindAllStringIndex(s, 8)
	} else {
		ms = koreanScheduleKeys.plain().FindAllStringIndex(s, 8)
	}
	for _, m := range ms {
		w := s[m[0]:m[1]]
		switch {
		case koreanScheduleHybrid.MatchString(w):
			return model.RemoteHybrid, w
		case koreanScheduleRemote.MatchString(w):
			if remote == "" {
				remote = w
			}
		default: // 출근, 출퇴근
			if office == "" && !koreanNoCommute.MatchString(s[m[1]:]) {
				office = w
			}
		}
	}
	if remote != "" && cur == model.RemoteUnknown {
		return model.RemoteRemote, remote
	}
	if office != "" && cur == model.RemoteUnknown && !koreanHomeWords.MatchString(s) {
		lo, hi := clauseAround(s, strings.Index(s, office), strings.Index(s, office)+len(office))
		return model.RemoteOnsite, strings.TrimSpace(s[lo:hi])
	}
	return model.RemoteUnknown, ""
}

// mayHangul reports a lead byte of a Hangul syllable (U+AC00-U+D7A3) in s:
// the Korean readers skip the rest.
func mayHangul(s string) bool {
	for _, b := range [...]byte{0xEA, 0xEB, 0xEC, 0xED} {
		if strings.IndexByte(s, b) >= 0 {
			return true
		}
	}
	return false
}
