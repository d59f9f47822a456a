package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// The yuan's Chinese name opening a pay field, and 每 ("per") between a
// figure and a period (table tests in pay_renminbi_word_test.go):
//
//   - a pay field that opens with 人民币 (or 人民幣) before figures written
//     with K, W or 万 and no 元 ("人民币15-22K/月", "人民币36-50W/年") is
//     read as the bare figures after it (barePay) in yuan: the money
//     scanner reads 人民币 only after an amount;
//     a closing note in brackets that says what the W stands for
//     ("（W表示万元）") is set aside;
//   - 每 between a figure (or its K, W or 万) and a period character
//     ("9-13K每月") is read as a slash, "9-13K/月", in such a field and in
//     one a Chinese pay label opens. 每 elsewhere ("每月15号结算", a monthly
//     settlement date) is left as written.

// renminbiNames are the Chinese names of the yuan a pay field may open
// with.
var renminbiNames = []string{"人民币", "人民幣"}

// renminbiLead returns text with a leading Chinese name of the yuan
// written as spaces of the same byte length, and where the name ended; ok
// is false when text does not open with one.
func renminbiLead(text string) (out string, end int, ok bool) {
	t := strings.TrimLeft(text, " \t")
	at := len(text) - len(t)
	for _, n := range renminbiNames {
		if strings.HasPrefix(t, n) {
			return text[:at] + strings.Repeat(" ", len(n)) + text[at+len(n):], at + len(n), true
		}
	}
	return text, 0, false
}

// renminbiLeadPay (called by labelledBarePay) reads a pay field opening
// with the yuan's Chinese name (see above); nil when it does not open with
// one or barePay reads nothing from the rest.
func renminbiLeadPay(field, text string) *model.Pay {
	if _, _, ok := renminbiLead(text); !ok {
		return nil
	}
	if i := wanNoteStart(text); i > 0 {
		text = strings.TrimRight(text[:i], " \t") // "（W表示万元）" explains the W
	}
	lead, end, _ := renminbiLead(text)
	if wanLetterField.MatchString(text[end:]) {
		// "人民币36-50W/年": the "W" read as 万 (pay_chinese_wan_letter.go),
		// which calls back here with 万 written.
		return wanLetterPay(field, text, end, len(text))
	}
	sub := perPeriodMarks(fieldRangeMarks.Replace(lead))
	if len(sub) != len(text) {
		return nil
	}
	p := barePay(field, sub)
	if p == nil || p.Evidence == nil || p.Evidence.End > len(text) {
		return nil
	}
	// The spaces are as long as the name they stand for: the evidence's
	// offsets hold in text as written, and the name opens it.
	s := min(p.Evidence.Start, end-len(renminbiNames[0]))
	e := trimEnd(text, s, p.Evidence.End)
	if s >= e {
		return nil
	}
	p.Currency = "CNY"
	p.Evidence = &model.Span{Field: field, Start: s, End: e, Text: text[s:e]}
	return p
}

// perPeriodMarks returns s with each 每 that stands between a figure (or
// its K, W or 万 mark) and a period character written as a slash padded
// to the same byte length ("9-13K每月" reads as "9-13K  /月").
func perPeriodMarks(s string) string {
	const per = "每"
	if !strings.Contains(s, per) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], per)
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		j += i
		b.WriteString(s[i:j])
		if figureMarkEnds(s[:j]) && periodCharStarts(s[j+len(per):]) {
			b.WriteString("  /")
		} else {
			b.WriteString(per)
		}
		i = j + len(per)
	}
	return b.String()
}

// figureMarkEnds reports s ending in a digit or a figure's K, W or 万.
func figureMarkEnds(s string) bool {
	if strings.HasSuffix(s, "万") {
		return true
	}
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return c >= '0' && c <= '9' || c == 'k' || c == 'K' || c == 'w' || c == 'W'
}

// periodCharStarts reports s opening with a Chinese period character.
func periodCharStarts(s string) bool {
	for _, p := range []string{"月", "年", "天", "日", "周", "小时", "時"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// wanNoteStart is where a closing bracketed note explaining the "W" of a
// pay field starts ("（W表示万元）": a W and 万 in brackets that end the
// field), or -1.
func wanNoteStart(text string) int {
	t := strings.TrimRight(text, " \t")
	if !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
		return -1
	}
	i := max(strings.LastIndex(t, "（"), strings.LastIndex(t, "("))
	if i < 0 || len(t)-i > 40 {
		return -1
	}
	note := t[i:]
	if !strings.Contains(note, "万") || !strings.ContainsAny(note, "Ww") {
		return -1
	}
	return i
}

// yuanNameBefore returns the length in bytes of the yuan's name (人民币,
// 人民幣, CNY or RMB, with the spaces after it) ending before, the text
// just before a CJK amount; 0 when before does not end with one. The CJK
// reader takes the currency from the name and looks for the pay label
// before it: "薪资：人民币 10–15K/月" names yuan as "10–15K 人民币/月"
// does. A code glued to a longer ASCII word ("XCNY") is no name; after
// CJK punctuation or letters ("年薪：CNY 20-30万") it is.
func yuanNameBefore(before string) int {
	b := strings.TrimRight(before, " \t\u00a0\u3000")
	for _, n := range []string{"人民币", "人民幣", "CNY", "RMB"} {
		if strings.HasSuffix(b, n) {
			i := len(b) - len(n)
			if n[0] < 0x80 && i > 0 && b[i-1] < 0x80 && isWordByte(b[i-1]) {
				return 0 // "XCNY"; after "年薪：" (a full-width colon, its last byte not ASCII) the code stands alone
			}
			return len(before) - i
		}
	}
	return 0
}
