package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Type fields that hold only the word for a civil-law contract (table tests
// in type_field_civil_contract_words_test.go): the Polish mandate contract
// (umowa zlecenie) under the English key some boards write ("mandate") or
// its own short noun ("zlecenie"), and the Chinese word for a contract
// (合同, 合约, 合約) named alone. Longer fields holding these words
// ("合同期", "Mandatory training") are left to the other readers.

// civilContractFieldKeys are the whole fields, lower-cased and trimmed.
var civilContractFieldKeys = map[string]bool{
	"mandate": true, "zlecenie": true, "合同": true, "合约": true, "合約": true,
}

// civilContractFieldType reads a key of civilContractFieldKeys after every
// other field reader said nothing.
func civilContractFieldType(raw string) model.JobType {
	s := strings.TrimSpace(raw)
	if len(s) < 6 || len(s) > 8 {
		return model.TypeUnknown
	}
	switch s[0] | 0x20 {
	case 'm', 'z', 0xe5: // 0xe5 begins 合 in UTF-8
		if civilContractFieldKeys[strings.ToLower(s)] {
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}
