package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// definedTermCases pin type_field_defined_term.go: a type field holding
// only a Colombian fixed-term label is a contract; with traps: the
// permanent label, "not stated yet" labels and set working hours.
var definedTermCases = []truthCase{
	{name: "bare fixed-term label", p: model.Posting{Title: "Auxiliar de bodega", EmploymentType: "Definido"}, jobType: "contract"},
	{name: "term label with its accent", p: model.Posting{Title: "Analista contable", EmploymentType: "Término definido"}, jobType: "contract"},
	{name: "full contract wording", p: model.Posting{Title: "Asesor comercial", EmploymentType: "Contrato a término definido"}, jobType: "contract"},
	{name: "time wording without the accent", p: model.Posting{Title: "Mesero", EmploymentType: "a tiempo definido"}, jobType: "contract"},
	{name: "upper case label", p: model.Posting{Title: "Conductor", EmploymentType: "DEFINIDO"}, jobType: "contract"},

	{name: "trap: the permanent label", p: model.Posting{Title: "Auxiliar de bodega", EmploymentType: "Indefinido"}, jobType: "full_time"},
	{name: "trap: permanent term wording", p: model.Posting{Title: "Analista contable", EmploymentType: "Término indefinido"}, jobType: "full_time"},
	{name: "trap: a label saying none is set", p: model.Posting{Title: "Cajero", EmploymentType: "No definido"}, jobType: "unknown"},
	{name: "trap: set hours are no contract kind", p: model.Posting{Title: "Recepcionista", EmploymentType: "Horario definido"}, jobType: "unknown"},
	{name: "trap: still to be decided", p: model.Posting{Title: "Vendedor", EmploymentType: "Por definir"}, jobType: "unknown"},
}

func TestDefinedTermCases(t *testing.T) { runFieldCases(t, definedTermCases) }
