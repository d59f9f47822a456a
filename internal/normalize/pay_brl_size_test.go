package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// brlSizeCases pin reais stated without a period: a month's up to
// monthCeiling's R$ 60,000, a year's above it, and a stated period wins.
var brlSizeCases = []truthCase{
	{name: "k range far above a month is a year", p: model.Posting{Title: "Diretor de Engenharia", PayText: "R$480K – R$560K"}, pay: "480000 560000 BRL year"},
	{name: "dotted thousands above the ceiling", p: model.Posting{Title: "Gerente de Produto", Locations: []string{"São Paulo, Brazil"}, PayText: "R$ 180.000 - R$ 220.000"}, pay: "180000 220000 BRL year"},
	{name: "ordinary month stays a month", p: model.Posting{Title: "Analista de Dados", PayText: "R$ 8.500 - R$ 11.000"}, pay: "8500 11000 BRL month"},
	{name: "k month stays a month", p: model.Posting{Title: "Desenvolvedora", PayText: "R$12K-R$15K"}, pay: "12000 15000 BRL month"},
	{name: "trap: a stated month wins over the size", p: model.Posting{Title: "Diretor", PayText: "R$ 70.000 por mês"}, pay: "70000 70000 BRL month"},
	{name: "trap: a stated year below the ceiling stays a year", p: model.Posting{Title: "Estagiário", PayText: "R$ 36.000 por ano"}, pay: "36000 36000 BRL year"},
}

func TestBRLSizeCases(t *testing.T) { runFieldCases(t, brlSizeCases) }
