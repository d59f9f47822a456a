package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A Spanish, Portuguese, French or Italian working-day label in a type field
// may carry the work mode beside it: "Jornada completa en remoto", "Temps
// plein - hybride", "Media jornada presencial", "Tempo parziale in sede".
// The mode word says where the work is done, not its hours, and the field
// readers know the label only as the whole value. The field is read again
// without its mode words when what is left still names a working day or
// time ("jornada", "tiempo", "temps", "tempo", "período", "horario",
// "time"): a mode with a bare "parcial" ("Teletrabajo parcial", partly
// remote) is no part-time post. Table tests in
// type_field_day_label_mode_test.go.

// dayLabelModeSingle are the one-word work modes cut from the field;
// dayLabelModePairs the two-word ones.
var (
	dayLabelModeSingle = map[string]bool{
		"presencial": true, "presenciales": true, "teletrabajo": true, "teletrabalho": true, "remoto": true, "remota": true,
		"remote": true, "híbrido": true, "hibrido": true, "híbrida": true, "hibrida": true, "hybrid": true, "hybride": true,
		"ibrido": true, "télétravail": true, "teletravail": true, "présentiel": true, "presentiel": true, "onsite": true,
		"presencialmente": true, "semipresencial": true,
	}
	dayLabelModePairs = map[string]bool{
		"a distancia": true, "a distância": true, "à distance": true, "sur site": true, "on site": true, "en remoto": true,
		"en remote": true, "em remoto": true, "home office": true, "en présentiel": true, "in sede": true, "da remoto": true,
		"in presenza": true, "en sede": true, "en oficina": true, "no escritório": true,
	}
	// dayLabelWords: what is left must hold one of them to be an hours label.
	dayLabelWords = []string{"jornada", "tiempo", "tempo", "temps", "período", "periodo", "horario", "horário", "time"}
)

// dayLabelModeFieldType reads a type field of at most 80 bytes that holds a
// work-mode word: without the mode words, the rest must still hold a
// working-day word and be a known type value. It returns that type, and
// unknown for anything else.
func dayLabelModeFieldType(raw string) model.JobType {
	if len(raw) < 8 || len(raw) > 80 {
		return model.TypeUnknown
	}
	low := strings.ToLower(raw)
	toks := strings.FieldsFunc(low, func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '—' || r == ',' || r == '/' || r == '|' || r == '(' || r == ')' || r == ':' || r == ';' || r == '·'
	})
	kept := make([]string, 0, len(toks))
	cut := false
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && dayLabelModePairs[toks[i]+" "+toks[i+1]] {
			cut = true
			i++
			continue
		}
		if dayLabelModeSingle[toks[i]] {
			cut = true
			continue
		}
		kept = append(kept, toks[i])
	}
	if !cut || len(kept) == 0 {
		return model.TypeUnknown
	}
	rest := strings.Join(kept, " ")
	if !containsAnyFold(rest, dayLabelWords) {
		return model.TypeUnknown
	}
	if t := MapEmploymentType(rest); t != model.TypeUnknown {
		return t
	}
	return worldTermType(rest)
}
