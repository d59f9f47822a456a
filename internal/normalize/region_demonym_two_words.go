package normalize

import "strings"

// A nationality or place of two words read whole where a reader of one word
// took its last word (table tests in region_demonym_two_words_test.go):
// "South African residents only", "open to Sri Lankan nationals", "hold
// Saudi Arabian citizenship", "New Zealand citizens or residents". The
// readers of citizenship and residence capture the one word before
// "residents", "citizens" or "citizenship", which reads "African" as the
// whole of Africa, "Lankan" as nothing and "Zealand" as Denmark's island.
// When the word before the capture and the capture together are a
// nationality or a place name of their own, the two words are read.

// widenedDemonym reads the first group of m, a submatch index of text,
// as regionOrDemonym does, or with the word before it when the two words
// name a nationality or a place of their own.
func widenedDemonym(text string, m []int) []string {
	s, e := -1, -1
	for g := 1; 2*g+1 < len(m); g++ {
		if m[2*g] >= 0 && m[2*g+1] > m[2*g] {
			s, e = m[2*g], m[2*g+1]
			break
		}
	}
	if s < 0 {
		return nil
	}
	word := text[s:e]
	if prev := wordBefore(text, s); prev != "" {
		two := strings.ToLower(prev + " " + word)
		if code, ok := demonyms[two]; ok {
			return []string{code}
		}
		if twoWordPlace[two] {
			if rs := Regions(prev + " " + word); len(rs) > 0 {
				return rs
			}
		}
	}
	return regionOrDemonym(word)
}

// wordBefore returns the word of letters that ends one space before byte
// i of text, or "".
func wordBefore(text string, i int) string {
	if i < 2 || text[i-1] != ' ' {
		return ""
	}
	j := i - 1
	k := j
	for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= 'A' && text[k-1] <= 'Z') {
		k--
	}
	return text[k:j]
}

// twoWordPlace are place names of two words whose last word alone reads as
// another place or as none: "New Zealand", "Sri Lanka", "Hong Kong".
var twoWordPlace = map[string]bool{"new zealand": true, "sri lanka": true, "hong kong": true, "south africa": true,
	"saudi arabia": true, "costa rica": true, "puerto rico": true, "el salvador": true, "south korea": true,
	"north macedonia": true, "united kingdom": true, "united states": true, "czech republic": true}

func init() {
	for n, c := range map[string]string{"sri lankan": "LK", "saudi arabian": "SA", "new zealander": "NZ", "new zealand": "NZ",
		"costa rican": "CR", "puerto rican": "PR", "hong kong": "HK", "salvadoran": "SV", "south korean": "KR",
		"latin american": RegionLATAM, "filipino": "PH", "filipina": "PH", "indonesian": "ID", "malaysian": "MY",
		"vietnamese": "VN", "thai": "TH", "singaporean": "SG", "japanese": "JP", "korean": "KR", "taiwanese": "TW",
		"bangladeshi": "BD", "nepali": "NP", "nepalese": "NP", "argentine": "AR", "argentinian": "AR", "chilean": "CL",
		"colombian": "CO", "peruvian": "PE", "uruguayan": "UY", "ecuadorian": "EC", "mexican": "MX", "brazilian": "BR",
		"venezuelan": "VE", "bolivian": "BO", "paraguayan": "PY", "guatemalan": "GT", "tanzanian": "TZ", "zambian": "ZM",
		"zimbabwean": "ZW", "cameroonian": "CM", "senegalese": "SN", "ivorian": "CI", "algerian": "DZ", "qatari": "QA",
		"kuwaiti": "KW", "omani": "OM", "bahraini": "BH", "israeli": "IL", "turkish": "TR", "philippine": "PH",
		// time zones named before "hours" (zoneHours): "AEST hours", "IST business hours"
		"aest": "AU", "aedt": "AU", "nzst": "NZ", "ist": "IN", "indian standard time": "IN", "sgt": "SG", "pht": "PH",
		"jst": "JP", "gulf": RegionMENA} {
		if _, ok := demonyms[n]; !ok {
			demonyms[n] = c
		}
	}
}
