package normalize

import "regexp"

// German postings are often written without umlauts ("moeglich" for
// "möglich", "grundsaetzlich"), which makes the text plain ASCII. In ASCII
// text foreignPlace reads the one-word "Homeoffice" only when a German word
// follows it (germanHomeOffice: "Homeoffice möglich", "nach Absprache"),
// since in English a home office is a room. The German sentence also puts
// the verb and an adverb between them: "Homeoffice ist jederzeit
// moeglich", "Home Office ist grundsaetzlich moeglich". germanHomeOfficeASCII
// reads that sentence too, with the umlaut written out or left off; the
// same sentence with "möglich" is not ASCII and was already read. A bare
// "Homeoffice moeglich" is left to the term readers, which read a
// possibility as hybrid (remote_term_list_modes.go).
var germanHomeOfficeASCII = regexp.MustCompile(`(?i)^\s*(?:ist|sind|wird|bleibt)\s+(?:(?:jederzeit|immer|grunds(?:ae|a)tzlich|gerne|auch|selbstverst(?:ae|a)ndlich|uneingeschr(?:ae|a)nkt)\s+)?(?:m(?:oe|o)glich|erlaubt|gestattet|willkommen)\b`)

// germanHomeOfficeAfter reports German wording right after an
// English-spelled home office: germanHomeOffice or germanHomeOfficeASCII.
func germanHomeOfficeAfter(s string) bool {
	return germanHomeOffice.MatchString(s) || germanHomeOfficeASCII.MatchString(s)
}
