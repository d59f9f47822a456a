package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A location written all in capitals keeps the small words of a Spanish,
// Portuguese, Italian or French place name in capitals too: "PRINCIPADO
// DE ASTURIAS", "CASTILLA - LA MANCHA", "SANTA CRUZ DE TENERIFE",
// "OLIVEIRA DE AZEMÉIS". The code readers then take "DE" (Delaware,
// Germany) or "LA" (Louisiana, Los Angeles) for codes. capsConnectorLoc
// writes such a word in lower case ("La" when it opens the name) when it
// stands inside a name: between two words of one part, or an article
// ("LA", "LAS", "LOS", "EL") before a word of three letters or more. A
// code that is a part of its own ("REMOTE, DE", "Remote - Dover, DE",
// "LA - Pasadena") or that ends a part ("REMOTE DE") is left alone, as is
// any part with a lower-case letter in it. Table tests in
// region_caps_connectors_test.go.

// capsConnectorWords are the small words rewritten inside a name: those
// that are also codes ("DE", "DO", "LA"), and the articles that open a
// name before one of them ("LAS PALMAS DE GRAN CANARIA"). The other small
// words ("DOS", "E", "Y") are no codes and stay as written, since some
// readers of towns in capitals want the whole part in capitals.
var capsConnectorWords = map[string]bool{
	"DE": true, "DO": true, "LA": true, "LAS": true, "LOS": true, "EL": true,
}

// capsArticles may open a name ("LA RIOJA", "LAS PALMAS").
var capsArticles = map[string]string{"LA": "La", "LAS": "Las", "LOS": "Los", "EL": "El"}

// capsConnectorLoc returns loc with the small words inside capitalised
// names in lower case, or "" when there is none.
func capsConnectorLoc(loc string) string {
	if len(loc) < 7 || len(loc) > 120 || !hasCapsConnector(loc) {
		return ""
	}
	var b strings.Builder
	changed := false
	start := 0
	for i := 0; i <= len(loc); i++ {
		if i < len(loc) && !strings.ContainsRune(",-–—/|()", rune(loc[i])) && loc[i] < utf8.RuneSelf {
			continue
		}
		if i < len(loc) && loc[i] >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(loc[i:])
			if r != '–' && r != '—' {
				i += w - 1
				continue
			}
		}
		part := loc[start:i]
		if p, ok := capsConnectorPart(part); ok {
			part, changed = p, true
		}
		b.WriteString(part)
		if i < len(loc) {
			_, w := utf8.DecodeRuneInString(loc[i:])
			b.WriteString(loc[i : i+w])
			i += w - 1
			start = i + 1
		}
	}
	if !changed {
		return ""
	}
	return b.String()
}

// hasCapsConnector is a cheap check: some connector word in capitals
// with a space on both sides.
func hasCapsConnector(loc string) bool {
	for _, k := range []string{" DE ", "LA ", " DO "} {
		if strings.Contains(loc, k) {
			return true
		}
	}
	return false
}

// capsConnectorPart rewrites one part written in capitals.
func capsConnectorPart(part string) (string, bool) {
	for _, r := range part {
		if unicode.IsLower(r) {
			return part, false
		}
	}
	words := strings.Fields(part)
	if len(words) < 2 {
		return part, false
	}
	orig := append([]string(nil), words...)
	changed := false
	for i, w := range orig {
		if !capsConnectorWords[w] || i == len(orig)-1 || !capsNameWord(orig[i+1]) && !capsConnectorWords[orig[i+1]] {
			continue
		}
		if i == 0 {
			if a, ok := capsArticles[w]; ok {
				words[i], changed = a, true
			}
			continue
		}
		if capsNameWord(orig[i-1]) || capsConnectorWords[orig[i-1]] {
			words[i], changed = strings.ToLower(w), true
		}
	}
	if !changed {
		return part, false
	}
	lead := part[:len(part)-len(strings.TrimLeft(part, " "))]
	trail := part[len(strings.TrimRight(part, " ")):]
	return lead + strings.Join(words, " ") + trail, true
}

// capsNameWord is a word of three letters or more.
func capsNameWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' {
			return false
		}
		n++
	}
	return n >= 3
}

// doubleDashCodeLoc reads a two-letter code after a double dash as the
// code after a comma: "Portland -- OR" is written for "Portland, OR", and
// the comma readers then decide what the code names (a US state after
// "Portland", the country after a foreign town). "" when loc does not end
// so.
func doubleDashCodeLoc(loc string) string {
	n := len(loc)
	if n < 8 || loc[n-3] != ' ' || !strings.HasSuffix(loc[:n-2], " -- ") {
		return ""
	}
	a, b := loc[n-2], loc[n-1]
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return ""
	}
	head := strings.TrimSpace(loc[:n-6])
	if head == "" || strings.HasSuffix(head, "-") || strings.HasSuffix(head, ",") {
		return ""
	}
	return head + ", " + loc[n-2:]
}
