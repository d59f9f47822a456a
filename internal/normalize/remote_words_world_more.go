package normalize

import "github.com/gigscout/gigscout/internal/model"

// moreWorldModeWords join worldModeWords (remote_words_world.go) and are
// read as they are, in a sentence or a field: a denial before ("не",
// "без", "ei") or after turns a remote word on-site, a partial word
// ("частично", "osittain") or office days in its clause make it hybrid.
// Finnish inflects the words the table holds: "etätyöhön" (into remote
// work), "etätyössä" (in it), "hybridityössä"; Bulgarian says home work
// "работа от вкъщи" and hybrid "хибридна", "хибридно"; Bulgarian and
// Russian say office work "работа в офиса", "работа в офисе" (a bare "в
// офисе" is left out: "встречи в офисе" are meetings, and "не в офисе"
// holds it). Table tests in remote_words_world_more_test.go.
var moreWorldModeWords = []struct {
	phrase string
	mode   model.Remote
}{
	// Finnish, inflected.
	{"etätyöhön", model.RemoteRemote}, {"etätyössä", model.RemoteRemote}, {"etätyöstä", model.RemoteRemote},
	{"etätyötä", model.RemoteRemote}, {"etätöissä", model.RemoteRemote}, {"etätöihin", model.RemoteRemote},
	{"hybridityöhön", model.RemoteHybrid}, {"hybridityössä", model.RemoteHybrid}, {"hybridityönä", model.RemoteHybrid},
	{"hybridityötä", model.RemoteHybrid}, {"hybridimallissa", model.RemoteHybrid},
	// Bulgarian.
	{"работа от вкъщи", model.RemoteRemote}, {"работи от вкъщи", model.RemoteRemote}, {"от вкъщи", model.RemoteRemote},
	{"работа от дома", model.RemoteRemote}, {"хибридна", model.RemoteHybrid}, {"хибридно", model.RemoteHybrid},
	{"хибриден", model.RemoteHybrid}, {"работа в офиса", model.RemoteOnsite}, {"работа в офис", model.RemoteOnsite},
	// Russian.
	{"работа в офисе", model.RemoteOnsite}, {"работу в офисе", model.RemoteOnsite}, {"работать в офисе", model.RemoteOnsite},
}

// allWorldModeWords is worldModeWords and moreWorldModeWords.
func allWorldModeWords() []struct {
	phrase string
	mode   model.Remote
} {
	return append(append(append(append(append(append(worldModeWords[:len(worldModeWords):len(worldModeWords)], moreWorldModeWords...), dutchItalianHomeWords...), southSlavicHomeWords...), remoteWorkNounWords...), vietThaiWorldModeWords...), eastNorthModeWords...) // from remote_modes_japanese_russian_dutch.go, remote_words_south_slavic.go, remote_nouns_day_counts.go and remote_modes_asian_greek_hebrew.go and remote_words_east_north.go
}
