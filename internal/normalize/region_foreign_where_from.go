package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote worker may be, in sentences of other languages that the
// readers before leave without a place (table tests in
// region_foreign_where_from_test.go). Read only for a remote or hybrid listing that has
// no region yet, after every other reader:
//
//   - "anywhere in" a named place, in French, Italian, Spanish, Portuguese,
//     German, Dutch, Polish and Czech: "depuis n'importe où en France",
//     "da qualsiasi città d'Italia", "überall in Deutschland", "odkudkoli v
//     ČR" (a general shape: the anywhere word, a preposition, a place);
//   - residents of a place, in Spanish and Portuguese: "para residentes no
//     Brasil", "solo residentes en Chile";
//   - the whole of Poland, Czechia or Slovakia in their own declined
//     forms: "cała Polska", "na terenie całej Polski", "z celé ČR", "pouze
//     ČR", "v rámci České republiky", "z celého Slovenska";
//   - the German "DACH" group written upper case, the way job posts name
//     Germany, Austria and Switzerland ("Dach", a roof, is not read).
//
// And Portuguese and Spanish short names of the United States ("EUA",
// "EE.UU.", "EEUU") join the place names every reader knows: "remoto
// EUA/Canadá".
//
// Each reader is gated by a byte search for a literal of its own and
// compiles its regexp on first use.

var (
	// anywhereInPlace is an anywhere word, a preposition and a place (in
	// the group).
	anywhereInPlace = lazyRe(`(?i)\b(?:n['’]importe\s+o(?:ù|u)|partout|qualsiasi\s+(?:citt(?:à|a)|parte|luogo|regione|zona|punto)|cualquier\s+(?:parte|lugar|punto|rinc(?:ó|o)n|sitio|ciudad|provincia|regi(?:ó|o)n)|qualquer\s+(?:lugar|parte|cidade|estado|regi(?:ã|a)o|ponto)|dowolnego\s+miejsca|(?:von\s+)?(?:ü|ue)berall|irgendwo|overal|odkudkoliv?|kdekoliv?)` +
		`\s+(?:en|au|aux|dans|in|d['’]|di|dell['’]|della|del|de|da|do|na|no|em|w|v|ve|z|ze|binnen)\s*(?:(?:la|le|les|el|o|a|der|dem|den)\s+|l['’]\s*)?(\p{L}[\p{L}.'’ -]{1,40})`)
	anywhereInKeys = []string{"importe", "partout", "qualsiasi", "cualquier", "qualquer", "dowolnego", "berall", "irgendwo", "overal", "odkud", "kdekoli"}

	// residentsOfPlace is "residentes no Brasil", "residentes en Chile".
	residentsOfPlace = lazyRe(`(?i)\bresidentes\s+(?:no|na|nos|nas|em|en|de|del|do|da|dos|das)\s+(?:(?:la|el|los|las|o|a|os|as)\s+)?(\p{L}[\p{L}.'’ -]{1,40})`)

	// wholeCountryWest is the whole of Poland, Czechia or Slovakia in their
	// own languages; the name is in the group.
	wholeCountryWest = lazyRe(`(?:\b[Cc]a[łl](?:a|ej|ą)\s+|\b(?:[Pp]ouze|[Jj]en(?:om)?|[Vv]ýhradně|[Ll]en)\s+(?:(?:z|ze|v|ve|pro|na|zo)\s+)?|(?:^|[^\p{L}])z\s+cel(?:é|ého)\s+|(?:^|[^\p{L}])zo\s+cel(?:ého|ej)\s+|\b[Vv]\s+rámci\s+(?:cel(?:é|ého)\s+)?|\b[Cc]el(?:á|é|ou|ej|ého|om)\s+)` +
		`(Polsk[ai]|Polsce|ČR|Česk(?:á|é|ou)\s+republi(?:ka|ky|ce|ku)|Česk[oua]|Slovensk[oua]|Slovenskej\s+republik[yae]|SR)\b`)
	wholeCountryKeys = []string{"cał", "pouze", "jen ", "jenom", "výhradně", "len ", "z cel", "zo cel", "rámci", "celá", "celé", "celou", "celej", "celého", "celom"}

	// dachUpper is the DACH group as posts write it.
	dachUpper = lazyRe(`\b(?:DACH|D-A-CH)\b`)
)

func init() {
	for name, code := range map[string]string{"eua": "US", "ee.uu.": "US", "ee.uu": "US", "eeuu": "US", "ee. uu.": "US", "čr": "CZ"} {
		addRegionName(name, code)
	}
}

// reviseForeignWhereFrom reads the statements above into a remote or
// hybrid listing's regions when no reader before named one.
func reviseForeignWhereFrom(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if (ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid) || len(ri.Regions) > 0 || text == "" {
		return ri
	}
	if rs := foreignWhereFrom(text); len(rs) > 0 {
		ri.Regions = rs
	}
	return ri
}

// foreignWhereFrom returns the regions of the first statement above in
// text, or nil.
func foreignWhereFrom(text string) []string {
	if containsAnyFold(text, anywhereInKeys) {
		for _, m := range anywhereInPlace().FindAllStringSubmatchIndex(text, -1) {
			if rs := foreignPlaceList(text[m[2]:]); rs != nil && !isWorldOnly(rs) {
				return rs
			}
		}
	}
	if containsFold(text, "residentes") {
		for _, m := range residentsOfPlace().FindAllStringSubmatchIndex(text, -1) {
			if rs := foreignPlaceList(text[m[2]:]); rs != nil && !isWorldOnly(rs) {
				return rs
			}
		}
	}
	if containsAnyFold(text, wholeCountryKeys) {
		for _, m := range wholeCountryWest().FindAllStringSubmatchIndex(text, 4) {
			if containsAnyFold(text[max(0, m[0]-30):m[0]], eastNorthTraps) {
				continue // "zákazníky z celého Česka": customers, an office or a market there are no scope (region_east_north_scopes.go)
			}
			return []string{westSlavCountry(text[m[2]:m[3]])}
		}
	}
	if strings.Contains(text, "DACH") || strings.Contains(text, "D-A-CH") {
		for _, m := range dachUpper().FindAllStringIndex(text, -1) {
			if !dachMarketAfter(text[m[1]:]) {
				return []string{"DE", "AT", "CH"}
			}
		}
	}
	return nil
}

// dachMarkets are the nouns that make the DACH group a market rather than
// where the work is done: "selling into the DACH market", "DACH customers".
var dachMarkets = []string{"market", "customer", "client", "account", "partner", "compan", "business", "buyer", "retailer", "brand"}

// dachMarketAfter reports whether the words after "DACH" (an optional
// "region" or "-based" between) open with one of dachMarkets.
func dachMarketAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " -")
	for _, w := range []string{"region ", "regional ", "based "} {
		if hasPrefixFold(rest, w) {
			rest = rest[len(w):]
		}
	}
	for _, n := range dachMarkets {
		if hasPrefixFold(rest, n) {
			return true
		}
	}
	return false
}

// westSlavCountry is the code of a name wholeCountryWest reads.
func westSlavCountry(name string) string {
	switch {
	case strings.HasPrefix(name, "Pol"):
		return "PL"
	case strings.HasPrefix(name, "Slov"), name == "SR":
		return "SK"
	}
	return "CZ"
}

// isWorldOnly reports a reading that is only the whole world.
func isWorldOnly(rs []string) bool { return len(rs) == 1 && rs[0] == RegionWorldwide }
