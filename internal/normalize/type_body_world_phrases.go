package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Hours and terms said in a description's sentence in other languages,
// where the English cues and the label readers find nothing: French "un
// emploi à temps partiel" (also "job étudiant temps partiel", "poste temps
// plein", "le poste est à temps partiel": a student adjective, the
// preposition and "est à" may be there) and "un poste temporaire", Italian "lavoro part-time di 24 ore" and
// "posizione a tempo parziale", Dutch
// "een parttime functie", Polish "w niepełnym wymiarze godzin", Turkish
// "tam zamanlı çalışacak", Russian "в режиме частичной занятости",
// Swedish and Norwegian "heltidstjänst", Danish "fuldtidsstilling", Norwegian "fast stilling", German "einen
// Minijob" and "als Werkstudent", Portuguese "vaga de estágio", Spanish
// "beca de formación", Russian "стажировка с ...", "договор ГПХ" and
// "оформление по ГПХ" (signed on a civil-law contract), "по
// контракту", "контракт на 6 месяцев" and "срочный трудовой договор",
// Japanese "契約期間：1年" and Korean "계약기간 1년" (a stated contract
// period), Dutch "freelance opdracht", Portuguese "contrato a termo" and
// Swahili "mkataba wa muda" (a fixed-term contract; "contrato sem termo"
// and "mkataba wa kudumu" are open-ended and not read). Each phrase names the post's
// hours or terms: a word alone ("partiel", "fast", "staż") is not read.
// The first phrase in the text decides; phrases of two kinds at one
// place do not occur. The regexps in Latin script are tried around their
// key words (keyRegexp); the others only on text holding their gate.

type worldPhrase struct {
	gates []string // for a plain regexp: any one, matched as written (see anyGate); nil for a key regexp
	re    submatcher
	read  func(word string) model.JobType
}

// nonLetter is the left edge of a word for scripts RE2's \b does not know.
const nonLetter = `(?:^|[^\p{L}])`

var worldPhrases = []worldPhrase{
	{nil, newKeyRegexp(`(?i)\b(?:emploi|poste|contrat|travail|cdi|cdd|jobs?)(?:\s+[ée]tudiant(?:e|s|es)?)?\s+(?:(?:est|sera)\s+(?:à|a)\s+|(?:(?:à|a|en)\s+)?)temps\s+(partiel|plein)\b|\btemps\s+(partiel|plein)\s*[,(]?\s*\d{2}\s*h`, 40, 30, "partiel", "plein"), frenchLoad},
	// "poste temporaire", "mission temporaire": a French post named as
	// temporary ("temporairement" is another word).
	{nil, newKeyRegexp(`(?i)\b(?:poste|emploi|mission|contrat)s?\s+(temporaire)s?\b`, 20, 3, "temporaire"), func(string) model.JobType { return model.TypeContract }},
	{nil, newKeyRegexp(`(?i)\b(?:lavoro|impiego|contratto|posizione|ruolo)\s+(part|full)[- ]time\b|\b(part|full)[- ]time\s+(?:di\s+|da\s+)?\d{1,2}\s*ore\s+settimanal`, 30, 40, "lavoro", "impiego", "contratt", "posizione", "ruolo", "settimanal"), schedWord},
	{nil, newKeyRegexp(`(?i)\b(?:lavoro|impiego|contratto|posizione|ruolo|orario)\s+(?:a\s+)?tempo\s+(parziale|pieno)\b`, 30, 20, "tempo"), italianTempo},
	{nil, newKeyRegexp(`(?i)\b(?:een\s+|de\s+)?(deeltijd|voltijd)s?\s*(?:functie|baan|dienstverband|job)\b`, 10, 30, "deeltijd", "voltijd"), schedWord},
	{nil, newKeyRegexp(`(?i)\b(?:een|de|deze)\s+(parttime|fulltime)\s*(?:functie|baan|dienstverband|job)\b`, 30, 5, "functie", "dienstverband"), schedWord},
	{nil, newKeyRegexp(`(?i)\bw\s+(pełnym|niepełnym|pelnym|niepelnym)\s+wymiarze\b`, 30, 5, "wymiarze"), func(w string) model.JobType {
		if strings.HasPrefix(w, "nie") {
			return model.TypePartTime
		}
		return model.TypeFullTime
	}},
	{nil, newKeyRegexp(`(?i)(tam|yarı)\s+zamanlı\s+(?:olarak\s+)?(?:çalışacak|çalışma|personel|eleman|pozisyon|iş)`, 10, 40, "zaman"), func(w string) model.JobType {
		if strings.ToLower(w) == "tam" {
			return model.TypeFullTime
		}
		return model.TypePartTime
	}},
	{[]string{"анятост"}, regexp.MustCompile(`(?i)` + nonLetter + `(?:в\s+)?режиме\s+(частичной|полной|неполной)\s+занятости`), func(w string) model.JobType {
		if strings.ToLower(w) == "полной" {
			return model.TypeFullTime
		}
		return model.TypePartTime
	}},
	{nil, newKeyRegexp(`(?i)\b(heltids|deltids|fuldtids)(?:tjänst|anställning|stilling|jobb)\b`, 0, 20, "heltids", "deltids", "fuldtids"), func(w string) model.JobType {
		if strings.HasPrefix(strings.ToLower(w), "d") {
			return model.TypePartTime
		}
		return model.TypeFullTime // "heltids", Danish "fuldtids"
	}},
	{nil, newKeyRegexp(`(?i)\b(fast)\s+(?:stilling|ansettelse)\b`, 10, 5, "stilling", "ansettelse"), func(string) model.JobType { return model.TypeFullTime }},
	{nil, newKeyRegexp(`(?i)\b(?:als|einen|im|ein|auf)\s+(minijob)\b`, 10, 5, "minijob"), func(string) model.JobType { return model.TypePartTime }},
	{nil, newKeyRegexp(`(?i)\b(?:dich|sie|uns)\s+als\s+(werkstudent)(?:in|\*in|:in)?\b`, 15, 10, "werkstudent"), func(string) model.JobType { return model.TypeInternship }},
	{nil, newKeyRegexp(`(?i)\b(praktikum)\s+(?:für|von|über)\s+(?:\d{1,2}|drei|sechs)\s+Monate\b`, 0, 30, "praktikum"), func(string) model.JobType { return model.TypeInternship }},
	{nil, newKeyRegexp(`(?i)\b(praktikant)(?:in|/in|\*in|:in|\(in\))?\s+(?:für|von)\s+(?:\d{1,2}|drei|vier|fünf|sechs|zwölf)\s+Monate\b`, 0, 40, "praktikant"), func(string) model.JobType { return model.TypeInternship }},
	{[]string{"raktikum im Bereich"}, germanInternHeading, func(string) model.JobType { return model.TypeInternship }}, // type_body_german_intern_heading.go
	{nil, newKeyRegexp(`(?i)\b(?:vaga|oportunidade|processo\s+seletivo)\s+de\s+(est[aá]gio)\b`, 5, 30, "vaga", "oportunidade", "seletivo"), func(string) model.JobType { return model.TypeInternship }},
	{nil, newKeyRegexp(`(?i)\b(beca)\s+de\s+formaci[oó]n\b`, 20, 5, "formaci"), func(string) model.JobType { return model.TypeInternship }},
	{[]string{"тажировк"}, regexp.MustCompile(`(?i)^\s*(стажировка)\s+(?:с|в|на|для)\s`), func(string) model.JobType { return model.TypeInternship }},
	{[]string{"оговор", "ГПХ", "гпх"}, regexp.MustCompile(`(?i)` + nonLetter + `(?:(договор[уа]?)\s+гпх|(?:оформлени\pL*|трудоустройств\pL*|работ[аы]|устройство)\s+по\s+(гпх))(?:$|[^\pL])`), func(string) model.JobType { return model.TypeContract }},
	{[]string{"онтракт"}, regexp.MustCompile(`(?i)` + nonLetter + `(?:по\s+(контракту)|(контракт)\s+(?:на\s+(?:\d{1,2}|один|два|три|шесть|девять|двенадцать)\s+(?:месяц\pL*|год\pL*|лет)|на\s+(?:полгода|год)|сроком))` + `(?:$|[^\pL])`), func(string) model.JobType { return model.TypeContract }},
	{[]string{"рочн"}, regexp.MustCompile(`(?i)` + nonLetter + `(срочн\pL+)\s+трудов\pL+\s+договор`), func(string) model.JobType { return model.TypeContract }},
	{[]string{"契約期間"}, regexp.MustCompile(`(契約期間)\s*[：:]?\s*[0-9０-９一二三六]+\s*(?:年|ヶ月|か月|カ月|ケ月)`), func(string) model.JobType { return model.TypeContract }},
	{[]string{"계약기간"}, regexp.MustCompile(`(계약기간)\s*[:：]?\s*\d{1,2}\s*(?:년|개월)`), func(string) model.JobType { return model.TypeContract }},
	{nil, newKeyRegexp(`(?i)\b(freelance|zzp)[- ]?opdracht\b`, 15, 3, "opdracht"), func(string) model.JobType { return model.TypeContract }},
	{nil, newKeyRegexp(`(?i)\b(contrato)\s+(?:de\s+trabalho\s+)?a\s+termo\b`, 30, 3, "termo"), func(string) model.JobType { return model.TypeContract }},
	{nil, newKeyRegexp(`(?i)\b(mkataba)\s+wa\s+muda\b`, 0, 15, "mkataba"), func(string) model.JobType { return model.TypeContract }},
	// "contrato por prestación de servicios" (type_body_spanish_service_contract.go)
	{nil, spanishServiceContract, func(string) model.JobType { return model.TypeContract }},
}

// frenchLoad reads "partiel" or "plein".
func frenchLoad(w string) model.JobType {
	if strings.HasPrefix(strings.ToLower(w), "part") {
		return model.TypePartTime
	}
	return model.TypeFullTime
}

// schedWord reads "part"/"parttime"/"deeltijd" or "full"/"fulltime"/"voltijd".
func schedWord(w string) model.JobType {
	switch l := strings.ToLower(w); {
	case strings.HasPrefix(l, "part"), strings.HasPrefix(l, "deel"):
		return model.TypePartTime
	}
	return model.TypeFullTime
}

// worldPhraseType reads worldPhrases; unknown when the text holds none.
func worldPhraseType(text string) model.JobType {
	if text == "" {
		return model.TypeUnknown
	}
	keyOnce.Do(shareKeys) // worldPhraseGates
	best, got := len(text)+1, model.TypeUnknown
	for i, p := range worldPhrases {
		if p.gates != nil && (!worldPhraseGates[i].may(text) || !anyGate(text, p.gates)) {
			continue
		}
		ms := p.re.FindAllStringSubmatchIndex(text, 1)
		if ms == nil || ms[0][0] >= best {
			continue
		}
		m := ms[0]
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				best, got = m[0], p.read(text[m[g]:m[g+1]])
				break
			}
		}
	}
	return got
}

// worldPhraseGates are the word gates (word_gate.go) of worldPhrases'
// gates, by index: the shared key scan's answer first. Other files' init
// functions add phrases, so the gates are made when the shared keys are
// (keyLate), after every init.
var worldPhraseGates []*wordGate

func init() {
	keyLate = append(keyLate, func() {
		worldPhraseGates = make([]*wordGate, len(worldPhrases))
		for i, p := range worldPhrases {
			if p.gates != nil {
				worldPhraseGates[i] = newExactGate(p.gates...)
			}
		}
	})
}

// anyGate reports whether text holds one of gates as written (the gates
// leave out a word's first letter where it may be a capital).
func anyGate(text string, gates []string) bool {
	for _, g := range gates {
		if strings.Contains(text, g) {
			return true
		}
	}
	return false
}

// italianTempo reads "parziale" as part time and "pieno" as full time.
func italianTempo(w string) model.JobType {
	if strings.EqualFold(w, "parziale") {
		return model.TypePartTime
	}
	return model.TypeFullTime
}
