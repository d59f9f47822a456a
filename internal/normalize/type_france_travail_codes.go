package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// franceTravailCodes are contract codes France Travail (Pôle emploi before
// 2024) offers carry in their contract-type field besides CDI and CDD,
// which are read with the other French words (jobtype.go): MIS a temping
// mission (intérim), SAI seasonal work, LIB self-employed ("profession
// libérale") work, all contracts to us, and DIN a permanent contract with a
// temping agency ("CDI intérimaire").
var franceTravailCodes = map[string]model.JobType{
	"MIS": model.TypeContract, "SAI": model.TypeContract, "LIB": model.TypeContract, "DIN": model.TypeFullTime,
}

// franceTravailCodeType reads a contract-type field that is one of
// franceTravailCodes and nothing else, in capitals as the source writes
// it; unknown otherwise. Elsewhere "MIS" is as often Management Information
// Systems, so a code inside longer text is not read.
func franceTravailCodeType(field string) model.JobType {
	if t, ok := franceTravailCodes[strings.TrimSpace(field)]; ok {
		return t
	}
	return model.TypeUnknown
}
