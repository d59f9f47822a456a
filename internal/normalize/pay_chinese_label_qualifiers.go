package normalize

import "strings"

// Chinese pay labels often carry a qualifier after the pay word: 范围 /
// 範圍 (range), 区间 / 區間 (interval), 待遇 (what is offered), 标准 /
// 標準 (scale): "薪资范围：20k-30k/月", "工资待遇：8000-12000元/月",
// "薪酬區間 3-5萬". The qualifier names no period and no other money, so
// the amount is read as after the pay word alone.

// chineseLabelQualifiers are the qualifier words a Chinese pay label may
// end with.
var chineseLabelQualifiers = []string{"范围", "範圍", "区间", "區間", "待遇", "标准", "標準"}

// trimLabelQualifier drops one qualifier word ending b when a pay word
// (薪 or 工资 / 工資) stands right before it, so that the label before an
// amount ends with the pay word: "薪资范围" gives "薪资". Text with no
// qualifier, or a qualifier after anything else ("价格范围", price range),
// is returned as it is.
func trimLabelQualifier(b string) string {
	for _, q := range chineseLabelQualifiers {
		if !strings.HasSuffix(b, q) {
			continue
		}
		head := strings.TrimRight(b[:len(b)-len(q)], " \t")
		if strings.HasSuffix(head, "薪") || strings.HasSuffix(head, "资") || strings.HasSuffix(head, "資") ||
			strings.HasSuffix(head, "酬") || strings.HasSuffix(head, "工资") || strings.HasSuffix(head, "工資") {
			return head
		}
		return b
	}
	return b
}

// dropLabelQualifier drops a qualifier word opening rest, the text after a
// pay field's label, with the colon or spaces after it: "范围：20k-30k"
// gives "20k-30k".
func dropLabelQualifier(rest string) string {
	for _, q := range chineseLabelQualifiers {
		if strings.HasPrefix(rest, q) {
			return strings.TrimLeft(rest[len(q):], " \t:：")
		}
	}
	return rest
}

// labelOtherCodes are currencies written after an amount that a Chinese
// pay label must not turn into yuan: "薪资范围：15-20k 折算USDT" is paid in
// a dollar token.
var labelOtherCodes = []string{"USDT", "USDC", "USD", "EUR", "GBP", "HKD", "SGD", "JPY", "TWD", "AUD", "CAD", "美元", "美金", "欧元", "港币"}

// otherCurrencyAfter reports one of labelOtherCodes in after, the bytes
// right after an amount.
func otherCurrencyAfter(after string) bool {
	for _, c := range labelOtherCodes {
		if strings.Contains(after, c) {
			return true
		}
	}
	return false
}
