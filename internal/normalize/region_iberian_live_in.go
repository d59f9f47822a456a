package normalize

// Spanish and Portuguese sentences of Latin American boards that name where
// the worker lives (table tests in region_iberian_live_in_test.go): a verb
// of living in any person ("Buscamos personas que vivan en Colombia",
// "Necesario vivir en Ciudad de México", "É preciso morar no Brasil",
// "que residan en Chile"), "any country of" a region ("Candidatos de
// cualquier país de LATAM", "qualquer estado do Brasil") and "for all of"
// a region ("Disponible para toda LATAM"). The place after the phrase is
// read as a list to the end of its clause; a phrase naming no place
// ("para todo el equipo", "vive en la nube") reads nothing. The other
// readers of these languages (region_foreign_scopes_more.go,
// remote_scopes.go) read "residir en", "desde" and "todo o Brasil" after a
// remote word.

var (
	iberianLiveIn = newKeyRegexp(`(?i)\b(?:viv(?:ir|an|as|a|e|en|es|o|er|am|em)|resid(?:an|a|as|e|en|es|am|em)|morar|mora|more|morem|moram|moro)\s+(?:en|em|no|na|nos|nas)\s+(?:la\s+|el\s+|los\s+|las\s+)?`+
		`|\b(?:cualquier|qualquer)\s+(?:país|pais|lugar|parte|ciudad|cidade|estado|región|region|região|regiao|rincón)\s+(?:de|del|do|da|en|em|no|na)\s+(?:la\s+|el\s+|los\s+)?`+
		`|\b(?:para|en|em|de)\s+tod[oa]s?\s+(?:la\s+|el\s+|los\s+|las\s+|o\s+|a\s+|os\s+|as\s+)?`, 20, 40, iberianLiveKeys...)
	iberianLiveKeys = []string{"viv", "resid", "morar", "mora em", "mora no", "mora na", "more em", "more no", "more na", "morem", "moram", "moro em", "moro no", "moro na", "cualquier", "qualquer", "para tod", "en tod", "em tod", "de tod"}
)

// iberianLiveRegions reads the place after the first of those phrases that
// names one; nil when none does.
func iberianLiveRegions(text string) []string {
	for _, m := range iberianLiveIn.FindAllStringIndex(text, 6) {
		if marketBefore(text, m[0]) {
			continue // "clientes de toda Latinoamérica" (region_foreign_scope_shapes.go)
		}
		if rs := regionList(text[m[1]:]); len(rs) > 0 {
			return rs // "LATAM", "Colombia y Perú"
		}
		if rs := foreignPlaceListMore(text[m[1]:]); rs != nil {
			return rs
		}
	}
	return nil
}
