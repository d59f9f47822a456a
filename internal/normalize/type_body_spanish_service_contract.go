package normalize

// A Spanish-language post offered on a service-provision contract, said in
// a sentence (round 115; tests in type_body_spanish_service_contract_test.go):
// "Contrato civil por prestación de servicios", "contrato de prestación de
// servicios profesionales", "contratación bajo la modalidad de prestación de
// servicios", "Contrato: Prestación de servicios (freelance)". In Colombia and much of Latin America such a contract engages
// an independent contractor, not an employee: contract, as the field value
// "Prestación de servicios" already reads. The phrase must name the contract
// ("contrato", "contratación"): a company's line of business ("empresa de
// prestación de servicios de salud") is not read. It is one of worldPhrases
// (type_body_world_phrases.go): the first phrase in the text decides.
var spanishServiceContract = newKeyRegexp(`(?i)\b(contrato|contrataci[oó]n)(?:\s*:\s*|\s+(?:civil\s+|comercial\s+)?(?:de|por|bajo)\s+(?:la\s+)?(?:modalidad\s+de\s+)?)prestaci[oó]n\s+de\s+servicios\b`, 64, 24, "prestaci")
