package normalize

import "strings"

// brazilPlaceWrapped reports a Brazilian "City, UF" after a work-mode word,
// in brackets or after a dash: "Remoto (Maceió, AL)", "Remoto - Belém,
// PA", "Home office (São Luís, MA)". The place is read as brazilPlace
// reads it, so a state code Brazil shares with the US still needs a
// Brazilian city or a Portuguese spelling beside it ("Remoto (Anytown,
// AL)" stays Alabama's). The mode words are remoteParenHeads
// (region_remote_paren_town.go).
func brazilPlaceWrapped(loc string) bool {
	loc = strings.TrimSpace(loc)
	if len(loc) < 8 || len(loc) > 80 {
		return false
	}
	var head, inner string
	if loc[len(loc)-1] == ')' {
		i := strings.IndexByte(loc, '(')
		if i <= 0 || strings.Count(loc, "(") != 1 {
			return false
		}
		head, inner = loc[:i], loc[i+1:len(loc)-1]
	} else if i := strings.Index(loc, " - "); i > 0 {
		head, inner = loc[:i], loc[i+3:]
	} else {
		return false
	}
	if !remoteParenHeads[strings.ToLower(strings.TrimSpace(head))] || strings.Count(inner, ",") != 1 {
		return false
	}
	inner = strings.TrimSpace(inner)
	// Only the codes Brazil shares with the US: the others ("PE", "SP")
	// the town-and-code readers already weigh against the town ("Remote
	// (Cusco, PE)" is Peru's).
	if !brazilSharedStates[strings.TrimSpace(inner[strings.IndexByte(inner, ',')+1:])] {
		return false
	}
	return brazilPlace(inner)
}
