package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Spanish and Catalan work-mode wording the word readers (remote.go's
// foreignRemote and company) miss or misread (table tests in
// remote_spanish_catalan_test.go), read in the description after the
// other readers:
//
//   - remote denied: "No es remoto", "no será un puesto remoto", "No hay
//     opción de teletrabajo", "sin posibilidad de trabajo remoto", Catalan
//     "no és possible el teletreball": on-site, over the remote reading of
//     the word inside the denial;
//   - hybrid: "semipresencial", both modes joined by "y"/"e"/"i"
//     ("Presencial y teletrabajo", "Teletrabajo y presencial"; joined by
//     "o" or a slash they are a choice and stay as read), office days a
//     week ("2 días a la semana en la oficina", "3 días en la oficina",
//     Catalan "2 dies a la setmana a l'oficina");
//   - remote in Catalan: "teletreball" (not denied: "sense teletreball"),
//     "treball en remot";
//   - "control remoto" (remote control) is no remote work: a remote reading
//     from the bare word, where every such word is remote control, is
//     unknown.
var (
	spanishRemoteDenied = newPlainKeyRegexp(`(?i)\bno\s+(?:es|será|sera|está|esta)\s+(?:un\s+(?:puesto|trabajo|empleo|rol)\s+)?(?:en\s+)?remot[oa]\b|`+
		`\bno\s+(?:hay|existe|se\s+ofrece|ofrecemos|se\s+contempla|contemplamos|se\s+permite|permitimos|se\s+admite|admitimos|se\s+acepta|aceptamos)\s+(?:la\s+|el\s+)?(?:(?:opci[óo]n|posibilidad)\s+de\s+)?(?:teletrabajo|trabajo\s+(?:en\s+)?remoto|remoto)\b|\bteletrabajo\s*:\s*no\b|`+
		`\bsin\s+(?:opci[óo]n|posibilidad)\s+de\s+(?:teletrabajo|trabajo\s+(?:en\s+)?remoto|remoto)\b|`+
		`\bno\s+(?:és|es)\s+(?:possible\s+)?(?:el\s+)?teletreball\b|\bsense\s+teletreball\b`, 90, 30, "remoto", "remota", "teletrab", "teletreb")
	spanishHybrid = newPlainKeyRegexp(`(?i)(?:^|[^\p{L}])semipresencial\b|`+
		`\bpresencial\s+(?:y|e|i|\+|&)\s+(?:teletrabajo|teletreball|(?:en\s+)?remot[oa]?)\b|\b(?:teletrabajo|teletreball|(?:en\s+)?remot[oa]?)\s+(?:y|e|i|\+|&)\s+presencial\b|`+
		`\b(?:[1-4]|un|uno|dos|tres|cuatro|quatre)\s*d[íi](?:as?|es)\s+(?:(?:a\s+la|por|cada|per)\s+(?:semana|setmana)\s+)?(?:en|a|des\s*de|desde)\s+(?:la\s+|l['’]\s*|nuestra\s+|nuestras\s+)?oficin(?:a|as)\b`, 90, 40, "presencial", "oficin")
	catalanRemote = newPlainKeyRegexp(`(?i)\bteletreball\b|\btreball\s+(?:en\s+)?remot\b|\ben remot\b`, 30, 30, "teletreb", "treball", "en remot")
)

// spanishModeKeys are words one of which every match above holds.
var spanishModeKeys = newFoldWords("remot", "teletr", "presencial", "oficin", "parcia")

// reviseSpanishModes (called in Normalize after the other work-mode
// readers) reads the wording above in the description: a denial over a
// remote or unknown reading, hybrid over a remote or unknown one (or an
// on-site one read from "presencial" alone), Catalan remote over an
// unknown one.
func reviseSpanishModes(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid {
		return ri
	}
	if ri.Remote != model.RemoteOnsite {
		if m := spanishRemoteDenied.FindStringIndex(text); m != nil {
			ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+text[m[0]:m[1]], ri.Regions[:0]
			return ri
		}
	}
	if r, ok := reviseSpanishPartial(text, ri); ok {
		return r // "modalidad remota parcial" (remote_spanish_partial.go)
	}
	if ri.Remote != model.RemoteOnsite || containsFold(ri.Evidence, "presencial") {
		if m := spanishHybrid.FindStringIndex(text); m != nil {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]])
			return ri
		}
	}
	if ri.Remote == model.RemoteRemote && remoteControlOnly(text, ri.Evidence) {
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteUnknown, "", ri.Regions[:0]
	}
	if ri.Remote == model.RemoteUnknown {
		if m := catalanRemote.FindStringIndex(text); m != nil {
			ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+text[m[0]:m[1]]
		}
	}
	ri = spanishDistanceRemote(text, ri)     // "trabajo a distancia" (remote_spanish_distance.go)
	return homeOfficeSpanishRemote(text, ri) // "oficina en el hogar" (latam_board_fields.go)
}

// remoteControl is "control remoto" (remote control) and "a control remoto".
var remoteControl = regexp.MustCompile(`(?i)\bcontrol\s+remot[oa]s?\b`)

// remoteControlOnly reports a remote reading from the bare word "remoto"
// in a text whose every "remot…" word is remote control: "mandos de control
// remoto" is a device, not the place of work.
func remoteControlOnly(text, evidence string) bool {
	ev := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(evidence, "text: ")))
	if ev != "remoto" && ev != "remota" || !containsFold(text, "control") {
		return false
	}
	return strings.Count(strings.ToLower(text), "remot") == len(remoteControl.FindAllStringIndex(text, -1))
}
