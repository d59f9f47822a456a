package normalize

import "strings"

// boundLeads are words before a bare pay field's amount that only say it is
// a floor or a ceiling ("minimum of 90k", "not more than 120k"); the
// amount is read as the figure stated, as "up to" and "from" are elsewhere.
var boundLeads = []string{"not more than ", "no more than ", "maximum of ", "max of ", "minimum of ", "min of ",
	"at least ", "at most ", "starting at ", "starting from ", "from ",
	"jusqu'à ", "jusqu’à ", "jusqu'a ", "a partir de "} // French "up to", "from"

// experienceTails are trailing notes that spell out "DOE" ("85k depending
// on experience"): they say nothing about the amount or its period.
var experienceTails = []string{"depending on experience", "dependent on experience", "based on experience",
	"commensurate with experience", "selon expérience", "selon l'expérience", "selon experience"} // French "depending on experience"

// bareBound blanks a leading bound phrase and a trailing experience note of
// a bare pay field (English or French), byte for byte the same length (so
// spans found in the copy hold for the field as written). Any other field
// is returned as it is. Only a field that starts with a letter or ends in
// "experience" (or "expérience") is looked at, so plain figures cost one
// byte check and two suffix checks.
func bareBound(text string) string {
	lead := len(text) - len(strings.TrimLeft(text, " \t"))
	body := strings.TrimRight(text, " \t.")
	startsWord := lead < len(text) && isASCIILetter(text[lead])
	endsExp := len(body) >= 10 && strings.EqualFold(body[len(body)-10:], "experience") || strings.HasSuffix(body, "expérience")
	if !startsWord && !endsExp {
		return text
	}
	b := []byte(text)
	changed := false
	if startsWord {
		for _, w := range boundLeads {
			if len(text)-lead > len(w) && strings.EqualFold(text[lead:lead+len(w)], w) {
				copy(b[lead:], strings.Repeat(" ", len(w)))
				changed = true
				break
			}
		}
	}
	if endsExp {
		for _, w := range experienceTails {
			if len(body) > len(w) && strings.EqualFold(body[len(body)-len(w):], w) && body[len(body)-len(w)-1] == ' ' {
				copy(b[len(body)-len(w):], strings.Repeat(" ", len(w)))
				changed = true
				break
			}
		}
	}
	if !changed {
		return text
	}
	return string(b)
}
