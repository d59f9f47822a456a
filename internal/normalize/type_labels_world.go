package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// A description's own type field written out as a label at the start of a
// line, in the languages the English "Employment type:" reader does not
// know: Polish "Rodzaj umowy:", "Wymiar pracy:"; Czech and Slovak "Typ
// úvazku:", "Druh pracovního poměru:"; Finnish "Työsuhde:", "Työaika:";
// Turkish "Çalışma şekli:"; Hungarian "Foglalkoztatás típusa:";
// Romanian "Tip job:", "Tip contract:"; Italian "Tipo di contratto:";
// Indonesian and Malay "Tipe pekerjaan:", "Jenis pekerjaan:"; Vietnamese
// "Loại hình:"; Greek "Τύπος απασχόλησης:"; Ukrainian and Russian "Тип
// зайнятості:", "Тип занятости:"; Brazilian "Regime de contratação:";
// Nordic, Dutch, German, French labels the others miss ("Työsuhteen
// tyyppi", "Ansættelsesform", "Arbeitszeit", "Temps de travail"). The
// value is read as a type field (MapEmploymentType, then worldTermType);
// of several labels the first kind in worldTermOrder wins
// ("Määräaikainen" and "Osa-aikatyö" is part-time, as "Part-time
// temporary" reads).

// worldTypeLabels are the labels, lower case; each one's key is
// worldModeKey's.
var worldTypeLabels = []string{
	"rodzaj umowy", "typ umowy", "forma zatrudnienia", "wymiar pracy", "wymiar etatu", "rodzaj zatrudnienia",
	"typ úvazku", "druh pracovního poměru", "typ pracovního poměru", "forma spolupráce", "typ úväzku", "druh pracovného pomeru",
	"työsuhde", "työsuhteen tyyppi", "työsuhteen kesto", "työaika", "työn tyyppi",
	"çalışma şekli", "çalışma tipi", "istihdam türü", "pozisyon türü", "iş tipi",
	"foglalkoztatás típusa", "foglalkoztatás jellege", "munkaidő", "munkarend",
	"tip job", "tipul jobului", "tip contract", "tip angajare", "tipul contractului",
	"tipo di contratto", "tipologia contrattuale", "tipologia di contratto", "contratto", "orario di lavoro",
	"tipe pekerjaan", "jenis pekerjaan", "status pekerjaan", "jenis kontrak", "status kerja",
	"loại hình", "loại hình công việc", "loại hợp đồng", "hình thức",
	"τύπος απασχόλησης", "είδος απασχόλησης", "τύπος σύμβασης",
	"тип зайнятості", "зайнятість", "тип занятости", "занятость", "вид занятости", "тип договору",
	"regime de contratação", "tipo de vaga", "tipo de contratação", "regime de trabalho",
	"anställningsform", "anställningstyp", "omfattning", "ansettelsesform", "stillingstype", "ansættelsesform", "ansættelsestype",
	"dienstverband", "type dienstverband", "soort dienstverband", "contractvorm", "arbeidsovereenkomst",
	"anstellungsart", "beschäftigungsart", "vertragsart", "art der anstellung", "arbeitszeit",
	"type de contrat", "temps de travail", "type d'emploi", "nature du contrat",
	"jornada", "tipo de empleo", "tipo de jornada", "modalidad de contratación",
}

// worldTypeLabelRe finds a label opening a line (or a field after "|" or
// "•") and its value, up to the line's end; tried around the labels' keys.
var worldTypeLabelRe = func() *keyRegexp {
	var alts, keys []string
	seen := map[string]bool{}
	for _, l := range worldTypeLabels {
		alts = append(alts, regexp.QuoteMeta(l))
		k := worldModeKey(l)
		if r, n := utf8.DecodeRuneInString(k); r >= 0x80 && strings.HasPrefix(l, k) {
			k = k[n:] // a key opening beyond ASCII is missed in capitals ("Çalışma", "Зайнятість"): its tail is the key
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	// Longest first, so "työsuhteen tyyppi" is read whole.
	for i := 1; i < len(alts); i++ {
		for j := i; j > 0 && len(alts[j]) > len(alts[j-1]); j-- {
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	return newPlainKeyRegexp(`(?i)(?:^|[\n|•])[ \t*]*(?:`+strings.Join(alts, "|")+`)[ \t*]*[:：][ \t*]*([^\n|•;]{2,60})`, 40, 70, keys...)
}()

// worldLabelType reads the labels' values (ParseType calls it after the
// English and Iberian label readers); unknown when none names a type. A
// title naming an intern or trainee in worldTerms' words beats the label
// ("Stażysta ds. marketingu" over "Wymiar pracy: pełny etat").
func worldLabelType(title, text string) model.JobType {
	t := worldLabelValues(text)
	if t != model.TypeUnknown && t != model.TypeInternship && worldTermType(title) == model.TypeInternship {
		return model.TypeInternship
	}
	return t
}

// worldLabelValues reads the labels' values.
func worldLabelValues(text string) model.JobType {
	found := [len(worldTermOrder)]bool{}
	any := false
	var buf [8][2]int
	vs := buf[:0]
	for _, m := range worldTypeLabelRe.FindAllStringSubmatchIndex(text, 4) {
		vs = append(vs, [2]int{m[2], m[3]})
	}
	for _, m := range colonLabelValues(text, colonTypeLabel, 4, 60) { // moreTypeLabels (label_lines_more.go)
		vs = append(vs, [2]int{m.vStart, m.vEnd})
	}
	for _, m := range vs {
		v := strings.TrimSpace(text[m[0]:m[1]])
		t := worldLabelValueType(v)
		if t == model.TypeUnknown {
			if i := strings.Index(v, ". "); i >= 2 {
				t = worldLabelValueType(v[:i]) // "Temps de travail : mi-temps. Développer ...": the value ends with its sentence
			}
		}
		if i := indexType(t); i >= 0 {
			found[i], any = true, true
		}
	}
	if !any {
		return model.TypeUnknown
	}
	for i, f := range found {
		if f {
			return worldTermOrder[i]
		}
	}
	return model.TypeUnknown
}

// worldLabelValueType reads one label's value as a type field.
func worldLabelValueType(v string) model.JobType {
	if t := MapEmploymentType(v); t != model.TypeUnknown {
		return t
	}
	return worldTermType(v)
}

// indexType is t's place in worldTermOrder, or -1.
func indexType(t model.JobType) int {
	for i, x := range worldTermOrder {
		if x == t {
			return i
		}
	}
	return -1
}
