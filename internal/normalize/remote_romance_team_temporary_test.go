package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Remote work for the training only, then the office, is on-site (hybrid
// when a hybrid word or a day count follows); another team's remote work
// names no mode for the role (remote_romance_team_temporary.go).
func TestRomanceTemporaryRemoteAndTeam(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Analista Fiscal", text: "Teletrabalho apenas no período de integração; depois, presencial na sede de Campinas.", want: model.RemoteOnsite},
		{title: "Assistente Comercial", text: "Home office nos primeiros dias e, em seguida, trabalho no escritório do centro.", want: model.RemoteOnsite},
		{title: "Técnico de Soporte", text: "Remoto durante la formación inicial, luego en nuestra oficina de Sevilla.", want: model.RemoteOnsite},
		{title: "Analista de Dados", text: "Remoto durante a capacitação; depois híbrido com 2 dias no escritório.", want: model.RemoteHybrid},
		{title: "Analista de Compras", text: "Você vai apoiar o time remoto de outro departamento com relatórios semanais.", want: model.RemoteUnknown},
		{title: "Coordinador de Logística", text: "Trabajarás junto con el equipo remoto de facturación en Lima.", want: model.RemoteUnknown},
	})
}

// The role's own remote statements stay remote.
func TestRomanceTemporaryRemoteAndTeamTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Desenvolvedora Backend", text: "Somos um time remoto espalhado pelo Brasil.", want: model.RemoteRemote},
		{title: "Redator", text: "Trabalho remoto durante todo o ano, sem ida ao escritório.", want: model.RemoteRemote},
		{title: "Analista de Compras", text: "Vaga 100% remota. Você vai apoiar o time remoto de outro departamento.", want: model.RemoteRemote},
		{title: "Support Engineer", text: "Fully remote role; you will onboard remote teams of other companies.", want: model.RemoteRemote},
		{title: "Analista de Compras", loc: "Remoto", text: "Você vai apoiar o time remoto de outro departamento.", want: model.RemoteRemote},
	})
}

// A remote-positions field with "completely" against "partly".
func TestHintCompletelyPartly(t *testing.T) {
	for hint, want := range map[string]model.Remote{
		"completely": model.RemoteRemote, "Completely": model.RemoteRemote,
		"partly": model.RemoteHybrid, "partially": model.RemoteHybrid,
		"fully": model.RemoteRemote, "completely office": model.RemoteUnknown,
	} {
		if got := hintRemote(hint); got != want {
			t.Errorf("hintRemote(%q) = %v, want %v", hint, got, want)
		}
	}
}
