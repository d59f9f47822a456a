package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// foldFieldLetters lowercases a short employment-type field (at most 64
// bytes), folds the marks off its Latin letters as town names are folded
// (townFolds) and keeps only the letters a-z: "Contrat d'Intérim" reads
// "contratdinterim", "Arbeitnehmerüberlassung" "arbeitnehmeruberlassung".
// One pass into a buffer on the stack: a field value of every listing
// passes here, most of them no word of this reader's.
func foldFieldLetters(raw string) string {
	var buf [128]byte
	n := 0
	for _, r := range raw {
		if n+2 > len(buf) {
			break
		}
		switch {
		case r >= 'a' && r <= 'z':
			buf[n] = byte(r)
			n++
		case r >= 'A' && r <= 'Z':
			buf[n] = byte(r) + 'a' - 'A'
			n++
		case r < 0x80:
		default:
			if lr := unicode.ToLower(r); lr >= 'a' && lr <= 'z' { // "İ"
				buf[n] = byte(lr)
				n++
			} else if f, ok := townFolds[lr]; ok { // region_town_code.go: "é" e, "ß" ss
				n += copy(buf[n:], f)
			}
		}
	}
	return string(buf[:n])
}

// europeanFieldWords are whole field values (folded) for student, agency,
// temp, casual and seasonal work in European languages, and the French,
// Tunisian, Spanish and Italian contract names a field may carry after
// "Contrat de" / "Contrato de" / "Contratto di".
var europeanFieldWords = map[string]model.JobType{
	// French and Tunisian contract names.
	"travailtemporaire":                     model.TypeContract,
	"missioninterimaire":                    model.TypeContract,
	"interimaire":                           model.TypeContract,
	"ctt":                                   model.TypeContract, // contrat de travail temporaire
	"soustraitance":                         model.TypeContract,
	"portagesalarial":                       model.TypeContract, // a freelancer paid through an umbrella firm
	"cdddusage":                             model.TypeContract,
	"saisonnier":                            model.TypeContract,
	"emploisaisonnier":                      model.TypeContract,
	"sivp":                                  model.TypeInternship, // stage d'initiation à la vie professionnelle
	"civp":                                  model.TypeInternship, // contrat d'insertion à la vie professionnelle
	"caip":                                  model.TypeInternship, // contrat d'adaptation et d'insertion professionnelle
	"insertionalavieprofessionnelle":        model.TypeInternship,
	"adaptationetdinsertionprofessionnelle": model.TypeInternship,
	"professionnalisation":                  model.TypeInternship,
	// Spanish and Italian.
	"obraoservicio":            model.TypeContract,
	"obrayservicio":            model.TypeContract,
	"porobraoservicio":         model.TypeContract,
	"ett":                      model.TypeContract, // empresa de trabajo temporal
	"somministrazione":         model.TypeContract,
	"lavoroinsomministrazione": model.TypeContract,
	"stagionale":               model.TypeContract,
	"lavorostagionale":         model.TypeContract,
	// German.
	"studentischehilfskraft":   model.TypeInternship,
	"studentischeaushilfe":     model.TypeInternship,
	"zeitarbeit":               model.TypeContract,
	"leiharbeit":               model.TypeContract,
	"arbeitnehmeruberlassung":  model.TypeContract,
	"arbeitnehmerueberlassung": model.TypeContract,
	"saisonarbeit":             model.TypeContract,
	// Swiss German staffing: leased staff and temporary posts
	// (type_field_swiss_staffing_test.go).
	"personalverleih":    model.TypeContract,
	"temporarstelle":     model.TypeContract,
	"temporaranstellung": model.TypeContract,
	"temporareinsatz":    model.TypeContract,
	"temporararbeit":     model.TypeContract,
	"saisonkraft":        model.TypeContract,
	"ferienjob":          model.TypeContract,
	"aushilfe":           model.TypePartTime,
	"aushilfsjob":        model.TypePartTime,
	"nebenjob":           model.TypePartTime,
	"dualesstudium":      model.TypeInternship,
	"abschlussarbeit":    model.TypeInternship,
	// Dutch.
	"studentenbaan": model.TypePartTime,
	"bijbaan":       model.TypePartTime,
	"bijbaantje":    model.TypePartTime,
	"vakantiewerk":  model.TypeContract,
	"vakantiebaan":  model.TypeContract,
	"uitzendwerk":   model.TypeContract,
	"uitzendkracht": model.TypeContract,
	"uitzendbaan":   model.TypeContract,
	"uitzenden":     model.TypeContract,
	"detachering":   model.TypeContract,
	// Polish and Nordic.
	"pracatymczasowa": model.TypeContract,
	"sommerjobb":      model.TypeContract,
	"sommarjobb":      model.TypeContract,
	"feriejobb":       model.TypeContract,
}

// afterLeadOnlyWords are kinds of contract read only after a "contract
// of" lead: alone, "Mission" or "Formación" is as often a section heading
// of a description as a field value.
var afterLeadOnlyWords = map[string]model.JobType{
	"mission":               model.TypeContract,
	"interim":               model.TypeContract,
	"formacion":             model.TypeInternship, // contrato de formación
	"formacionyaprendizaje": model.TypeInternship,
}

// contractOfLeads are the folded "contract of" leads a field may put
// before the kind of contract: "Contrat de Mission", "Contrato de
// Formación", "Contratto di Somministrazione".
var contractOfLeads = []string{"contratde", "contratdu", "contratd", "contrata", "contrat", "contratode", "contratopor", "contrato", "contrattodi", "contrattoa", "contratto"}

// europeanFieldType reads a whole employment-type field that no other
// reader knew: a word of europeanFieldWords, alone or after a "contract of"
// lead, or a known value after such a lead ("Contrat à Temps Partiel").
func europeanFieldType(raw string) model.JobType {
	if len(raw) > 64 {
		return model.TypeUnknown
	}
	key := foldFieldLetters(raw)
	if key == "" {
		return model.TypeUnknown
	}
	if t, ok := europeanFieldWords[key]; ok {
		return t
	}
	for _, lead := range contractOfLeads {
		if rest, ok := strings.CutPrefix(key, lead); ok && rest != "" {
			if t, ok := europeanFieldWords[rest]; ok {
				return t
			}
			if t, ok := afterLeadOnlyWords[rest]; ok {
				return t
			}
			// The rest in the source's own words: "Contrat à Temps Partiel"
			// reads "Temps Partiel", "Contrat de Stage" reads "Stage".
			if i := contractLeadEnd(raw); i > 0 {
				if t := MapEmploymentType(raw[i:]); t != model.TypeUnknown {
					return t
				}
			}
			break
		}
	}
	return model.TypeUnknown
}

// contractLeadEnd is the byte offset just past a "Contrat de" / "Contrato
// de" / "Contratto di" lead and its joining word in raw, or 0.
func contractLeadEnd(raw string) int {
	f := strings.Fields(raw)
	if len(f) < 2 {
		return 0
	}
	first := strings.ToLower(f[0])
	if first != "contrat" && first != "contrato" && first != "contratto" {
		return 0
	}
	i := strings.Index(raw, f[0]) + len(f[0])
	i = len(raw) - len(strings.TrimLeft(raw[i:], " "))
	if g := strings.Fields(raw[i:]); len(g) > 1 {
		switch strings.ToLower(g[0]) {
		case "de", "du", "à", "a", "di", "por", "per":
			i += len(g[0])
			i = len(raw) - len(strings.TrimLeft(raw[i:], " "))
		}
	}
	for _, ap := range []string{"d'", "d’", "D'", "D’"} {
		if strings.HasPrefix(raw[i:], ap) {
			i += len(ap)
			break
		}
	}
	if i >= len(raw) {
		return 0
	}
	return i
}
