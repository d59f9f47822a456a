package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Short work-mode values read word by word (table tests in
// workmode_short_values_test.go): a workplace field, a location item or a
// description of a few words whose every word is a work-mode word, a
// negation, a "partly" word or a filler ("work", "from", "only"). The
// whole-value tables (modeFieldWord, hintRemote) know fixed spellings;
// this reader knows how the words combine in any of the languages below:
//
//   - a negated remote word is on-site work: "não remoto", "ej distans",
//     "Remoto: Não", "Homeoffice nicht möglich", "geen thuiswerk";
//   - a "partly" word with a remote word is hybrid: "częściowo zdalna",
//     "gedeeltelijk thuiswerken", "deels remote", "remoto parcial";
//   - a remote word joined to an office word is hybrid: "presencial e
//     remoto", "Mix of office and remote", "Remote + office" (joined by a
//     slash or "or" it is a choice, left to the other readers);
//   - a remote, hybrid or office word alone is that mode, including the
//     words the tables lack: "smart working" and "lavoro agile" (Italian
//     remote work), "hemarbete", "Telearbeit", "Bureau", "Presenziale",
//     "Kantoor", "full office work".
//
// In a workplace field (not a location or a description) "flexible" and
// "by arrangement" words are hybrid too: "Flexible" (Workday's value),
// "nach Absprache", "a convenir", "in overleg". A value holding any other
// word, such as a place name, is left to the other readers.
const (
	smRemote = 1 + iota
	smOffice
	smHybrid
	smNeg
	smPart
	smFlex
	smJoin
	smFill
)

// shortModeWords maps a folded word (or two words written together, for
// "home office", "on site", "smart working") to its class.
var shortModeWords = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[shortModeKey(strings.ReplaceAll(w, "_", " "))] = class
		}
	}
	add(smRemote, `remote remotely remoto remota remotamente remoot wfh telework teleworking telecommute telecommuting
		home home_office homeoffice home-office thuiswerk thuiswerken thuis_werken zdalnie zdalna zdalny zdalną zdalnej
		distans distansarbete hemarbete hemifrån hemmifrån etätyö etätyötä etänä fjernarbejde hjemmefra hjemmekontor hjemmearbeid
		telearbeit heimarbeit teletrabajo teletrabalho telelavoro télétravail teletravail smartworking smart_working
		lavoro_agile distancia distância distance z_domu z_domova z_domov`)
	add(smOffice, `office offices onsite on_site on-site in_office inoffice in_person inperson on_campus oncampus presencial presenziale présentiel
		presentiel sede ufficio oficina escritório bureau büro kantoor kontor kontoret toimisto toimistolla lähityö
		locatie miejscu stacjonarnie stacjonarna stacjonarny stacjonarnej stationary biuro biurze plats wfo präsenz praesenz standort`)
	add(smHybrid, `hybrid hybride híbrido híbrida hibrido hibrida ibrido ibrida hybrydowa hybrydowo hybrydowy hybridarbete
		hybridityö hybridi hybridní hibrid blended`)
	add(smNeg, `not no non nicht kein keine keinen geen niet ej inte ikke ei nie não nao sin sem sans pas none nein без не`)
	add(smPart, `partially partial partly part parcial parcialmente parziale parzialmente partiel partielle partiellement
		teilweise anteil anteilig gedeeltelijk deels delvis delvist osittain osittainen częściowo częściowa częściowe částečně čiastočne
		kısmen djelomično delno`)
	add(smFlex, `flexible flexibel fleksibel flexibelt flessibile flexível joustava elastyczny elastyczna elastycznie flexibilní
		agreement arrangement absprache vereinbarung overleg concertation accord convenir acuerdo negociable negotiable
		combinar negociar concordare`)
	add(smFill, `work working works job role position mode model modo modalidad modalidade type workplace from at in the of and
		or a à da de do em en el la le del im am på op na w z ze vor ort only fully full 100 mostly based possible möglich
		vollständig vollstaendig komplett our unser unserem unserer
		mogelijk available by mutual nach selon según arbeit arbeiten arbete werken praca pracy trabajo trabalho lavoro
		travail en`)
	add(smJoin, `and e y et und og och mix mixed with plus`)
	return m
}()

// shortModeKey folds a word as shortModeWords keys are folded: lower
// case, accents off (termFold), letters and digits only.
func shortModeKey(s string) string {
	var buf [64]byte
	return string(termKeyInto(buf[:0], s))
}

// shortModeValue reads s as described above; flex allows the "flexible"
// and "by arrangement" words (a workplace field only). Unknown when s is
// long, holds another word or names no mode.
func shortModeValue(s string, flex bool) model.Remote {
	if len(s) == 0 || len(s) > 48 {
		return model.RemoteUnknown
	}
	var words [8]string
	var buf [96]byte
	n, key := 0, buf[:0]
	end := func() bool {
		if len(key) == 0 {
			return true
		}
		if n == len(words) {
			return false
		}
		words[n], key = string(key), key[len(key):]
		n++
		return true
	}
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				key = append(key, byte(r)+'a'-'A')
			case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
				key = append(key, byte(r))
			default:
				if !end() {
					return model.RemoteUnknown
				}
			}
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := termFold[r]; ok {
			r = f
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			key = utf8.AppendRune(key, r)
		} else if !end() {
			return model.RemoteUnknown
		}
	}
	if !end() || n == 0 {
		return model.RemoteUnknown
	}
	// A negation belongs to the next mode word ("no onsite", "não
	// remoto"), or to the last one when nothing follows ("Remoto: Não",
	// "Homeoffice nicht möglich").
	var count [smFill + 1]int
	negRemote, neg, last := 0, false, uint8(0)
	note := func(c uint8) {
		switch {
		case c == smNeg:
			neg = true
			return
		case c == smJoin:
			count[c]++
			return
		case neg && c == smRemote:
			negRemote++
		case neg && c == smOffice: // "remote (no onsite)": the office is denied, not the mode
		default:
			count[c]++
		}
		if c == smRemote || c == smOffice {
			neg, last = false, c
		}
	}
	for i := 0; i < n; i++ {
		if i+1 < n {
			if c, ok := shortModeWords[words[i]+words[i+1]]; ok && c != smFill {
				note(c) // "home office", "on site", "smart working"
				i++
				continue
			}
		}
		c, ok := shortModeWords[words[i]]
		if !ok {
			return model.RemoteUnknown
		}
		note(c)
	}
	if neg && last == smRemote { // a trailing negation denies the remote word before it
		count[smRemote]--
		negRemote++
	}
	rem, off := count[smRemote], count[smOffice]
	switch {
	case count[smHybrid] > 0:
		return model.RemoteHybrid
	case rem > 0 && (count[smPart] > 0 || off > 0 && (count[smJoin] > 0 || strings.ContainsAny(s, "+&"))):
		return model.RemoteHybrid
	case rem > 0 && off > 0:
		return model.RemoteUnknown // "Teletrabajo / presencial", "Remote or office": a choice, left to the other readers
	case rem > 0:
		return model.RemoteRemote
	case negRemote > 0 || off > 0:
		return model.RemoteOnsite
	case flex && count[smFlex] > 0 && !neg:
		return model.RemoteHybrid
	}
	return model.RemoteUnknown
}

// shortTextMode reads a description that is only a short work-mode value
// ("homeoffice", "não remoto", "Support Engineer, Hybrid"): at most five
// words and no sentence stop. It reads it as a workplace field without
// the "flexible" words and with the whole-value tables, then its last part
// after a separator (tailModeValue); unknown for anything longer.
func shortTextMode(text string) model.Remote {
	t := strings.TrimSpace(text)
	if len(t) == 0 || len(t) > 48 || strings.ContainsAny(t, ".!?\n") || len(strings.Fields(t)) > 5 || shortHybridDeniedRemote(t) {
		return model.RemoteUnknown // "not hybrid, fully remote" is left to the body reader (remote_hybrid_denied.go)
	}
	if r, ev := remoteShareLabelled(t); ev != "" {
		return r // "Remote-Anteil: 100%" (remote_share_label.go)
	}
	if r := shortModeValue(t, false); r != model.RemoteUnknown {
		return r
	}
	if r := modeFieldWord(t); r != model.RemoteUnknown {
		return r
	}
	if r := fieldModeWord(t); r != model.RemoteUnknown {
		return r
	}
	if r := tailModeValue(t, false); r != model.RemoteUnknown { // "Support Engineer, Hybrid"
		return r
	}
	if r := shortAfterPeriodMode(t); r != model.RemoteUnknown { // "Remote after probation" (workmode_short_after_period.go)
		return r
	}
	if shortFrenchOnsite(t) { // "CDI python présentiel Paris" (workmode_short_french_onsite.go)
		return model.RemoteOnsite
	}
	return placeModeLine(t) // "Sevilla hybrid" (remote_short_place_mode.go)
}

// tailPart is the last part of a title or short line s (trimmed, not
// empty): inside its closing brackets, or after its last " - ", " | " or
// ", " (lastTailCut); "" when it has none.
func tailPart(s string) string {
	seg := ""
	if s[len(s)-1] == ')' {
		if i := strings.LastIndexByte(s, '('); i > 0 {
			seg = s[i+1 : len(s)-1]
		}
	} else if cut := lastTailCut(s); cut > 0 {
		seg = s[cut:]
	}
	return strings.TrimSpace(seg)
}

// tailModeValue reads the last part of a title or of a short line, after
// " - ", " | ", ", " or in closing brackets, as a short value: "Analista -
// Etätyö", "Support Engineer, Hybrid", "Kirjanpitäjä (osittain etätyö)".
// In a title a bare "Home" or "Office" part is a department or a kind of
// care ("Nurse - Home"), not a mode, and is left alone.
func tailModeValue(s string, title bool) model.Remote {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 160 {
		return model.RemoteUnknown
	}
	seg := tailPart(s)
	if seg == "" || title && isBareTitleWord(seg) {
		return model.RemoteUnknown
	}
	if r := shortModeValue(seg, false); r != model.RemoteUnknown {
		return r
	}
	if r := modeFieldWord(seg); r != model.RemoteUnknown {
		return r
	}
	return atsExportWholeMode(seg) // "modalidad virtual" (remote_modes_ats_exports.go)
}

// lastTailCut is the end of the last " - ", " | ", ", ", " – " or " — "
// in s, or -1: one backward pass over the bytes.
func lastTailCut(s string) int {
	for i := len(s) - 2; i >= 1; i-- {
		switch s[i] {
		case '-', '|':
			if s[i-1] == ' ' && s[i+1] == ' ' {
				return i + 2
			}
		case ',':
			if s[i+1] == ' ' {
				return i + 2
			}
		case 0x93, 0x94: // the last byte of "–" and "—"
			if i >= 3 && s[i-1] == 0x80 && s[i-2] == 0xE2 && s[i-3] == ' ' && s[i+1] == ' ' {
				return i + 2
			}
		}
	}
	return -1
}

// isBareTitleWord is a title part naming a place word that is too often a
// department or a kind of service.
func isBareTitleWord(seg string) bool {
	switch strings.ToLower(seg) {
	case "home", "office", "offices", "distance", "sede", "site", "bureau", "kantoor", "kontor", "biuro":
		return true
	}
	return false
}

// titleTailMode is tailModeValue for a title, as a location note
// ("Remote", "Hybrid", "Onsite"), or "".
func titleTailMode(title string) string {
	switch tailModeValue(title, true) {
	case model.RemoteRemote:
		return "Remote"
	case model.RemoteHybrid:
		return "Hybrid"
	case model.RemoteOnsite:
		return "Onsite"
	}
	if titleTailVorOrt(title) {
		return "Onsite" // "Entwickler - Vor Ort" (workmode_title_vor_ort.go)
	}
	return titleTailDetailMode(title) // "(Hybride, 3 jours/semaine)", "— sur site Paris" (workmode_title_tail_details.go)
}

// titleTailFirst is the title tail note m (titleTailMode) when it is
// hybrid, or on-site with no hybrid word in the title: a partly or negated
// remote tail ("- Deels remote", "- Homeoffice nicht möglich") that the
// remote-word title readers would take for remote work. "" otherwise.
func titleTailFirst(title, m string) string {
	if m == "Hybrid" || m == "Onsite" && !containsFold(title, "brid") {
		return m
	}
	return ""
}
