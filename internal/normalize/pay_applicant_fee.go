package normalize

import "regexp"

// Money the applicant pays is not pay: a fee to train, register or enrol
// ("Unpaid; training fee $50", "enrolment fee of ₹1,500"), an amount the
// applicant is said to pay ("Applicants pay $45 an hour for coaching"), or a payment
// asked to hold a place ("Pay ₹999 to confirm your seat", "deposit $30 to
// book your slot"). A fee that is denied is no fee: "No registration fee;
// ₹12,000/month" states the stipend, where "registration" alone would turn
// the amount away (badBefore, pay.go). A fee paid to the worker ("Project
// fee: $300", "fixed fee of €900") is pay and is not named here.

var (
	// applicantFeeBefore is an applicant's fee named right before an
	// amount, with "of", "is", a colon or "only" between.
	applicantFeeBefore = regexp.MustCompile(`(?i)\b(?:training|registration|application|joining|enrol(?:l)?ment|processing|admission|course|certification|onboarding|placement|kit|security|entry|entrance|participation|submission|contest|competition|exam|membership|program(?:me)?)\s+(?:fees?|charges?|deposit)\s*(?:of|is|:|-)?\s*(?:(?:only|just|a|an)\s+)?$`)
	// payToHoldBefore and payToHoldAfter are a payment asked of the
	// applicant around an amount: "Pay ₹999 to confirm your seat".
	payToHoldBefore = regexp.MustCompile(`(?i)\b(?:pay|deposit|transfer|submit)\s+(?:(?:a|an|the|just|only)\s+)?$`)
	payToHoldAfter  = regexp.MustCompile(`(?i)^\s*(?:(?:only|upfront|now|first)\s+)?to\s+(?:confirm|book|reserve|secure|hold|register|enrol|enroll|join|apply|unlock|activate|start your)\b`)
	// applicantPaysBefore is the applicant named as the one who pays,
	// right before an amount: "Applicants pay USD 45 per hour for
	// coaching", "trainees must first pay $30". "We pay you" and "you will
	// be paid" name the worker as the one paid, and do not match.
	applicantPaysBefore = regexp.MustCompile(`(?i)\b(?:applicants?|candidates?|participants?|trainees?|learners?|you)\s+(?:(?:must|will|need\s+to|have\s+to|are\s+(?:required|expected)\s+to|should)\s+)?(?:first\s+|also\s+)?pay\s+(?:(?:a|an|the|just|only|us)\s+)?$`)
	// candidatePaysBefore is applicantPaysBefore in Portuguese and
	// Spanish: "O candidato paga R$ 95", "los candidatos deben pagar una
	// cuota de $200", "o candidato deve pagar a taxa de R$ 80".
	candidatePaysBefore = regexp.MustCompile(`(?i)\bcandidat[oa]s?\s+(?:(?:deve|devem|debe|deben|precisa|precisam|tem\s+que|t[eê]m\s+que|tiene\s+que|tienen\s+que)\s+)?pag(?:a|am|ar|an)\s+(?:(?:a|o|as|os|la|el|una?|apenas|s[oó]lo)\s+)?(?:(?:taxa|tarifa|cuota|valor)\s+(?:de\s+)?)?$`)
	// deniedFee is a denied fee just before an amount: "No registration
	// fee; ", "no application fees, ".
	// feeListBefore is a fee's first amount earlier in the sentence, then
	// "and" or "plus" right before this one: the next amount is the fee's
	// too ("The program fee is $1,150 for the first two weeks and $350 for
	// each additional week").
	feeListBefore = regexp.MustCompile(`(?i)\b(?:program(?:me)?|participation|placement|registration|course|application|training)\s+fees?\s+(?:is|are|of|:)\s*\S{0,4}\d[\d,.]*[^.!?\n]{0,40}?\b(?:and|plus|then)\s+$`)

	deniedFee = regexp.MustCompile(`(?i)\b(?:no|zero|without|free of)\s+(?:(?:registration|application|joining|training|hidden|upfront|entry|entrance|participation|submission)\s+)?(?:fees?|charges?)\b[^.\n\d]{0,6}$`)
)

// applicantFee reports an amount (with before and after its text) that
// the applicant would pay rather than earn.
//
// Each regexp runs only where its words are: "pay" is common before an
// amount ("pay of $20/hr") and applicantFeeBefore, anchored at the end
// only, backtracks from every byte of before; payToHoldAfter, anchored at
// the start, fails at once on most texts, so it runs before
// payToHoldBefore.
func applicantFee(before, after string) bool {
	deposit := containsFold(before, "deposit")
	if (deposit || containsFold(before, "fee") || containsFold(before, "charge")) && applicantFeeBefore.MatchString(before) {
		return true
	}
	pay := containsFold(before, "pay")
	if pay && applicantPaysBefore.MatchString(before) {
		return true
	}
	if containsFold(before, "candidat") && candidatePaysBefore.MatchString(before) {
		return true // "O candidato paga R$ 95 referentes ao processo"
	}
	if paidByWorker(before, after) {
		return true // "Pay €23 yourself for the upgrade" (pay_paid_by_worker.go)
	}
	if applicantFeeAfter(after) {
		return true // "Rs 1,500 processing fee" (pay_applicant_fee_after.go)
	}
	if containsFold(before, "fee") && feeListBefore.MatchString(before) {
		return true // "The program fee is $1,150 for the first two weeks and $350 for each additional week"
	}
	return (deposit || pay || containsFold(before, "transfer") || containsFold(before, "submit")) &&
		payToHoldAfter.MatchString(after) && payToHoldBefore.MatchString(before)
}

// deniedFeeBefore reports a denied fee right before an amount, which
// then is no fee: "No registration fee; ₹12,000/month".
func deniedFeeBefore(before string) bool {
	return (containsFold(before, "fee") || containsFold(before, "charge")) && deniedFee.MatchString(before)
}
