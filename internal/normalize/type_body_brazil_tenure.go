package normalize

import "github.com/gigscout/gigscout/internal/model"

// Brazilian hiring terms in a description, as public-sector notices and
// private ads write them: a temporary or fixed-term hire ("contratação
// temporária", "contrato temporário", "por tempo determinado", "por prazo
// determinado") is a contract; a permanent appointment ("provimento
// efetivo", "cargo efetivo") or a hire under the labour code
// ("celetista") is full-time, as "CLT" is (type_title_regimes.go). A
// temporary hire named anywhere wins: a notice may name both a public
// exam and the temporary hire it is for. The words alone ("temporária",
// "determinado", "efetivo") are not read: "suspensão temporária das
// inscrições", "em determinado momento" and "servidores efetivos" name no
// post's terms.

// brazilTemporaryHire is a temporary or fixed-term hire (tried around its
// key words: see keyRegexp).
var brazilTemporaryHire = newKeyRegexp(`(?i)\bcontrata[çc][ãa]o\s+tempor[áa]ria\b|\bcontratos?\s+tempor[áa]rios?\b|\bpor\s+(?:tempo|prazo)\s+determinado\b`, 30, 20, "tempor", "determinado")

// brazilPermanentHire is a permanent appointment or a hire under the
// labour code.
var brazilPermanentHire = newKeyRegexp(`(?i)\bprovimento\s+efetivo\b|\bcargos?\s+efetivos?\b|\bceletista\b`, 20, 15, "efetiv", "celetista")

// brazilTenureBodyType reads the terms above; unknown when the text holds
// none.
func brazilTenureBodyType(text string) model.JobType {
	if text == "" {
		return model.TypeUnknown
	}
	if brazilTemporaryHire.MatchString(text) {
		return model.TypeContract
	}
	if brazilPermanentHire.MatchString(text) {
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
