package normalize

import "github.com/gigscout/gigscout/internal/model"

// An amount with no sign may name its money in a code after its period:
// "The salary range is 110,000 - 200,000/year SGD." textBareAt reads the
// amount and its period and left the code, so the amount went to the
// listing's default money.

// codeAfterEnd returns the upper-case ISO currency code right after
// text[:end], past spaces or an opening bracket ("/year SGD", "/month
// (MYR)"); "" when there is none.
func codeAfterEnd(text string, end int) string {
	i := end
	for i < len(text) && i < end+3 && (text[i] == ' ' || text[i] == '(') {
		i++
	}
	if i+3 > len(text) || (i+3 < len(text) && isWordByte(text[i+3])) {
		return ""
	}
	if code := text[i : i+3]; currencyCodes[code] {
		return code
	}
	return ""
}

// payFieldCodeAfter reads a pay field written as a sentence whose bare
// amounts name their money in a code after the period ("The salary range
// is estimated to be 110,000 - 200,000/year SGD"): the readers of a whole
// pay field take it only when it holds nothing but the figures, so such a
// field was read as no pay though the same words in the description were
// read. Only an amount whose own code follows it is taken; a bare amount
// with no code in the field is left to the field readers' rules.
func payFieldCodeAfter(field string) *model.Pay {
	if field == "" || len(field) > 300 {
		return nil
	}
	p := textBarePay("pay_text", field)
	if p == nil || p.Currency == "" || p.Evidence == nil || codeAfterEnd(field, p.Evidence.End) == "" {
		return nil
	}
	return p
}
