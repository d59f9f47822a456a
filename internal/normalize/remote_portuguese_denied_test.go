package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// portugueseDeniedCases pin remote_portuguese_denied.go; traps: a remote
// role beside a denial about something else, a hybrid schedule beside the
// denial, a negation far from the remote word, a remote word with no denial.
var portugueseDeniedCases = []truthCase{
	{name: "role is not remote", p: model.Posting{Title: "Analista", DescriptionText: "Atenção: esta posição não é remota, atuação em Recife."}, remote: "onsite"},
	{name: "will not be a remote job", p: model.Posting{Title: "Analista", DescriptionText: "Não será um trabalho remoto; a equipe fica em Curitiba."}, remote: "onsite"},
	{name: "no accent", p: model.Posting{Title: "Analista", DescriptionText: "A oportunidade nao e remota."}, remote: "onsite"},
	{name: "no home office offered", p: model.Posting{Title: "Analista", DescriptionText: "Não oferecemos a opção de home office neste cargo."}, remote: "onsite"},
	{name: "there is no remote work", p: model.Posting{Title: "Analista", DescriptionText: "Não há possibilidade de trabalho remoto."}, remote: "onsite"},
	{name: "without telework", p: model.Posting{Title: "Analista", DescriptionText: "Jornada de 40 horas, sem possibilidade de teletrabalho."}, remote: "onsite"},

	{name: "trap: remote role, denial about a team", p: model.Posting{Title: "Analista", DescriptionText: "Vaga 100% remota. O time de campo não é remoto."}, remote: "!unknown"},
	{name: "trap: a negation far from the word", p: model.Posting{Title: "Analista", DescriptionText: "Não exigimos inglês. Trabalho remoto para todo o Brasil."}, remote: "remote"},
	{name: "trap: remote without denial", p: model.Posting{Title: "Analista", DescriptionText: "Trabalho remoto com encontros trimestrais."}, remote: "remote"},
	{name: "trap: hybrid schedule stays", p: model.Posting{Title: "Analista", DescriptionText: "Modelo híbrido: 3 dias no escritório. Não é 100% remoto."}, remote: "hybrid"},
	{name: "trap: a word that starts alike", p: model.Posting{Title: "Analista", DescriptionText: "Não é remotamente parecido com outras vagas."}, remote: "!onsite"},
}

func TestPortugueseDeniedCases(t *testing.T) {
	runFieldCasesShortAndLong(t, portugueseDeniedCases)
}

// TestRevisePortugueseDeniedKeepsOthers: a hybrid or on-site reading is
// never changed, and a text without a negation word is returned as read.
func TestRevisePortugueseDeniedKeepsOthers(t *testing.T) {
	for _, r := range []model.Remote{model.RemoteHybrid, model.RemoteOnsite} {
		in := RemoteInfo{Remote: r, Evidence: "text: x"}
		if out := revisePortugueseDenied("A vaga não é remota.", in); out.Remote != r {
			t.Fatalf("%v changed to %v", r, out.Remote)
		}
	}
	in := RemoteInfo{Remote: model.RemoteRemote, Evidence: "text: remota"}
	if out := revisePortugueseDenied("Vaga remota para todo o país.", in); out.Remote != model.RemoteRemote {
		t.Fatalf("no negation: got %v", out.Remote)
	}
}
