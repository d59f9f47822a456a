package normalize

import "strings"

// Hong Kong and Macau are written with China as their qualifier: "Hong
// Kong, China", "Hong Kong SAR, China", "China, Hong Kong SAR", "Macao
// (China)". Such a location is Hong Kong (or Macau) alone, as remote work
// there is, not mainland China too. sarChina drops CN from out when the
// text calls the place a special administrative region ("SAR") or puts
// "China" right after it, closing the item; a list of places keeps both
// ("China / Hong Kong", "Shanghai, China; Hong Kong", "Hong Kong, China,
// Singapore"). Taiwan with China after it as the same kind of qualifier is
// Taiwan, as a board that files it so means: "台北, 台湾, 中国", "Taipei,
// Taiwan, China". Table tests in region_sar_china_test.go.
func sarChina(s string, out []string) []string {
	sar := ""
	for _, c := range out {
		if c == "HK" || c == "MO" || c == "TW" {
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
	for _, n := range []string{"hong kong", "macau", "macao", "taiwan", "台湾", "臺灣"} {
		i := strings.Index(low, n)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(low[i+len(n):], " ")
		if strings.HasPrefix(rest, "，") {
			rest = "," + rest[len("，"):]
		}
		if rest == "" || rest[0] != ',' && rest[0] != '(' {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " ")
		for _, c := range []string{"china", "中国", "中國"} {
			if strings.HasPrefix(rest, c) {
				rest = strings.TrimLeft(rest[len(c):], " ")
				if rest == "" || rest[0] == ';' || rest[0] == '|' || rest[0] == ')' {
					return true
				}
			}
		}
	}
	return false
}
