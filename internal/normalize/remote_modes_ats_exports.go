package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// atsExportFieldWords join fieldModeWords (remote_field_mode_words.go):
// whole work-mode values of a workplace field in German, French and
// Spanish boards and ATS exports that the readers miss. German exports
// write working from home as a verb phrase ("von zu Hause arbeiten",
// "Arbeit von zuhause"), part-remote as one word ("Teilremote") and
// office work as "im Büro"; French ones say "distanciel" for remote;
// Latin American ones say "modalidad virtual" or "100% virtual". Only a
// whole value counts, as for fieldModeWords: "flexibles Arbeiten" in a
// sentence can mean flexible hours, and "virtual" in a sentence is a
// virtual machine or event. Table tests in remote_modes_ats_exports_test.go.
var atsExportFieldWords = fieldModeTable(map[string]model.Remote{
	// German.
	"von zuhause": model.RemoteRemote, "von zu hause": model.RemoteRemote,
	"von zuhause arbeiten": model.RemoteRemote, "von zu hause arbeiten": model.RemoteRemote,
	"arbeit von zuhause": model.RemoteRemote, "arbeit von zu hause": model.RemoteRemote,
	"arbeiten von zuhause": model.RemoteRemote, "arbeiten von zu hause": model.RemoteRemote,
	"teilremote": model.RemoteHybrid, "teil-remote": model.RemoteHybrid, "teilweise remote": model.RemoteHybrid,
	"flexibles arbeiten": model.RemoteHybrid, "hybrides arbeiten": model.RemoteHybrid,
	"im büro": model.RemoteOnsite, "tätigkeit im büro": model.RemoteOnsite, "arbeit im büro": model.RemoteOnsite,
	// French.
	"distanciel": model.RemoteRemote, "en distanciel": model.RemoteRemote, "100% distanciel": model.RemoteRemote,
	"full distanciel": model.RemoteRemote,
	// Spanish.
	"modalidad virtual": model.RemoteRemote, "100% virtual": model.RemoteRemote, "trabajo virtual": model.RemoteRemote,
})

// atsExportWholeMode reads a whole location value or a title's tail segment
// with atsExportFieldWords ("Teilremote" as a location, "Analista -
// modalidad virtual"); unknown otherwise. Gated by the endings the words
// have, so most places and titles never build the key.
func atsExportWholeMode(v string) model.Remote {
	if len(v) < 6 || len(v) > 28 || !atsExportEnding(v) {
		return model.RemoteUnknown
	}
	if r, ok := atsExportFieldWords[fieldModeKey(v)]; ok {
		return r
	}
	return model.RemoteUnknown
}

// atsExportEnding reports whether v ends (ASCII case folded) as one of the
// atsExportFieldWords does.
func atsExportEnding(v string) bool {
	for _, e := range [...]string{"hause", "arbeiten", "remote", "büro", "ciel", "virtual"} {
		if len(v) >= len(e) && strings.EqualFold(v[len(v)-len(e):], e) {
			return true
		}
	}
	return false
}
