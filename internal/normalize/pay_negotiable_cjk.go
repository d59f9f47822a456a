package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Chinese "negotiable" pay (面議 / 面议) on Taiwanese boards. Two shapes:
//
//   - The notice the law asks of a negotiable listing, "待遇面議（經常性薪資達
//     4萬元或以上）" (regular pay reaches 40,000 or more), states the legal
//     floor for hiding the pay, not the job's pay: the amount after
//     "經常性薪資達" is no pay when the text says 面議.
//   - "面議，年薪 104萬以上" leads with the word and then gives a labelled
//     amount: the amount is the pay, read as if the field began at the label.

// negotiableWords are "negotiable" in traditional and simplified writing.
var negotiableWords = []string{"面議", "面议"}

// negotiableFloorBefore reports the statutory floor wording ending before
// an amount (before is the text up to it) in a text that says negotiable.
func negotiableFloorBefore(text, before string) bool {
	if !strings.Contains(before, "經常性") && !strings.Contains(before, "经常性") {
		return false
	}
	tail := before[max(0, len(before)-30):]
	if !strings.Contains(tail, "經常性") && !strings.Contains(tail, "经常性") {
		return false
	}
	for _, w := range negotiableWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// dropNegotiableLead returns s without a leading "面議" and the comma or
// space after it when a Chinese pay label follows ("面議，年薪 104萬以上");
// otherwise s itself.
func dropNegotiableLead(s string) string {
	for _, w := range negotiableWords {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " \t,，、")
		for _, l := range chineseFieldLabels {
			if strings.HasPrefix(rest, l) {
				return rest
			}
		}
	}
	return s
}

// negotiableFloorPay returns nil for a pay read from the statutory floor
// wording of a negotiable field ("面議 (經常性薪資達 40,000 元或以上)"),
// else pay itself.
func negotiableFloorPay(pay *model.Pay, text string) *model.Pay {
	if pay == nil || pay.Evidence == nil || pay.Evidence.Start < 0 || pay.Evidence.Start > len(text) {
		return pay
	}
	if negotiableFloorBefore(text, text[:pay.Evidence.Start]) {
		return nil
	}
	return pay
}

// orMoreEnd returns end less a trailing "以上" (or more) after a labelled
// Chinese amount in text[off:end] ("年薪 104萬以上": one figure, the least),
// else end.
func orMoreEnd(text string, off, end int) int {
	s := strings.TrimRight(text[off:end], " \t")
	if strings.HasSuffix(s, "以上") && len(s) > len("以上") {
		return off + len(s) - len("以上")
	}
	return end
}
