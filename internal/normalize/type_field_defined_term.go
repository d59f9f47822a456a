package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A Colombian board names a fixed-term contract "Definido" (short for
// "contrato a término definido") beside "Indefinido" for a permanent one;
// the field readers knew the second only. definedTermFieldType reads a
// type field that is only such a fixed-term label as a contract:
// "Definido", "Término definido", "Contrato a término definido", "A tiempo
// definido". Only the whole field: "No definido" and "Por definir" (not yet
// stated), "Horario definido" (set hours) and "Indefinido" keep their
// readings. Table tests: type_field_defined_term_test.go.

// definedTermValues are the fixed-term labels, lower case, accents dropped,
// spaces collapsed.
var definedTermValues = map[string]bool{
	"definido": true, "termino definido": true, "a termino definido": true,
	"contrato a termino definido": true, "contrato termino definido": true, "contrato de termino definido": true,
	"tiempo definido": true, "a tiempo definido": true, "contrato a tiempo definido": true,
}

// definedTermFieldType is contract for a field definedTermValues hold,
// else unknown.
func definedTermFieldType(raw string) model.JobType {
	if len(raw) < 8 || len(raw) > 40 || !containsFold(raw, "definido") {
		return model.TypeUnknown
	}
	key := strings.Join(strings.Fields(strings.NewReplacer("é", "e", "É", "e").Replace(strings.ToLower(raw))), " ")
	if definedTermValues[key] {
		return model.TypeContract
	}
	return model.TypeUnknown
}
