package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A title may open with its work mode set off by a mark the other title
// readers do not take for a separator:
//
//   - a middle dot or a bullet after the mode word: "Remote · QA Engineer",
//     "Hybrid • Data Analyst" (titleWhere reads "Remote - QA Engineer" and
//     "QA Engineer · Remote", titleLeadRemote "Remote QA Engineer", but a
//     dot right after the leading word was read by neither);
//   - a Chinese tag bracket opening the title whose items hold "远程"
//     (traditional "遠程") as a whole item: "【远程】测试工程师",
//     "【杭州·远程】后端开发", "[遠程] Backend". Chinese boards put the place
//     in that tag; "远程" inside a longer word of the tag ("【远程医疗】",
//     remote medicine) or anywhere else in the title is left alone, as
//     cjkRemoteField leaves it in a long field.
//
// titleLeadMark returns the mode as a location note ("Remote", "Hybrid")
// or "". Table tests and traps in workmode_title_lead_marks_test.go.
func titleLeadMark(title string) string {
	t := strings.TrimSpace(title)
	if t == "" || len(t) > 200 {
		return ""
	}
	if m := titleLeadDotMode(t); m != "" {
		return m
	}
	return titleLeadCJKTag(t)
}

// titleLeadDotMode reads "Remote ·", "Fully remote ·" or "Hybrid ·" (also
// with "•") opening a title and followed by a letter.
func titleLeadDotMode(t string) string {
	if !strings.Contains(t, "·") && !strings.Contains(t, "•") {
		return ""
	}
	s := t
	mode := ""
	for _, p := range []string{"fully remote", "100% remote", "remote", "hybrid"} {
		if hasPrefixFold(s, p) {
			s = s[len(p):]
			mode = "Remote"
			if p == "hybrid" {
				mode = "Hybrid"
			}
			break
		}
	}
	if mode == "" {
		return ""
	}
	s = strings.TrimLeft(s, " \t")
	switch {
	case strings.HasPrefix(s, "·"):
		s = s[len("·"):]
	case strings.HasPrefix(s, "•"):
		s = s[len("•"):]
	default:
		return "" // "Remote Sensing · Analyst", "Remotely"
	}
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return ""
	}
	return mode
}

// titleLeadCJKTag reads a tag bracket opening the title ("【…】", "[…]",
// "（…）", "(…)") with "远程" or "遠程" as a whole item.
func titleLeadCJKTag(t string) string {
	if !strings.Contains(t, "程") {
		return ""
	}
	var closer string
	switch {
	case strings.HasPrefix(t, "【"):
		t, closer = t[len("【"):], "】"
	case strings.HasPrefix(t, "（"):
		t, closer = t[len("（"):], "）"
	case strings.HasPrefix(t, "["):
		t, closer = t[1:], "]"
	case strings.HasPrefix(t, "("):
		t, closer = t[1:], ")"
	default:
		return ""
	}
	end := strings.Index(t, closer)
	if end <= 0 || end > 60 {
		return ""
	}
	for _, item := range strings.FieldsFunc(t[:end], cjkItemSep) {
		if item = strings.TrimSpace(item); item == "远程" || item == "遠程" {
			return "Remote"
		}
	}
	return ""
}
