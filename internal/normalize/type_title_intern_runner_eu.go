package normalize

// A title naming a role that looks after interns, trainees or apprentices
// in German, French, Spanish, Portuguese, Italian, Dutch, Polish or
// Swedish: Polish "Opiekun praktykantów", "Koordynator staży", German
// "Praktikantenbetreuer", "Betreuer für Praktikanten", French "Chargé(e)
// des stages", "Tuteur des alternants", Spanish "Coordinador de prácticas",
// Portuguese "Coordenador de estagiários", Italian "Responsabile tirocini",
// Dutch "Stagebegeleider", "Coördinator stages", Swedish
// "Praktiksamordnare", "Handledare för praktikanter". The role is not an
// internship, as titleRunsProgram reads "Intern Program Manager": ParseType
// drops it from the title before the intern title readers. An intern
// title that only names its department ("Stagiaire chargé de
// communication", "Stage - Responsable marketing") keeps its reading: the
// role word must come right before the interns it looks after.

// internRunnerEUGate holds a literal every match of internRunnerEU holds.
var internRunnerEUGate = []string{"prakty", "sta\u017c", "stagi", "stage", "alternan", "apprenti", "pr\u00e1ctica", "practicante", "becari", "est\u00e1gi", "estagi", "tirocin", "stagist", "praktik"}

// internRunnerNouns are the interns, trainees and apprentices a role looks
// after, with the preposition before them.
const internRunnerNouns = `(?:des\s+|du\s+|de\s+l[a']\s*|de\s+|d'|dei\s+|degli\s+|delle\s+|do\s+|da\s+|dos\s+|das\s+|för\s+|für\s+(?:die\s+)?|van\s+(?:de\s+)?)?(?:praktykant\pL*|sta\x{017c}yst\pL*|praktyk|sta\x{017c}y|stagiaires?|stages|alternan(?:ce|ts?|tes?)|apprentis?|apprentissages?|pr\x{00e1}cticas|practicantes|becari[oa]s|est\x{00e1}gios?|estagi\x{00e1}ri\pL*|tirocin[io]|tirocinanti|stagisti|praktikant(?:en|er|erna)|stagiairs?)`

var internRunnerEU = newCueRegexp(`(?i)\b(?:opiekun(?:ka)?|koordynator(?:ka)?|tutor|tuteur|tutrice|responsable|charg[ée]e?|coordinat(?:eur|rice|ore)|coordinador(?:a)?|coordenador(?:a)?|responsabile|betreuer(?:in)?|co[öo]rdinator|begeleider|handledare|samordnare)\s+` + internRunnerNouns + `(?:\s+(?:et|y|e|i|und|en|och|oraz)\s+` + internRunnerNouns + `)?(?:$|[^\pL])|\b(?:praktikanten|praktikums)(?:betreuer|leiter|koordinator|beauftragte)\pL*|\bstage(?:begeleider|co[öo]rdinator)\pL*|\bpraktik(?:samordnare|handledare|ansvarig)\b`)

// dropInternRunnerEU removes a role that looks after interns from title.
func dropInternRunnerEU(title string) string {
	if !containsAnyFold(title, internRunnerEUGate) {
		return title
	}
	return internRunnerEU.ReplaceAllString(title, " ")
}
