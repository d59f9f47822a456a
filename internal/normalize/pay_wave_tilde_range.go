package normalize

// Japanese listings join a range's ends with a full-width tilde (U+FF5E) or
// a wave dash (U+301C) where others write a hyphen: "月給 ¥200,000～¥260,000".
// The CJK reader joins them when the yen is written after the amounts
// ("20万円～26万円"), but with a yen sign before each end the money scanner
// reads two amounts; minusSignRange joins them as it does the minus sign.

// waveTilde reports whether sep is a full-width tilde or a wave dash.
func waveTilde(sep string) bool {
	return sep == "～" || sep == "〜"
}
