package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Whole workplace values of Nordic, French and Dutch boards that the other
// readers misread (table tests in workmode_field_values_nordic_french_test.go):
// a denial of home work read as remote from its remote word ("Ingen
// mulighet for hjemmekontor", NAV's "no home office possible";
// "Télétravail non autorisé", Welcome to the Jungle's "no remote work"),
// a frequency of telework that is partial ("Télétravail fréquent" is
// hybrid, as "Télétravail occasionnel" already reads), a Norwegian hybrid
// compound ("Hybridkontor") and a Dutch on-location value ("Locatie").
// Only a whole field value counts, keyed by termKey, so sentences holding
// the words are left to the text readers.
var fieldValuesNordicFrench = func() map[string]model.Remote {
	m := map[string]model.Remote{}
	for r, ws := range map[model.Remote][]string{
		model.RemoteOnsite: {"ingen mulighet for hjemmekontor", "ikke mulighet for hjemmekontor", "ingen hjemmekontor",
			"ikke hjemmekontor", "ingen mulighed for hjemmearbejde", "ikke mulighed for hjemmearbejde",
			"ingen möjlighet till distansarbete", "ingen möjlighet till distans", "ej distansarbete",
			"télétravail non autorisé", "télétravail non possible", "télétravail non", "pas de télétravail possible",
			"locatie", "op kantoor"},
		model.RemoteHybrid: {"hybridkontor", "télétravail fréquent", "télétravail régulier", "télétravail occasionnel",
			"delvis distansarbete", "delvis distans"},
	} {
		for _, w := range ws {
			m[string(termKeyInto(nil, w))] = r
		}
	}
	return m
}()

// fieldValueNordicFrench reads a whole workplace value with
// fieldValuesNordicFrench; unknown for anything else.
func fieldValueNordicFrench(s string) model.Remote {
	if len(s) < 6 || len(s) > 64 || strings.IndexByte(s, ',') >= 0 {
		return model.RemoteUnknown
	}
	var buf [200]byte
	if r, ok := fieldValuesNordicFrench[string(termKeyInto(buf[:0], s))]; ok {
		return r
	}
	return model.RemoteUnknown
}

// reviseFieldValuesNordicFrench reads such a value in the hint or a
// location when nothing decided the work mode or the reading came from
// the same field (its evidence is part of the value).
func reviseFieldValuesNordicFrench(hint string, locs []string, ri RemoteInfo) RemoteInfo {
	ev := ri.Evidence
	if i := strings.Index(ev, ": "); i >= 0 {
		ev = ev[i+2:]
	}
	for i := -1; i < len(locs); i++ {
		f := hint
		if i >= 0 {
			f = locs[i]
		}
		r := fieldValueNordicFrench(f)
		if r == model.RemoteUnknown || r == ri.Remote {
			continue
		}
		if ri.Remote != model.RemoteUnknown && (ev == "" || !strings.Contains(strings.ToLower(f), strings.ToLower(ev))) {
			continue // the reading rests on something else
		}
		ri.Remote, ri.Evidence = r, "field: "+f
		if r != model.RemoteRemote {
			ri.Regions = nil
		}
		return ri
	}
	return ri
}
