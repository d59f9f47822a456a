package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// romanceTechCases pin reviseRomanceTechModes: remote and hybrid words of
// Portuguese and Spanish text that name technology or a perk, with traps
// where the same words, or others beside them, say where the work is.
var romanceTechCases = []truthCase{
	{name: "portuguese remote access and camera monitoring", p: model.Posting{Title: "Técnico de Campo", Locations: []string{"Campinas, SP"},
		DescriptionText: "Configurar acesso remoto das lojas e o monitoramento remoto das câmeras."}, remote: "!remote"},
	{name: "spanish remote desktop and remote control", p: model.Posting{Title: "Soporte Nivel 1",
		DescriptionText: "Atención por escritorio remoto y control remoto de equipos de punto de venta."}, remote: "!remote"},
	{name: "whole remote beside hybrid cloud", p: model.Posting{Title: "Engenheira de Plataforma",
		DescriptionText: "Trabalho 100% remoto. Você vai cuidar da nuvem híbrida do banco."}, remote: "remote"},
	{name: "remote vacancy beside hybrid systems", p: model.Posting{Title: "Arquiteto de Dados",
		DescriptionText: "Vaga remota. Experiência com sistemas híbridos e redes híbridas."}, remote: "remote"},
	{name: "home office allowance alone", p: model.Posting{Title: "Analista Fiscal", Locations: []string{"Recife, PE"},
		DescriptionText: "Benefícios: vale-refeição, ajuda de custo home office e plano odontológico."}, remote: "!remote"},
	{name: "trap: hybrid model is the mode", p: model.Posting{Title: "Analista de BI",
		DescriptionText: "Modelo híbrido: três dias no escritório em Sorocaba."}, remote: "hybrid"},
	{name: "trap: remote work beside remote access", p: model.Posting{Title: "Suporte N2",
		DescriptionText: "Trabalho remoto. Você cuidará do acesso remoto dos clientes."}, remote: "remote"},
	{name: "trap: hybrid regime beside hybrid cloud", p: model.Posting{Title: "SRE",
		DescriptionText: "Regime híbrido em Braga; experiência com cloud híbrida."}, remote: "hybrid"},
	{name: "trap: allowance in a remote vacancy", p: model.Posting{Title: "Desenvolvedora Go",
		DescriptionText: "Vaga remota para todo o Brasil, com auxílio home office."}, remote: "remote"},
	{name: "trap: a singular hybrid environment is the workplace", p: model.Posting{Title: "Designer",
		DescriptionText: "Oferecemos um ambiente híbrido e flexível em Niterói."}, remote: "hybrid"},
}

func TestRomanceTechCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range romanceTechCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestRomanceTechCasesLong runs the cases past minGuardedText, where the
// readers search the shared key scan's windows.
func TestRomanceTechCasesLong(t *testing.T) {
	filler := strings.Repeat("Nossa cooperativa distribui sementes para pequenos produtores. ", 12) + "\n"
	checkLongCases(t, filler, checkFieldCase, romanceTechCases)
}

// FuzzRomanceTechModes: the reviser never panics and leaves a listing
// with no phrase of romanceTechMode as it was read.
func FuzzRomanceTechModes(f *testing.F) {
	for _, tc := range romanceTechCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ri := ParseRemote("", nil, text)
		got := reviseRomanceTechModes("", nil, text, ri)
		if romanceTechMode.FindStringIndex(text) == nil && (got.Remote != ri.Remote || got.Evidence != ri.Evidence) {
			t.Errorf("%q: changed %v to %v with no phrase", text, ri, got)
		}
	})
}
