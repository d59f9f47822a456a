package normalize

import (
	"regexp"
	"strings"
)

// Money a listing names that is not pay for the work: a budget the person
// will manage ("you will manage a budget of $250,000", "oversee a $2M
// marketing budget"), a one-off sum for joining or moving ("a signing
// stipend of $30,000", "relocation package of $10,000"), an allowance or
// subsidy for living costs ("housing allowance of €400", "rice subsidy
// ₱2,000 a month", "phone subsidy $40 monthly"), and the Japanese names of
// such sums after an amount that they label ("100,000円 支度金", a
// preparation allowance; "80,000円 住宅手当", a housing allowance). A
// budget offered to the worker ("Budget: $500 for this project") is pay,
// and so is a salary beside a bonus ("$60,000 plus a $5,000 signing
// bonus" keeps 60,000). Revenue, funding and valuation figures are
// badBefore's (pay.go).

// notForWorkBefore is the text right before an amount naming a managed
// budget or a joining, moving or living sum.
var notForWorkBefore = regexp.MustCompile(`(?i)(?:\b(?:manag(?:e|es|ed|ing)|oversee(?:s|ing)?|oversaw|own(?:s|ing)?|control(?:s|ling)?|administer(?:s|ing)?|handl(?:e|es|ing)|run(?:s|ning)?|allocat(?:e|es|ing)|(?:responsib|accountab)(?:le|ility) for)\s+(?:(?:a|an|the|our|its|their|your)\s+)?(?:[a-z&-]+\s+){0,2}budgets?` +
	`|\b(?:signing|sign-on|joining|welcome|retention|relocation|moving|housing|accommodation|rent(?:al)?|transport(?:ation)?|commut(?:e|er|ing)|meals?|food|mobility|settling[- ]in|rice|clothing|uniform|laundry|fuel|gas(?:oline)?|internet|phone|mobile|communications?)\s+(?:bonus(?:es)?|stipends?|awards?|grants?|payments?|allowances?|packages?|assistance|subsid(?:y|ies)))` +
	`\s*(?:of|worth|is|totall?ing|exceeding|in excess of|upwards of|up to|:)?\s*(?:about|around|approximately|roughly|nearly|over|more than)?\s*$`)

// managerBefore is a managing verb right before an amount whose budget
// word follows it: "oversee a $2M marketing budget".
var managerBefore = regexp.MustCompile(`(?i)\b(?:manag(?:e|es|ed|ing)|oversee(?:s|ing)?|oversaw|own(?:s|ing)?|control(?:s|ling)?|administer(?:s|ing)?|handl(?:e|es|ing)|run(?:s|ning)?|(?:responsib|accountab)(?:le|ility) for)\s+(?:(?:a|an|the|our|its|their|your)\s+)?$`)

// budgetAfter is a budget named within two words after an amount.
var budgetAfter = regexp.MustCompile(`(?i)^\s*(?:[a-z&-]+\s+){0,2}budgets?\b`)

// notForWorkTail maps the last words notForWorkBefore may end with (in
// lower case) to whether each is one of its nouns (true) or a connector
// or qualifier word after a noun (false): "budget of up to about".
var notForWorkTail = map[string]bool{
	"budget": true, "budgets": true, "bonus": true, "bonuses": true, "stipend": true, "stipends": true, "award": true, "awards": true,
	"grant": true, "grants": true, "payment": true, "payments": true, "allowance": true, "allowances": true, "package": true,
	"packages": true, "assistance": true, "subsidy": true, "subsidies": true,
	"about": false, "around": false, "approximately": false, "roughly": false, "nearly": false, "over": false, "more": false,
	"than": false, "of": false, "worth": false, "is": false, "totaling": false, "totalling": false, "exceeding": false,
	"in": false, "excess": false, "upwards": false, "up": false, "to": false,
}

// notForWorkNounHead returns where one of notForWorkTail's nouns starts
// when before, past at most four of its connector and qualifier words
// and a colon, ends with it; -1 when it does not. It is a cheap test
// before notForWorkBefore, which is tried at each amount.
func notForWorkNounHead(before string) int {
	b := before
	var buf [16]byte
	for range 5 {
		b = strings.TrimRight(b, " \t:")
		i := len(b)
		for i > 0 && isLetterByte(b[i-1]) {
			i--
		}
		w := b[i:]
		if w == "" || len(w) > len(buf) || i > 0 && b[i-1] >= 0x80 {
			return -1
		}
		for k := 0; k < len(w); k++ {
			buf[k] = w[k] | 0x20
		}
		noun, ok := notForWorkTail[string(buf[:len(w)])]
		switch {
		case !ok:
			return -1
		case noun:
			return i
		}
		b = b[:i]
	}
	return -1
}

// notForWorkLeads are the words one of which must stand in the text
// before the noun: a managing verb for a budget, the kind of a sum for
// the others. A gig's "Budget: $500" has neither and skips the regexp.
var notForWorkLeads = newFoldWords("manag", "overs", "own", "control", "administ", "handl", "run", "allocat", "responsib", "accountab",
	"signing", "sign-on", "joining", "welcome", "retention", "relocation", "moving", "housing", "accommodation", "rent",
	"transport", "commut", "meal", "food", "mobility", "settling", "rice", "clothing", "uniform", "laundry", "fuel", "gas",
	"internet", "phone", "mobile", "communication")

// notForWorkLead reports one of notForWorkLeads in the 50 bytes of head
// (the text before the noun) nearest the noun.
func notForWorkLead(head string) bool {
	return notForWorkLeads.in(head[max(0, len(head)-50):])
}

// cjkAllowanceNouns are Japanese, Chinese and Korean names of sums that
// are not pay for the work: an allowance (手当), a preparation or signing
// sum (支度金), a joining gift (祝い金), a lump sum (一時金), an incentive
// (奨励金), a bonus (賞与, ボーナス, 奖金, 보너스), a subsidy (補助, 补贴,
// 补助) and an allowance in Korean (수당).
var cjkAllowanceNouns = []string{"手当", "支度金", "祝い金", "一時金", "奨励金", "賞与", "ボーナス", "補助", "奖金", "补助", "补贴", "보너스", "수당", "지원금"}

// moneyNotForWork (called in judge beside perkOrBilled) reports an amount
// that is such money.
func moneyNotForWork(before, after string) bool {
	if head := notForWorkNounHead(before); head >= 0 && notForWorkLead(before[:head]) && notForWorkBefore.MatchString(before) {
		return true
	}
	if containsFold(after, "budget") && budgetAfter.MatchString(after) && managerBefore.MatchString(before) {
		return true
	}
	if ptAllowanceBefore(before) { // "Auxílio Home Office de R$ 150" (pay_stipend_beside_allowance.go)
		return true
	}
	if allowanceNamed(before, after) { // "a $150 stipend for your home office" (pay_allowance_named.go)
		return true
	}
	if donationAfter(after) { // "up to $1,500 for donations" (pay_donation_match.go)
		return true
	}
	if insuranceLimitAfter(after) { // "$25,000 bodily injury per person" (pay_insurance_limits.go)
		return true
	}
	if reimbursementAfter(after) || reimburseBefore(before) { // "Up to $25K reimbursement for fertility", "We reimburse transit costs up to $100" (pay_reimbursement_after.go)
		return true
	}
	return cjkAllowanceLabels(after) && cjkLabelBefore(before) == "" // "月給20万円 住宅手当": the label names the pay
}

// cjkAllowanceLabels reports a CJK allowance noun that labels the amount
// from after it: the first word after the amount (past spaces) ends with
// one and ends the phrase ("80,000円 住宅手当", "5万円 支度金。"). A word
// that goes on ("賞与あり", a bonus besides; "住宅手当込み", allowance
// included) or a noun with its own figures after it ("賞与年2回") labels
// nothing here.
func cjkAllowanceLabels(after string) bool {
	a := strings.TrimLeft(strings.TrimPrefix(after, "の"), " \t　")
	if a == "" || a[0] < 0x80 {
		return false // no CJK word next
	}
	end := len(a)
	for i, r := range a {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '　' || r == '、' || r == '。' || r == ',' || r == '.' ||
			r == ';' || r == '|' || r == '/' || r == '(' || r == ')' || r == '（' || r == '）' || r == '，' || r == '；' {
			end = i
			break
		}
	}
	if end == len(a) && len(after) >= 40 {
		return false // the word may go on past the window
	}
	w := a[:end]
	for _, n := range cjkAllowanceNouns {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// trimAboutWord drops "about" ending the text between a CJK pay label and
// its amount: Japanese and Chinese 約 / 约 and およそ, Korean 약 ("月給約21万円").
func trimAboutWord(b string) string {
	for _, w := range [...]string{"約", "约", "およそ", "약", "大约", "大約"} {
		if strings.HasSuffix(b, w) {
			return strings.TrimRight(b[:len(b)-len(w)], " \t")
		}
	}
	return b
}
