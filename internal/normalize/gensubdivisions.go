//go:build ignore

// gensubdivisions writes subdivisions_iso.txt, the names of countries'
// subdivisions read by region_subdivisions_iso.go, from Debian's iso-codes
// package (ISO 3166-2 as kept by the Debian iso-codes project, LGPL 2.1+):
// the subdivision names of /usr/share/iso-codes/json/iso_3166-2.json and
// their translations in /usr/share/locale/LANG/LC_MESSAGES/iso_3166-2.mo
// into English and the main European languages ("Genève" is also "Genf"
// in German, "Ginevra" in Italian; "Bayern" is "Bavaria" in English and
// "Bavière" in French):
//
//	apt-get install iso-codes wamerican
//	go run gensubdivisions.go genwords.go -names /tmp/mn/package/data/names.txt,/tmp/fn/package/data/names.txt
//
// (the given-name lists are those of gentowns.go.) Written are each
// country's first-level subdivisions (states, Länder, cantons, provinces,
// regions, voivodeships), and for the United Kingdom, Ireland and France
// also the second level (counties, unitary authorities, départements),
// which their boards print after a town ("Sidcup, Kent", "Letterkenny, Co.
// Donegal", "Nanterre, Hauts-de-Seine").
//
// The US states and the Canadian provinces are also taken in the further
// languages of northAmericaLanguages ("カリフォルニア", "Калифорния",
// "加利福尼亚州"; Japanese also with 州, "カリフォルニア州"). A translation
// iso-codes keeps once for a name two countries' subdivisions share is the
// US state's where one is ("Floride", the French "Florida": not Uruguay's
// department).
//
// Left out: a name that two countries' subdivisions share ("Limburg",
// "Punjab", "Jura", "Central"), a name of fewer than three letters, a name
// that names a country (in English, or for a translation in any language
// iso-codes translates the countries to: the German "Georgien" is the
// country, not the US state; the Nordic "Kina" China), lists of several places ("Bournemouth,
// Christchurch and Poole"), names made of words for kinds of places and
// directions alone ("Distrito Federal", "Norte"), and a one-word name that is a common English
// word in lower case ("Centre", "Bay", "East"), but for British and Irish
// counties ("Cork", "Reading", "Mayo"), which are marked "~" as given names
// are ("Kent", "Clare", "Uri"), and so are names of three letters ("Zug",
// "Mon"; not three Chinese characters or kana, "夏威夷") and the names of skills in the package's dictionary ("Java"):
// read only after a town ("Sidcup, Kent", "Surabaya, Java") or as "Co.
// Cork", never alone. Each line is a name, a tab and the ISO
// 3166-1 code of its country, sorted by name.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// transLanguages are the locale names whose translations are taken, for
// every country's subdivisions: English and the languages of the boards
// this package reads most ("Bavière", "Lombardei", "Genf", "Baviera").
var transLanguages = []string{"en", "de", "fr", "it", "es", "ca", "nl", "pl", "sv", "pt", "pt_BR", "cs", "da", "nb", "fi"}

// northAmericaLanguages are the further languages whose names of the US
// states and the Canadian provinces are taken ("カリフォルニア",
// "Калифорния", "加利福尼亚州", "캘리포니아 주"): boards in those languages
// name North American places in them.
var northAmericaLanguages = []string{"ja", "zh_CN", "zh_TW", "ko", "ru", "uk", "el", "tr", "he", "ar", "hu", "ro", "bg"}

func main() {
	isoPath := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-2.json", "iso-codes ISO 3166-2 JSON")
	locale := flag.String("locale", "/usr/share/locale", "folder of the iso_3166-2.mo translations")
	out := flag.String("out", "subdivisions_iso.txt", "output file")
	words := flag.String("words", "/usr/share/dict/words", "English word list (lower-case entries are common words)")
	names := flag.String("names", "", "comma-separated given-name lists")
	countries := flag.String("countries", "/usr/share/iso-codes/json/iso_3166-1.json", "iso-codes ISO 3166-1 JSON (country names are left out)")
	skillsFile := flag.String("skills", "skills_dict.go", "the package's skills dictionary (a skill's name is read after a town only: \"Java\")")
	flag.Parse()

	var doc struct {
		Subdivisions []struct {
			Code, Name, Type, Parent string
		} `json:"3166-2"`
	}
	readJSON(*isoPath, &doc)
	var cdoc struct {
		Countries []struct {
			Name         string
			CommonName   string `json:"common_name"`
			OfficialName string `json:"official_name"`
		} `json:"3166-1"`
	}
	readJSON(*countries, &cdoc)
	countryNames := map[string]bool{}
	for _, c := range cdoc.Countries {
		for _, n := range []string{c.Name, c.CommonName, c.OfficialName} {
			if n != "" {
				countryNames[fold(n)] = true
			}
		}
	}

	// A country's name in any language iso-codes translates it to is left
	// out too: the German "Georgien" names the country, not the US state
	// iso-codes also translates it for; the Nordic "Kina" China, not an
	// Egyptian governorate; the German "Kuba" Cuba, not an Azerbaijani
	// district.
	// (A subdivision's own name is held to the English names alone: the
	// county "Norfolk" stays, though a language calls Norfolk Island so.)
	translatedCountry := map[string]bool{}
	if mos, err := filepath.Glob(*locale + "/*/LC_MESSAGES/iso_3166-1.mo"); err == nil {
		for _, mo := range mos {
			for _, t := range readMO(mo) {
				if t != "" {
					translatedCountry[fold(t)] = true
				}
			}
		}
	}

	common := readWords(*words, true)
	given := readGivenNames(*names)
	skills := readSkills(*skillsFile)
	trans := map[string]map[string]string{}
	for _, lang := range transLanguages {
		if m := readMO(fmt.Sprintf("%s/%s/LC_MESSAGES/iso_3166-2.mo", *locale, lang)); m != nil {
			trans[lang] = m
		}
	}

	byName := map[string]map[string]bool{} // folded name -> countries, over every level
	ownName := map[string]bool{}           // folded names iso-codes gives a subdivision in its own language
	spelling := map[string]string{}        // folded name -> first spelling seen of a name written
	add := func(name, cc string, write bool) {
		name = strings.TrimSpace(name)
		for _, v := range variants(name) {
			k := fold(v)
			if utf8.RuneCountInString(k) < 3 {
				continue
			}
			if byName[k] == nil {
				byName[k] = map[string]bool{}
			}
			if _, ok := spelling[k]; !ok && write {
				spelling[k] = v
			}
			byName[k][cc] = true
		}
	}
	for _, lang := range northAmericaLanguages {
		if m := readMO(fmt.Sprintf("%s/%s/LC_MESSAGES/iso_3166-2.mo", *locale, lang)); m != nil {
			trans[lang] = m
		}
	}
	// nameCountries are the countries whose subdivisions bear each name
	// iso-codes translates: a translation is kept by name, so the French
	// "Floride" iso-codes gives for "Florida" stands for Uruguay's
	// department as well as the US state.
	nameCountries := map[string]map[string]bool{}
	for _, s := range doc.Subdivisions {
		if nameCountries[s.Name] == nil {
			nameCountries[s.Name] = map[string]bool{}
		}
		nameCountries[s.Name][s.Code[:2]] = true
	}
	for _, s := range doc.Subdivisions {
		cc := s.Code[:2]
		write := s.Parent == "" || cc == "GB" || cc == "IE" || cc == "FR" && s.Type == "Metropolitan department"
		add(s.Name, cc, write) // every level counts for the names two countries share ("Limburg")
		for _, v := range variants(s.Name) {
			ownName[fold(v)] = true
		}
		shared := len(nameCountries[s.Name]) > 1
		for _, lang := range transLanguages {
			if t := trans[lang][s.Name]; t != "" {
				if shared && t != s.Name && cc != "US" && nameCountries[s.Name]["US"] {
					continue // "Floride" translates the US state's name, not Uruguay's "Florida"
				}
				add(t, cc, write)
			}
		}
		if (cc == "US" || cc == "CA") && s.Parent == "" {
			for _, lang := range northAmericaLanguages {
				t := trans[lang][s.Name]
				if t == "" || t == s.Name {
					continue
				}
				add(t, cc, true)
				if lang == "ja" && cc == "US" && !strings.HasSuffix(t, "州") {
					add(t+"州", cc, true) // "カリフォルニア州", as Japanese writes a US state
				}
			}
		}
	}

	var lines []string
	for k, ccs := range byName {
		if _, ok := spelling[k]; !ok || len(ccs) != 1 || countryNames[k] || translatedCountry[k] && !ownName[k] || genericName(k) {
			continue
		}
		mark, one := "", !strings.Contains(k, " ")
		if common[k] || skills[k] || one && (given[k] || utf8.RuneCountInString(k) == 3 && !hanOrKana(k)) {
			mark = "~" // "Kent", "Cork", "Zug", "Mon": after a town only
		}
		for cc := range ccs {
			if one && common[k] && cc != "GB" && cc != "IE" {
				continue // a common word: only British and Irish counties ("Cork", "Reading") after a town
			}
			lines = append(lines, mark+spelling[k]+"\t"+cc)
		}
	}
	sort.Strings(lines)
	data := "# generated by gensubdivisions.go from Debian iso-codes (ISO 3166-2); do not edit\n" + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(*out, []byte(data), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d names", len(lines))
}

// hanOrKana reports a name written in Chinese characters, kana or hangul,
// where three characters make a whole name ("夏威夷", "ユタ州"), not a
// short word.
func hanOrKana(k string) bool {
	for _, r := range k {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// genericWords name kinds of places and directions in the languages of
// the names; a name made of them alone ("Distrito Federal", "Norte",
// "Capital Territory", "Metropolitana") says which of a country's parts,
// not which country: Brazil's and Mexico's federal districts, the north of
// any country.
var genericWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`distrito federal capital district region regiao territory territorio
		province provincia state estado city ciudad cidade municipality department departamento county
		central centro center centre north south east west norte sur sul sud nord este oeste ovest est
		northern southern eastern western upper lower greater metropolitana metropolitan metro coast costa
		island islands isla islas ilhas de del la el of the do da dos das di`) {
		genericWords[w] = true
	}
}

// genericName reports a folded name made of genericWords alone.
func genericName(k string) bool {
	for _, w := range strings.Fields(k) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// variants returns the names an iso-codes entry stands for: "Catalunya
// [Cataluña]" is both, "Madrid, Comunidad de" is "Comunidad de Madrid",
// "Durham, County" is "County Durham", "Wales [Cymru GB-CYM]" is "Wales"
// and "Cymru"; "Sankt Gallen" is also "St. Gallen". Lists of places give
// none.
func variants(name string) []string {
	var out []string
	main, alt, _ := strings.Cut(name, "[")
	alt = strings.TrimSuffix(strings.TrimSpace(alt), "]")
	if f := strings.Fields(alt); len(f) > 1 && strings.Contains(f[len(f)-1], "-") && strings.ToUpper(f[len(f)-1]) == f[len(f)-1] {
		alt = strings.Join(f[:len(f)-1], " ") // "Cymru GB-CYM"
	}
	for _, n := range []string{main, alt} {
		n = strings.TrimSpace(n)
		if i := strings.Index(n, " ("); i > 0 {
			n = n[:i] // "Guyane (française)"
		}
		if n == "" || strings.Contains(n, " and ") || strings.Contains(n, " / ") || strings.Contains(n, ";") {
			continue
		}
		if a, b, ok := strings.Cut(n, ", "); ok {
			if strings.Contains(b, ",") {
				continue
			}
			n = b + " " + a // "Comunidad de Madrid", "County Durham"
			if b == "The" {
				n = "The " + a
				out = append(out, a)
			}
		}
		out = append(out, n)
		if strings.HasPrefix(n, "Sankt ") {
			out = append(out, "St. "+n[6:], "St "+n[6:])
		}
		if s, ok := strings.CutSuffix(n, "s län"); ok {
			out = append(out, s) // "Västra Götalands län"
		} else if s, ok := strings.CutSuffix(n, " län"); ok {
			out = append(out, s)
		}
		if strings.HasPrefix(n, "Saint-") {
			out = append(out, "St-"+n[6:])
		}
	}
	return out
}

// fold is a name's key: lower case, without accents, with spaces for
// dashes.
func fold(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == '\'', r == '’':
		case r == '-':
			b.WriteRune(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// readSkills returns the folded names and aliases of the package's skills
// dictionary (skillTable in skills_dict.go).
func readSkills(path string) map[string]bool {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	src := string(data)
	i := strings.Index(src, "const skillTable = `")
	if i < 0 {
		log.Fatalf("%s: no skillTable", path)
	}
	src = src[i+len("const skillTable = `"):]
	src = src[:strings.Index(src, "`")]
	out := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		for _, n := range strings.Split(line, "|") {
			if n = strings.TrimPrefix(strings.TrimSpace(n), "!"); n != "" {
				out[fold(n)] = true
			}
		}
	}
	return out
}
