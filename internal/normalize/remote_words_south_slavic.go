package normalize

import "github.com/gigscout/gigscout/internal/model"

// Work-from-home words of the Croatian, Serbian, Bosnian and Slovene
// boards ("Rad od kuće, Zadar", "Рад на даљину", "delo na daljavo"), and a
// few others no table held: Hungarian "otthoni munka", Estonian
// "kaugtöö", Lithuanian "darbas iš namų", Portuguese "teletrabalho". Read
// like the other world words (remote_words_world.go), in the short fields
// and the description. Table tests in remote_words_south_slavic_test.go.
var southSlavicHomeWords = []struct {
	phrase string
	mode   model.Remote
}{
	{"rad od kuće", model.RemoteRemote}, {"rad od kuce", model.RemoteRemote}, {"rad na daljinu", model.RemoteRemote},
	{"rad na daljinou", model.RemoteRemote}, {"delo na daljavo", model.RemoteRemote}, {"delo na domu", model.RemoteRemote},
	{"рад од куће", model.RemoteRemote}, {"рад на даљину", model.RemoteRemote}, {"otthoni munka", model.RemoteRemote},
	{"kaugtöö", model.RemoteRemote}, {"kaugtööna", model.RemoteRemote}, {"darbas iš namų", model.RemoteRemote},
	{"teletrabalho", model.RemoteRemote},
	// Estonian home office, as boards write it in the location field.
	{"kodukontor", model.RemoteRemote}, {"kodukontori", model.RemoteRemote}, {"kodukontoris", model.RemoteRemote},
	{"kodukontorist", model.RemoteRemote},
}
