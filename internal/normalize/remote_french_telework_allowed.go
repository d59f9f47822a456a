package normalize

// French telework that is only allowed, not the job's mode (round 62j;
// table tests in remote_french_telework_allowed_test.go): "Télétravail possible", "le
// télétravail est envisageable après la période d'essai", "télétravail
// autorisé deux fois par mois" say the role may be done from home now and
// then, like German "Homeoffice möglich", so a remote reading from the bare
// word "télétravail" narrows to hybrid. Wording that the whole job is remote
// elsewhere in the text keeps it remote. General shape: the noun followed by
// an adjective of permission.
var frenchTeleworkAllowed = guardRegexpLists(`(?i)\bt[ée]l[ée]-?travail\s+(?:est\s+|reste\s+)?(?:possible|envisageable|autoris[ée]|accept[ée]|ouvert)\b`, []string{"travail"})

// frenchTeleworkAllowedAt finds that wording; nil when absent, denied just
// before it ("pas de télétravail possible") or beside telework said whole
// ("télétravail complet", romanceWhole).
func frenchTeleworkAllowedAt(text string) []int {
	m := frenchTeleworkAllowed.FindStringIndex(text)
	if m == nil {
		return nil
	}
	before := text[max(0, m[0]-12):m[0]]
	if hasFold(before, "pas de") || hasFold(before, "aucun") || hasFold(before, "sans") {
		return nil
	}
	if romanceWhole.MatchString(text) {
		return nil
	}
	return m
}
