package normalize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a remote or hybrid worker may be, in Japanese sentences (audit N;
// table tests and traps in region_foreign_scope_shapes_test.go), read by
// reviseForeignScopeShapes when no reader before named a place:
//
//   - living abroad allowed, or anywhere in the world: "海外在住可",
//     "海外からの勤務もOK", "世界中どこからでも" (worldwide; "海外在住不可"
//     is not);
//   - a place and a residence or scope word after it: "ドイツ在住の方",
//     "アメリカまたはカナダ在住", "日本に居住していること", "EU圏内在住",
//     "日本国内どこでも", "日本での就労ビザ"; the place must be a country or a
//     wider area (a town alone, "大阪在住", is no region of a remote job);
//   - "国内" (in the country) alone, in a sentence about where one lives or
//     works: "国内在住の方", "全国どこでも" (Japan; "国内外" is not);
//   - Japanese working hours: "日本時間での勤務".
//
// The readers run only on text holding kana (Chinese text also writes
// "国内" and "居住") and the trigger bytes.

var (
	// jaWorld is living or working abroad allowed, or anywhere in the world.
	jaWorld = regexp.MustCompile(`海外(?:在住|居住)(?:者)?(?:の方)?(?:も|でも)?(?:可|OK|ＯＫ|歓迎|大歓迎|応募可|可能)|海外(?:から|より)の?(?:勤務|就業|就労|リモート|フルリモート|参加|応募)(?:も)?(?:可|OK|ＯＫ|歓迎|可能)|世界(?:中)?(?:の)?どこ(?:から|で|にいても)|国籍[・、]?居住地(?:を)?問わず|居住国(?:を)?問わず`)
	// jaPlaceTriggers follow a place's name.
	jaPlaceTriggers = []string{"在住", "に居住", "にお住まい", "に住んで", "国内", "圏内", "での就労", "で就労", "の就労"}
	// jaConnectors join the places of a list.
	jaConnectors = []string{"または", "もしくは", "および", "及び", "・", "、", "や", "か", "と"}
	// jaDomesticNear is what makes a bare "国内" a place of work or home.
	jaDomesticNear = []string{"リモート", "在宅", "テレワーク", "在住", "居住", "お住まい", "勤務", "どこでも", "働"}
)

// japaneseScopes returns the regions of the first phrase above, or nil.
func japaneseScopes(text string) []string {
	if !hasKana(text) {
		return nil // not Japanese: Chinese text also writes "国内", "居住"
	}
	if strings.Contains(text, "海外") || strings.Contains(text, "世界") || strings.Contains(text, "問わず") {
		if jaWorld.MatchString(text) {
			return []string{RegionWorldwide}
		}
	}
	for _, t := range jaPlaceTriggers {
		for from := 0; ; {
			i := strings.Index(text[from:], t)
			if i < 0 {
				break
			}
			i += from
			from = i + len(t)
			if rs := jaPlacesBefore(text, i); rs != nil {
				return rs
			}
			if t == "国内" && !strings.HasPrefix(text[from:], "外") && jaDomesticSentence(text, i) {
				return []string{"JP"}
			}
		}
	}
	if strings.Contains(text, "全国どこでも") || strings.Contains(text, "全国どこから") {
		return []string{"JP"}
	}
	if strings.Contains(text, "日本時間") {
		return []string{"JP"}
	}
	return nil
}

// jaPlacesBefore reads the names that end at text[:at], joined by the
// connectors, each a country or a wider area; nil when the last is none.
func jaPlacesBefore(text string, at int) []string {
	var out []string
	end := at
	for {
		start := end
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || (r < 0x80 && (unicode.IsLetter(r)))) {
				break
			}
			start -= n
		}
		name := strings.TrimSuffix(text[start:end], "圏")
		if name == "" {
			break
		}
		rs := jaPlaceName(name)
		if rs == nil {
			break
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
		joined := false
		for _, c := range jaConnectors {
			if strings.HasSuffix(text[:start], c) {
				end = start - len(c)
				joined = true
				break
			}
		}
		if !joined {
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.Reverse(out) // in the order written
	return out
}

// jaPlaceName reads a name, or its last part ("リモート勤務ドイツ" is not
// split by a mark), as a country or a wider area.
func jaPlaceName(name string) []string {
	for i := 0; i < len(name); {
		low := strings.ToLower(name[i:])
		if countryLevelPlace(low) {
			if code, ok := regionNames[low]; ok && code != RegionWorldwide {
				return []string{code}
			}
			if g, ok := regionGroups[low]; ok {
				return g
			}
		}
		if code, ok := regionCodes[name[i:]]; ok {
			return []string{code} // "EU圏内"
		}
		_, n := utf8.DecodeRuneInString(name[i:])
		i += n
	}
	return nil
}

// jaDomesticSentence reports whether the sentence around text[at] is about
// where one lives or works.
func jaDomesticSentence(text string, at int) bool {
	lo := strings.LastIndex(text[:at], "。") + 1
	hi := len(text)
	if i := strings.Index(text[at:], "。"); i >= 0 {
		hi = at + i
	}
	s := text[lo:hi]
	for _, w := range jaDomesticNear {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasKana reports whether text holds a hiragana or katakana letter
// (U+3040 to U+30FF: the bytes E3 81 to E3 83 and one more).
func hasKana(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], 0xE3)
		if j < 0 || i+j+1 >= len(text) {
			return false
		}
		i += j + 1
		if b := text[i]; b >= 0x81 && b <= 0x83 {
			return true
		}
	}
}
