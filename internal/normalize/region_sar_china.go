package normalize

import "strings"

// Hong Kong and Macau are written with China as their qualifier: "Hong
// Kong, China", "Hong Kong SAR, China", "China, Hong Kong SAR", "Macao
// (China)". Such a location is Hong Kong (or Macau) alone, as remote work
// there is, not mainland China too. sarChina drops CN from out when the
// text calls the place a special administrative region ("SAR") or puts
// "China" right after it, closing the item; a list of places keeps both
// ("China / Hong Kong", "Shanghai, China; Hong Kong", "Hong Kong, China,
// Singapore"). Table tests in region_sar_china_test.go.
func sarChina(s string, out []string) []string {
	sar := ""
	for _, c := range out {
		if c == "HK" || c == "MO" {
			sar = c
		}
	}
	if sar == "" || !slicesContains(out, "CN") {
		return out
	}
	low := strings.ToLower(s)
	if !sarWord(low) && !chinaAfterSAR(low) {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		if c != "CN" {
			kept = append(kept, c)
		}
	}
	return kept
}

// sarWord reports "SAR" (or its words spelled out) after "hong kong",
// "macau" or "macao".
func sarWord(low string) bool {
	for _, n := range []string{"hong kong sar", "macau sar", "macao sar", "hong kong s.a.r", "hksar", "hong kong special administrative region", "macao special administrative region", "macau special administrative region"} {
		if i := strings.Index(low, n); i >= 0 {
			if j := i + len(n); j == len(low) || !isWordByte(low[j]) {
				return true
			}
		}
	}
	return false
}

// chinaAfterSAR reports "Hong Kong, China" (or "Macau (China)") where
// "China" ends the item: the end of the text, a semicolon, a bar or a
// closing bracket follows it.
func chinaAfterSAR(low string) bool {
	for _, n := range []string{"hong kong", "macau", "macao"} {
		i := strings.Index(low, n)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(low[i+len(n):], " ")
		if rest == "" || rest[0] != ',' && rest[0] != '(' {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " ")
		if !strings.HasPrefix(rest, "china") {
			continue
		}
		rest = strings.TrimLeft(rest[len("china"):], " ")
		if rest == "" || rest[0] == ';' || rest[0] == '|' || rest[0] == ')' {
			return true
		}
	}
	return false
}
