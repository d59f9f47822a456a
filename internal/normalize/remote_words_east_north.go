package normalize

import "github.com/gigscout/gigscout/internal/model"

// eastNorthModeWords join the world words (remote_words_world_more.go):
// remote and hybrid words of the Latvian, Estonian, Romanian, Hungarian,
// Czech, Slovak, Slovene and Scandinavian postings the tables missed
// (audit U): Latvian "attālināts darbs", "hibrīds darbs"; Estonian
// "hübriidtöö", "kodust" (from home); the English word
// in a sentence of these languages ("lucru remote", "remote munka",
// "plně remote", "jobber remote"). Table tests in
// region_east_north_scopes_test.go.
var eastNorthModeWords = []struct {
	phrase string
	mode   model.Remote
}{
	// Latvian.
	{"attālināts darbs", model.RemoteRemote}, {"attālinātais darbs", model.RemoteRemote}, {"attālināti", model.RemoteRemote},
	{"attālinātā darbā", model.RemoteRemote}, {"attālināta darba", model.RemoteRemote}, {"hibrīds darbs", model.RemoteHybrid},
	{"hibrīda darbs", model.RemoteHybrid}, {"hibrīdais darbs", model.RemoteHybrid}, {"hibrīdā režīmā", model.RemoteHybrid},
	// Estonian.
	{"hübriidtöö", model.RemoteHybrid}, {"hübriidtööna", model.RemoteHybrid}, {"kodust", model.RemoteRemote},
	// The English word inside these languages' sentences.
	{"lucru remote", model.RemoteRemote}, {"muncă remote", model.RemoteRemote}, {"remote munka", model.RemoteRemote},
	{"remote munkavégzés", model.RemoteRemote}, {"teljesen remote", model.RemoteRemote}, {"plně remote", model.RemoteRemote},
	{"plne remote", model.RemoteRemote}, {"jobber remote", model.RemoteRemote}, {"jobbe remote", model.RemoteRemote},
	{"jobba remote", model.RemoteRemote}, {"arbeide remote", model.RemoteRemote}, {"arbeta remote", model.RemoteRemote},
	{"arbejde remote", model.RemoteRemote}, {"fuldt remote", model.RemoteRemote}, {"helt remote", model.RemoteRemote},
}
