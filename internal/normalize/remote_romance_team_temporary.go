package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Two Portuguese and Spanish remote cues that do not make the role remote
// (round 131 part b; table tests and traps in
// remote_romance_team_temporary_test.go):
//
//   - remote work limited to the training or the first weeks, then the
//     office or presence in the same sentence ("teletrabalho só no período
//     de integração, em seguida presencial na sede", "remoto durante la
//     formación, luego en nuestra oficina"): on-site, or hybrid when a
//     hybrid word or a count of days follows. It is the Iberian side of
//     englishTemporaryRemote (remote_english_conditions.go);
//   - another team's remote work ("a equipe remota de outro departamento",
//     "junto con el equipo remoto"): a team the role deals with, like the
//     English partners of remotePartnerOrPolicy (remote_team_partners.go).
//     When every remote or mode word of the text sits in such a phrase, the
//     text names no mode; "Somos um time remoto" is the company's own mode
//     and stays remote.
//
// A field's reading is left alone; these decide only what the text gave.
var (
	romanceTemporaryRemote = newKeyRegexp(`(?i)\b(?:remot[oa]s?|remotamente|home[- ]?office|teletrabalho|teletrabajo)\s+(?:(?:apenas|somente|s[óo]|solo|s[óo]lo)\s+)?(?:durante|nos?\s+primeir[oa]s|en\s+(?:el|los|la|las)\s+primer[oa]s?|no\s+per[íi]odo\s+de|en\s+el\s+per[íi]odo\s+de|inicialmente|no\s+in[íi]cio|al\s+(?:principio|inicio))\b([^.!?\n]{0,80}?)\b(?:depois|ap[óo]s|em\s+seguida|a\s+seguir|luego|despu[ée]s|posteriormente)\b([^.!?\n]{0,60}?)(?:\bpresencial(?:mente)?\b|\bno\s+escrit[óo]rio\b|\bem\s+nosso\s+escrit[óo]rio\b|\bna\s+(?:sede|f[áa]brica|loja|unidade)\b|\ben\s+(?:la|nuestra)\s+(?:oficina|sede|planta|tienda)\b)`,
		24, 240, "remot", "home office", "home-office", "homeoffice", "teletraba")
	// romanceLaterHybrid: a hybrid word or a count of days after the turn.
	romanceLaterHybrid = regexp.MustCompile(`(?i)\bh[íi]brid[oa]\b|\b[1-4]\s*(?:x|vezes|veces|dias?|d[íi]as?)\b`)

	// romanceRemoteTeam: another team's remote work; group 1 or 2 is the
	// remote word.
	romanceRemoteTeam = newKeyRegexp(`(?i)\b(?:time|times|equipe|equipes|equipo|equipos|squad|squads)\s+(remot[oa]s?)\s+(?:de|da|do|dos|das|del)\s+(?:outr|otr)[oa]s?\s+(?:[áa]reas?|times?|equipes?|equipos?|departamentos?|setor(?:es)?|sector(?:es)?|empresas?|unidades?)\b|\b(?:com|con|junto\s+(?:a|com|con)|entre)\s+(?:(?:o|os|a|as|el|los|la|las|nosso|nossa|nossos|nossas|nuestro|nuestra|nuestros|nuestras)\s+)?(?:time|times|equipe|equipes|equipo|equipos|colegas|colaboradores)\s+(remot[oa]s?)\b`,
		48, 80, "remot")
	// romanceModeWord: any remote, hybrid or presence word of the text.
	romanceModeWord = newKeyRegexp(`(?i)\bremot[oa]s?\b|\bremotamente\b|\bremote(?:ly)?\b|\bhome[- ]?office\b|\bteletraba(?:lho|jo)\b|\bh[íi]brid[oa]\b|\bhybrid\b|\bpresencial\b`,
		4, 12, "remot", "home", "teletraba", "brid", "presencial")
)

// reviseRomanceTeamTemporary applies the readings above to ri.
func reviseRomanceTeamTemporary(text string, ri RemoteInfo) RemoteInfo {
	if text == "" || ri.Remote != model.RemoteRemote || !textGivenMode(ri) {
		return ri
	}
	if m := romanceTemporaryRemote.FindStringIndex(text); m != nil {
		if romanceLaterHybrid.MatchString(text[m[0]:m[1]]) {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+text[m[0]:m[1]])
		}
		return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+text[m[0]:m[1]])
	}
	teams := romanceRemoteTeam.FindAllStringSubmatchIndex(text, -1)
	if len(teams) == 0 {
		return ri
	}
	for _, w := range romanceModeWord.FindAllStringIndex(text, -1) {
		if !inRemoteTeam(teams, w) {
			return ri // a remote or mode word of the role's own
		}
	}
	return RemoteInfo{Remote: model.RemoteUnknown} // the text names no mode
}

// inRemoteTeam reports whether the word w is the remote word of one of the
// team phrases ts.
func inRemoteTeam(ts [][]int, w []int) bool {
	for _, t := range ts {
		for g := 2; g+1 < len(t); g += 2 {
			if t[g] >= 0 && t[g] <= w[0] && w[1] <= t[g+1] {
				return true
			}
		}
	}
	return false
}
