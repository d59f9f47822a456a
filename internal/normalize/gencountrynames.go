//go:build ignore

// gencountrynames writes countrynames_iso.txt, the names of countries in
// other languages read by regions_country_names_iso.go, from Debian's
// iso-codes package (ISO 3166-1 as kept by the Debian iso-codes project,
// LGPL 2.1+): the English, official and common names of
// /usr/share/iso-codes/json/iso_3166-1.json and their translations in
// /usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo for the languages of
// countryLanguages ("Spanyolország", "Poljska", "Taani", "Thajsko"; the
// official names in English only: "French Republic"):
//
//	apt-get install iso-codes wamerican
//	go run gencountrynames.go genwords.go -names /tmp/mn/package/data/names.txt,/tmp/fn/package/data/names.txt
//
// (the given-name lists are those of gentowns.go.) Left out: a name of
// fewer than four letters (two for Chinese, Japanese and Korean), of more
// than four words (Regions reads phrases of four words at most), a name
// that two countries share across languages ("Guinea"), a common English
// word or given name in lower case ("island", "chad", "jordan"), a name
// that is a town or a subdivision of another country in the package's
// tables (towns_geonames.txt, subdivisions_iso.txt: "Georgia",
// "Luxembourg" stay their own readers'), and the words of leftOut.
// Each line is a name, a tab and the country's ISO 3166-1 code, sorted.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countryLanguages are the locale names whose translations are taken: the
// European languages and the languages of large job markets.
var countryLanguages = []string{"de", "fr", "es", "it", "pt", "pt_BR", "nl", "pl", "cs", "sk", "hu", "ro", "hr", "sr@latin", "sl",
	"bg", "el", "tr", "ru", "uk", "lt", "lv", "et", "fi", "sv", "da", "nb", "ca", "he", "ar", "hi", "th", "id", "zh_CN",
	"zh_TW", "ja", "ko"}

// leftOut are names that are words or other names in text: the Czech and
// Polish "Indie" (an English word), the Dutch and French "Chili" (a dish),
// the Italian "Cipro" (a drug), the Polish "Dania" (a given name), the
// Turkish "ABD" (an acronym), the Indonesian "Swiss" (an English word),
// "Columbia" (a US town, "British Columbia"), "Moldavia" (a Romanian
// region), "Argentine" (an adjective), the Arabic "عمان" (Oman and Amman), and the names of countries that are
// English words or names ("Chad", "Jordan", "Turkey") or that the
// package's tables read their own way ("Georgia", "India", "Mexico").
// Vietnamese is not among the languages: the package's own table has its
// names (regions_country_names_world.go), and iso-codes writes them by
// syllable ("Ca-na-đa").
var leftOut = map[string]bool{"indie": true, "chili": true, "cipro": true, "dania": true, "abd": true, "swiss": true,
	"malta": true, "man": true, "togo": true, "mali": true, "oman": true, "peru": true, "chad": true, "niger": true, "congo": true,
	"jersey": true, "guernsey": true, "georgia": true, "jordan": true, "turkey": true, "guinea": true, "dominica": true,
	"grenada": true, "panama": true, "cuba": true, "samoa": true, "fiji": true, "nauru": true, "tonga": true, "india": true,
	"mexico": true, "brasil": true, "columbia": true, "guiana": true, "somalis": true, "moldavia": true, "argentine": true,
	"bahama's": true, "pháp": true, "عمان": true}

func main() {
	iso := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "iso-codes ISO 3166-1 JSON")
	locale := flag.String("locale", "/usr/share/locale", "folder of the iso_3166-1.mo translations")
	out := flag.String("out", "countrynames_iso.txt", "output file")
	words := flag.String("words", "/usr/share/dict/words", "English word list (lower-case entries are common words)")
	names := flag.String("names", "", "comma-separated given-name lists")
	towns := flag.String("towns", "towns_geonames.txt", "the gazetteer (towns of other countries are left out)")
	subs := flag.String("subdivisions", "subdivisions_iso.txt", "the subdivision table (subdivisions of other countries are left out)")
	flag.Parse()

	var doc map[string][]map[string]string
	readJSON(*iso, &doc)
	common := readWords(*words, true)
	given := readGivenNames(*names)
	other := map[string]map[string]bool{} // folded town or subdivision name -> its countries
	for _, path := range []string{*towns, *subs} {
		b, err := os.ReadFile(path)
		if err != nil {
			log.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			name, rest, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			k := fold(strings.TrimPrefix(name, "~"))
			if other[k] == nil {
				other[k] = map[string]bool{}
			}
			for _, p := range strings.Fields(rest) {
				c, _, _ := strings.Cut(p, ".")
				other[k][c] = true
			}
		}
	}
	trans := map[string]map[string]string{}
	for _, lang := range countryLanguages {
		if m := readMO(fmt.Sprintf("%s/%s/LC_MESSAGES/iso_3166-1.mo", *locale, lang)); m != nil {
			trans[lang] = m
		}
	}

	byName := map[string]map[string]bool{} // folded name -> countries
	spelling := map[string]string{}        // folded name -> first spelling
	add := func(name, code string) {
		name = strings.TrimSpace(name)
		k := fold(name)
		if k == "" {
			return
		}
		if byName[k] == nil {
			byName[k] = map[string]bool{}
			spelling[k] = name
		}
		byName[k][code] = true
	}
	for _, c := range doc["3166-1"] {
		code := c["alpha_2"]
		for _, field := range []string{"name", "official_name", "common_name"} {
			en := c[field]
			if en == "" {
				continue
			}
			add(en, code)
			if field == "official_name" {
				continue // official names in English only: "French Republic"
			}
			for _, lang := range countryLanguages {
				if t := trans[lang][en]; t != "" {
					add(t, code)
				}
			}
		}
	}
	var lines []string
	for k, codes := range byName {
		if len(codes) != 1 {
			continue // "Guinea" is a part of three countries' names
		}
		var code string
		for c := range codes {
			code = c
		}
		name := spelling[k]
		if !keep(name, k, code, common, given, other) {
			continue
		}
		lines = append(lines, name+"\t"+code)
	}
	sort.Strings(lines)
	if err := os.WriteFile(*out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d names", len(lines))
}

// keep reports whether a country's name is written (see above).
func keep(name, k, code string, common, given map[string]bool, other map[string]map[string]bool) bool {
	if strings.ContainsAny(name, ",()[]") || leftOut[k] {
		return false
	}
	if len(strings.Fields(strings.ReplaceAll(name, "-", " "))) > 4 {
		return false
	}
	cjk := false
	for _, r := range name {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			cjk = true
		}
	}
	if n := utf8.RuneCountInString(k); n < 4 && !(cjk && n >= 2) {
		return false
	}
	if !strings.Contains(k, " ") && (common[k] || given[k]) {
		return false
	}
	for c := range other[k] {
		if c != code {
			return false // a town or a subdivision of another country
		}
	}
	return true
}

// fold lower-cases a name and makes a hyphen a space, as Regions reads a
// phrase ("Royaume-Uni" is "royaume uni").
func fold(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "-", " "))
	return strings.Join(strings.Fields(s), " ")
}
