package normalize

import "regexp"

// A price or an applicant's fee named in Portuguese, Spanish or French
// right before an amount: a verb for what something costs ("o plano
// custa R$ 49,90", "el curso cuesta $40", "l'abonnement coûte 9 €") or a
// registration or enrolment fee ("taxa de inscrição R$ 10", "cuota de
// inscripción: 20 €", "frais d'inscription 30 €"). That money is spent,
// not earned. The English words are badBefore's (pay.go) and
// applicantFeeBefore's (pay_applicant_fee.go). Price nouns alone
// ("precio por hora") are left out: a freelancer's rate is written so.
var romancePriceFeeBefore = regexp.MustCompile(`(?i)(?:\b(?:custa|custam|custará|custarão|cuesta|cuestan|costará|coûte|coûtent|coûtera)\b|\b(?:taxa|tasa|cuota|frais|droits?)\s+d(?:e\s+|'\s*|’\s*)(?:inscrição|inscricao|inscripción|inscripcion|inscription|matrícula|matricula|adesão|adesao|cadastro))[^.!?;\n\d]{0,20}$`)

// romancePriceFee reports such a price or fee at the end of before. A
// cheap search for the words' stems comes first, so most amounts skip
// the regexp.
func romancePriceFee(before string) bool {
	if !containsFold(before, "cust") && !containsFold(before, "cuest") && !containsFold(before, "coût") &&
		!containsFold(before, "costar") && !containsFold(before, "inscri") && !containsFold(before, "matr") &&
		!containsFold(before, "ades") && !containsFold(before, "cadastro") {
		return false
	}
	return romancePriceFeeBefore.MatchString(before)
}
