package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// romanceSupportCases pin the support nouns of romanceTechMode
// (remote_romance_tech_words.go): remote support named as the work's
// technology is no work mode. Traps: a remote role that also gives remote
// support, a support title with the mode said apart, a support word far
// from the remote word.
var romanceSupportCases = []truthCase{
	{name: "portuguese remote support", p: model.Posting{Title: "Técnico de TI", DescriptionText: "Responsável por suporte remoto a usuários e manutenção de impressoras."}, remote: "unknown"},
	{name: "spanish remote support and access", p: model.Posting{Title: "Técnico de sistemas", DescriptionText: "Soporte remoto y acceso remoto a equipos de la sede."}, remote: "unknown"},
	{name: "portuguese remote assistance", p: model.Posting{Title: "Técnico", DescriptionText: "Prestar assistência remota aos clientes da rede."}, remote: "unknown"},
	{name: "italian remote support", p: model.Posting{Title: "Tecnico", DescriptionText: "Attività di supporto remoto agli utenti interni."}, remote: "unknown"},

	{name: "trap: remote role also giving support", p: model.Posting{Title: "Técnico de TI", DescriptionText: "Trabalho remoto. Você fará suporte remoto a usuários."}, remote: "remote"},
	{name: "trap: support words apart", p: model.Posting{Title: "Técnico", DescriptionText: "Suporte técnico em regime 100% remoto."}, remote: "remote"},
	{name: "trap: spanish remote job with support", p: model.Posting{Title: "Técnico", DescriptionText: "Puesto 100% remoto, con soporte remoto a clientes."}, remote: "remote"},
}

func TestRomanceSupportCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range romanceSupportCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
