package normalize

// teleworkOptionFor is the telework option of remote_office_duties.go
// written with the option first: "Option for teleworking", "the option to
// telecommute", "options of telework". Like "Telecommute option" it is
// remote work on offer; a negation just before it ("no option for
// teleworking", teleworkRefused) offers nothing. A share of the week after
// it ("option for teleworking two days a week") is read as hybrid before
// this is asked.
var teleworkOptionFor = newKeyRegexp(`(?i)\boptions?\s+(?:for|of|to)\s+(?:telecommut(?:e|ing)|telework(?:ing)?)\b`, 16, 30, "option")
