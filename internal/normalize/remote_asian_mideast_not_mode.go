package normalize

import (
	"regexp"
	"strings"
)

// The phrases of remote_asian_mideast_phrases.go that name something other
// than the work mode: a remote-work phrase in a home-office allowance, a
// perk ("在宅勤務手当", "居家办公补贴", "재택근무 장비 지원금", "hỗ trợ chi
// phí làm việc tại nhà", "tunjangan WFH", "ค่าอินเทอร์เน็ตสำหรับทำงานที่บ้าน",
// "بدل إنترنت للعمل من المنزل", "החזר הוצאות עבודה מהבית"), and a hybrid
// word naming a car ("ハイブリッド車", "하이브리드 자동차", "xe hybrid",
// "mobil hybrid", "รถยนต์ไฮบริด", "سيارات هجينة", "רכב היברידי"). Table
// tests in remote_asian_mideast_phrases_test.go.

// amPerkWords are the allowance and expense nouns.
var amPerkWords = []string{
	"补贴", "補貼", "补助", "補助", "津贴", "津貼", "报销", "報銷", "手当", "支援金", "지원금", "수당", "지원비", "보조금",
	"phụ cấp", "trợ cấp", "chi phí", "tunjangan", "elaun", "เบี้ยเลี้ยง", "ค่าอุปกรณ์", "ค่าอินเทอร์เน็ต", "ค่าไฟ",
	"بدل", "علاوة", "تعويض", "החזר", "הוצאות",
}

// amPerkAround reports an allowance noun just before (within 72 bytes) or
// just after (within 30 bytes) a remote phrase, in its clause.
func amPerkAround(before, after string) bool {
	b := before[max(0, len(before)-72):]
	a := after[:min(len(after), 30)]
	for _, w := range amPerkWords {
		if strings.Contains(b, w) || strings.Contains(a, w) {
			return true
		}
	}
	return false
}

// amVehicleBefore and amVehicleAfter are the car nouns a hybrid word follows
// or comes before.
var (
	amVehicleBefore = []string{"xe ", "mobil ", "kereta ", "รถยนต์", "รถ", "سيارات ", "سيارة ", "السيارات ", "المركبات ", "مركبات ", "רכב ", "רכבים ", "מכונית ", "מכוניות ", "汽车", "汽車"}
	amVehicleAfter  = []string{"車", "カー", "자동차", "차량", "차", "car", "汽车", "车", "vehicle"}
)

// amVehicleAround reports a car noun right before or after a hybrid word.
func amVehicleAround(before, after string) bool {
	b := strings.TrimRight(strings.ToLower(before[max(0, len(before)-24):]), " ")
	a := strings.ToLower(strings.TrimLeft(after, " "))
	for _, w := range amVehicleBefore {
		if strings.HasSuffix(b, strings.TrimSpace(w)) {
			return true
		}
	}
	for _, w := range amVehicleAfter {
		if strings.HasPrefix(a, w) && (w[0] >= 0x80 || !amLetterAt(a, len(w))) {
			return true
		}
	}
	return false
}

// amLetterAt reports an ASCII letter at s[i] ("cars" is a car, "career" not).
func amLetterAt(s string, i int) bool {
	return i < len(s) && (s[i] >= 'a' && s[i] <= 'z' && !(s[i] == 's' && !amLetterAt(s, i+1)))
}

// amHybridWord is a hybrid word of the languages, or in Latin letters.
var amHybridWord = regexp.MustCompile(`(?i)hybrid|hibrid|ハイブリッド|하이브리드|ไฮบริด|(?:ال)?هجين|היברידי`)

// amVehicleHybrid reports a hybrid reading whose evidence holds a hybrid word
// when every hybrid word of the title and text names a car.
func amVehicleHybrid(title, text, evidence string) bool {
	if !amHybridWord.MatchString(evidence) {
		return false
	}
	n := 0
	for _, s := range []string{title, text} {
		for _, m := range amHybridWord.FindAllStringIndex(s, 8) {
			lo, hi := amClause(s, m[0], m[1])
			if !amVehicleAround(s[lo:m[0]], s[m[1]:hi]) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// amOwnEvidence reports evidence read from the text or the title that holds
// one of the phrases.
func amOwnEvidence(evidence string) bool {
	for _, p := range []string{"text: ", "title: "} {
		if ev, ok := strings.CutPrefix(evidence, p); ok {
			return amRe.MatchString(ev)
		}
	}
	return false
}
