package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A boolean remote flag that is false ("false", "no", "0") says only that
// the job is not flagged fully remote; it cannot say hybrid. When the title
// names the hybrid arrangement in Portuguese, Spanish, French or Italian
// with a word for the work model ("modelo híbrido", "modalidad híbrida",
// "regime híbrido", "mode hybride", "lavoro ibrido"), the title is the
// employer's own statement and narrows the flag to hybrid, as a "Hybrid"
// location field already does (remote.go) and as the description's own
// mode sentence does (remote_false_flag_lead_job.go).
//
// The adjective alone after a role noun is not read: "aplicativos
// híbridos" and "développeur mobile hybride" are hybrid apps, "veículos
// híbridos" hybrid cars. An explicit on-site field ("presencial",
// "on-site") is not a bare flag and is left alone.
//
// Table tests in remote_false_flag_title_hybrid_test.go.

// titleHybridModel is a work-model noun followed by the hybrid adjective.
var titleHybridModel = lazyRe(`(?i)\b(?:modelo|modalidad|modalidade|r[ée]gimen|regime|formato|esquema|modo|mode|trabajo|trabalho|travail|t[ée]l[ée]travail|lavoro|modalit[àa]|jornada)\s+(?:(?:de|di)\s+(?:trabajo|trabalho|travail|lavoro)\s+)?(?:h[íi]brid[oa]s?|hybrides?|ibrid[oaie])\b`)

// reviseFalseFlagTitleHybrid narrows an on-site reading that rests only on
// a false remote flag to hybrid when the title names a hybrid work model.
func reviseFalseFlagTitleHybrid(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteOnsite || !fromStructured(ri) || !falseFlagHint(hint) {
		return ri
	}
	if len(title) > 300 || !containsFoldScan(title, "brid") {
		return ri
	}
	m := titleHybridModel().FindStringIndex(title)
	if m == nil {
		return ri
	}
	ri.Remote, ri.Evidence = model.RemoteHybrid, "title: "+strings.TrimSpace(title[m[0]:m[1]])
	ri.Regions = remoteRegions(locs, text)
	return ri
}
