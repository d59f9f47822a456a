package normalize

// A type field that names only the hours ("Full Time") says how long the
// working week is, not whether the job lasts. When the description calls
// the job itself a contract or temporary post ("This job is a contract
// role, billed weekly"), that is the engagement, as a "Full-time
// temporary" field is a contract.

// selfContractSentence is the posting calling itself a contract, temporary
// or fixed-term job: "This job is a contract role", "This position is a
// 9-month fixed-term engagement".
// "This is a 9-month fixed-term contract", "This is a 3-month contract to
// help us migrate" and "This is a full-time, fixed-term position" are such
// sentences too.
var selfContractSentence = newKeyRegexp(`(?i)\bthis (?:is|role is|position is|job is|opening is)(?: initially)? (?:an? )?(?:[\w-]+,? ){0,2}?(?:(?:contract|temporary|temp|fixed[- ]term)(?: to hire)? (?:position|role|assignment|job|engagement|appointment)|(?:fixed[- ]term|temporary|(?:maternity|paternity|parental)(?:\s+leave)?\s+cover) contract|contract(?:\s+(?:to|for|of|through|until)\b|\s*[,.;:]))`,
	90, 24, "contract", "tempor", "temp ", "fixed")

// fullFieldContractBody reports a field of hours alone ("Full Time",
// "FULL_TIME") beside a description that calls the job a contract.
func fullFieldContractBody(employmentType, text string) bool {
	if len(employmentType) < 7 || len(employmentType) > 20 {
		return false
	}
	// "Regular" (Workday's worker type) names no term either
	if f := lettersLower(employmentType); f != "fulltime" && f != "regular" && f != "regularfulltime" || !containsFold(text, "this ") {
		return false
	}
	for _, loc := range selfContractSentence.FindAllStringIndex(text, 4) {
		m := text[loc[0]:loc[1]]
		if !containsFold(m, " not ") && !containsFold(m, "n't ") && !containsFold(m, " never ") {
			return true
		}
	}
	return false
}
