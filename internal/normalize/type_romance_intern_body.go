package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// An internship named in an Italian or Portuguese description under a
// title that does not name it: "Tirocinio extracurriculare di 6 mesi con
// rimborso spese" under "Analyst", "Vaga de estágio remoto" under "Vaga
// de TI", "Estágio remunerado em marketing". The title readers know
// "tirocinio" and "estágio" (titleIntern); in a description the noun must
// come with a word that makes it this job's kind (curricular, paid, its
// length, "vaga de", "offerta di"), and not with past experience or a
// verb of running it: "esperienza di tirocinio" and "experiência prévia
// de estágio" ask for an internship done before, "coordenar o programa de
// estágio" is work on the programme.

var (
	// romanceInternBodyRe is the internship noun with a word that makes
	// it the job's kind.
	romanceInternBodyRe = regexp.MustCompile(`(?i)\btirocini?o?\s+(?:extra-?curriculare|curriculare|formativo|retribuito|non\s+retribuito|professionalizzante|di\s+(?:\d{1,2}|tre|sei|dodici)\s+mesi|full[- ]time|part[- ]time)\b` +
		`|\b(?:offerta|proposta|opportunit[àa]|posizione|percorso)\s+di\s+tirocinio\b` +
		`|\b(?:vagas?|programa|oportunidade|processo\s+seletivo)\s+de\s+est[aá]gio\b` +
		`|\best[aá]gio\s+(?:remunerado|obrigat[oó]rio|n[aã]o[- ]obrigat[oó]rio|curricular|extracurricular|remoto|h[ií]brido|presencial|de\s+(?:\d{1,2}|tr[eê]s|seis|doze)\s+meses|em\s+\p{L}+)` +
		`|\bbolsa[- ]est[aá]gio\b`)
	// romanceInternPast is past experience right before the noun, or a
	// verb of running the programme: "coordenar o programa de estágio",
	// "gestire i tirocini".
	romanceInternPast = regexp.MustCompile(`(?i)(?:(?:esperienz[ae]|experi[eê]ncias?)\s+(?:pr[eé]vias?\s+|precedent[ei]\s+)?(?:di|de|em|in|nel|no)\s+(?:\p{L}+\s+)?` +
		`|\b(?:coordenar|gerenciar|gerir|liderar|supervisionar|acompanhar|coordinare|gestire|seguire|supervisionare|coordinerai|gestirai|seguirai)\s+(?:\p{L}+\s+){0,2})$`)
)

// romanceInternBody returns internship when text names an Italian or
// Portuguese internship as the job's kind and the title is not a senior
// role; TypeUnknown otherwise. The regexp runs only on text holding
// "tirocin" or "est" with "gio".
func romanceInternBody(title, text string) model.JobType {
	if !containsFold(text, "tirocin") && !containsFold(text, "estági") && !containsFold(text, "estagi") {
		return model.TypeUnknown
	}
	if seniorTitle.MatchString(title) {
		return model.TypeUnknown
	}
	for _, m := range romanceInternBodyRe.FindAllStringIndex(text, 4) {
		if !romanceInternPast.MatchString(text[max(0, m[0]-40):m[0]]) {
			return model.TypeInternship
		}
	}
	return model.TypeUnknown
}
