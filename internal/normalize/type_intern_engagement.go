package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Job types in these forms:
// a type field or short line that is "International ..." or "Internal ..."
// read as an internship; intern words in Lithuanian, Latvian, Finnish,
// Dutch, Turkish, Indonesian, Vietnamese, Japanese, Korean and Arabic
// titles; "C2H" (contract to hire) in a title; titles about contracts or
// contractors as a subject ("Contract Manufacturing Engineer", "Contractor
// Safety Coordinator"); a stated engagement length ("Duration: 6 months",
// "long-term contract"); an independent contractor named only in privacy
// or EEO boilerplate; Arabic type words; a hiring sentence naming an
// internship; a short line that starts with the schedule ("Full-time 40h
// per week").

// internKey reports whether a letters-only, lower-case type key names
// an internship: "intern", "internship", "paidinternship", not
// "international", "internal" or "internet".
func internKey(key string) bool {
	for i := 0; ; {
		j := strings.Index(key[i:], "intern")
		if j < 0 {
			return false
		}
		rest := key[i+j+len("intern"):]
		if !strings.HasPrefix(rest, "ation") && !strings.HasPrefix(rest, "al") && !strings.HasPrefix(rest, "et") {
			return true
		}
		i += j + len("intern")
	}
}

// foreignInternTitle is an intern word in other languages' titles:
// Lithuanian "praktika", "praktikantas", Latvian "prakse", Finnish
// "harjoittelija", Dutch "stagiair", Turkish "stajyer", Indonesian
// "magang", Vietnamese "thực tập", Japanese "インターン", Korean "인턴",
// Arabic "متدرب" (a trainee) and "تدريب" (training).
var foreignInternTitle = newCueRegexp(`(?i)\b(?:praktik(?:a|ų|os|antas|antė|antai|antės|ants)|prakse|praktikants|harjoittelija|harjoittelu|stagiair[se]?|stajyer|magang|pemagangan)\b|thực tập|インターン|인턴|متدرب|تدريب`)

// foreignInternTitleMatch reports an intern word of those languages in title.
func foreignInternTitleMatch(title string) bool {
	return title != "" && (foreignInternTitle.MatchString(title) || studyInternTitle(title) || persianInternTitle(title)) // type_title_study_agency.go, type_persian_words.go
}

// titleC2H is a contract-to-hire title: "QA Analyst (C2H)".
var titleC2H = newCueRegexp(`(?i)\bc2h\b|\bcontract\s+to\s+hire\b`)

// c2hTitleType reads a title's contract-to-hire note; unknown otherwise.
func c2hTitleType(title string) model.JobType {
	if titleC2H.MatchString(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// titleContractSubject is a contract or contractor that is the job's subject:
// "Contract Manufacturing Engineer", "Contractor Safety Coordinator",
// "Contracts Manager".
var titleContractSubject = newCueRegexp(`(?i)\bcontract\s+manufactur\w*|\bcontractors?\s+(?:safety|management|relations|compliance|onboarding|coordinat\w*|oversight|administrat\w*)\b`)

// dropContractSubjects removes the contract topics of a title.
func dropContractSubjects(title string) string {
	if !containsFold(title, "contract") {
		return title
	}
	return dropContractNounSubjects(titleContractSubject.ReplaceAllString(title, "")) // "Supplier Contract Performance" (type_title_contract_subjects.go)
}

// engagementLength is a stated engagement length or a term contract:
// "Duration: 6 months", "Contract length: 12 weeks", "long-term contract".
var engagementLength = newKeyRegexp(`(?i)(?:\n|\.\s|\|)\s*`+engagementBody+`|\b(?:long|short)[- ]term\s+contract\b`,
	24, 48, "duration", "length", "term")

// engagementLead is engagementLength's label opening the text (a key
// regexp's windows cannot tell the text's start from theirs).
var engagementLead = regexp.MustCompile(`(?i)^\s*` + engagementBody)

const engagementBody = `(?:contract\s+)?(?:duration|length|term)\s*:\s*\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:weeks?|months?|mos?)\b`

// contractorBoilerplate is an independent contractor named in a privacy or
// EEO notice: "your application for employment or an independent
// contractor role", "employees and independent contractors".
var contractorBoilerplate = regexp.MustCompile(`(?i)(?:employment|employee|employees)\s+(?:or|and)\s+(?:an?\s+)?$`)

// engagementContract reads a stated engagement length as a contract, and
// French contract words.
func engagementContract(text string) model.JobType {
	if engagementLength.MatchString(text) || engagementLead.MatchString(text[:min(len(text), 80)]) {
		return model.TypeContract
	}
	if t := frenchContractType(text); t != model.TypeUnknown {
		return t
	}
	if t := frenchBodyType(text); t != model.TypeUnknown {
		return t // "(H/F) - CDI - Paris", "Stage de 6 mois" (type_french_body.go)
	}
	if t := lengthBodyType(text); t != model.TypeUnknown {
		return t // "kontrak 6 bulan", "contrato de 12 meses" (type_body_length_world.go)
	}
	if t := contractPhraseType(text); t != model.TypeUnknown {
		return t // "contratto a tempo indeterminato", "een vast contract" (type_body_contract_phrases.go)
	}
	return worldPhraseType(text) // "un emploi à temps partiel", "w niepełnym wymiarze godzin" (type_body_world_phrases.go)
}

// frenchContract is a French contract in a description:
// "en CDI", "CDD de 6 mois", "CDI temps plein", "CDD 12 mois",
// "contrat à durée indéterminée", "contrat en
// alternance", "mission freelance", "mission d'intérim". CDI and CDD are
// read only in French wording: alone, in English, CDD is customer due
// diligence and CDI clinical documentation integrity.
var frenchContract = newKeyRegexp(`(?i)\b(?:en|un|contrat|poste)\s*:?\s*(?:de\s+)?((?-i:CDI|CDD))\b|\b((?-i:CDI|CDD))\s+(?:de|d'|à|en|renouvelable|temps\s+plein|\d{1,2}\s+mois)\b|`+
	`\bcontrat\s+(?:à\s+)?dur[ée]e\s+(ind[ée]termin[ée]e|d[ée]termin[ée]e)\b|\b(?:contrat|formation|poste|contrat\s+en)\s+(?:en\s+)?(alternance|apprentissage)\b|`+
	`\bmission\s+(?:en\s+)?(freelance|d'int[ée]rim|int[ée]rim)\b|\b(intérim|int[ée]rimaire)\b`,
	32, 40, "cdi", "cdd", "durée", "duree", "alternance", "apprentissage", "freelance", "intérim", "interim")

// frenchContractType returns the type of the first French contract; unknown
// when there is none.
func frenchContractType(text string) model.JobType {
	ms := frenchContract.FindAllStringSubmatch(text, 1)
	if len(ms) == 0 {
		return model.TypeUnknown
	}
	for _, g := range ms[0][1:] {
		switch v := strings.ToLower(g); {
		case v == "":
			continue
		case v == "cdi" || strings.HasPrefix(v, "ind"):
			return model.TypeFullTime
		case v == "alternance" || v == "apprentissage":
			return model.TypeInternship
		default:
			return model.TypeContract // CDD, durée déterminée, freelance, intérim
		}
	}
	return model.TypeUnknown
}

// boilerplateOnly reports a description whose every contract cue is an
// independent contractor in boilerplate ("for employment or an independent
// contractor role").
func boilerplateOnly(text string) bool {
	if !containsFold(text, "independent contractor") {
		return false
	}
	for _, m := range bodyContract.FindAllStringIndex(text, 8) {
		if !contractorBoilerplate.MatchString(text[max(0, m[0]-40):m[0]]) {
			return false
		}
	}
	return true
}

var (
	// arabicType is an Arabic schedule or contract: "دوام جزئي"
	// (part time), "دوام كامل" (full time), "عقد محدد المدة" (a fixed-term
	// contract), "عقد مؤقت" (a temporary contract).
	arabicPart     = newCueRegexp(`دوام\s+جزئي|عمل\s+جزئي`)
	arabicFull     = regexp.MustCompile(`دوام\s+كامل`)
	arabicContract = regexp.MustCompile(`عقد\s+(?:محدد\s+المدة|مؤقت)|عمل\s+مؤقت`)
	// hireIntern is a hiring sentence that names an internship or a
	// trainee (our interns): "Looking for a student internship in AI", "We
	// are seeking interns"; not "you will be hiring interns".
	hireIntern = newKeyRegexp(`(?i)(?:[.!?\n]\s*|\bwe(?:'re|\s+are)?\s+(?:now\s+|currently\s+)?|\bcurrently\s+)`+hireInternBody,
		40, 40, "looking for", "seeking", "hiring", "recruiting")
	// hireInternLead is hireIntern's sentence opening the text.
	hireInternLead = regexp.MustCompile(`(?i)^\s*` + hireInternBody)
	// scheduleAlone is a sentence that is only the schedule: "Salary
	// on request. Full-time."
	scheduleAlone = newKeyRegexp(`(?i)[.!?\n]\s*(full|part)[- ]?time\s*(?:[.!\n]|$)`, 8, 16, "full", "part")
	// scheduleLine is a short line that starts with the schedule:
	// "Full-time 40h per week", "Part-time, 20 hours".
	scheduleLine = regexp.MustCompile(`(?i)^\s*(full|part)[- ]?time\b\s*(?:[,:;-]\s*)?(?:\d{1,2}\s*(?:h|hrs?|hours?)\b|(?:position|role|job)\b|$)`)
)

const hireInternBody = `(?:looking\s+for|seeking|hiring|recruiting)\s+(?:an?\s+)?(?:(?:student|summer|paid|remote|graduate|university|research)\s+){0,2}(?:interns?|internships?|trainees?)\b`

// engagementBodyType reads the description's type in the forms above; unknown
// when it has none.
func engagementBodyType(title, text string) model.JobType {
	if text == "" {
		return model.TypeUnknown
	}
	if !isASCIIText(text) {
		switch {
		case arabicPart.MatchString(text):
			return model.TypePartTime
		case arabicContract.MatchString(text):
			return model.TypeContract
		case arabicFull.MatchString(text):
			return model.TypeFullTime
		}
		if t := arabicTermType(text); t != model.TypeUnknown {
			return t // "عقد لمدة سنة", "تدريب صيفي" (type_arabic_body.go)
		}
		if t := persianHoursBodyType(text); t != model.TypeUnknown {
			return t // "استخدام به صورت نیمه وقت" (type_persian_words.go)
		}
	}
	if frenchRecruitIntern(text) {
		return model.TypeInternship // "Nous recherchons un alternant" (type_title_study_agency.go)
	}
	if !seniorTitle.MatchString(title) && (hireIntern.MatchString(text) || hireInternLead.MatchString(text[:min(len(text), 120)])) {
		return model.TypeInternship
	}
	if m := scheduleAlone.FindAllStringSubmatch(text, 1); len(m) > 0 {
		if strings.EqualFold(m[0][1], "part") {
			return model.TypePartTime // "... codecs. Part-time."
		}
		return model.TypeFullTime
	}
	for line := range strings.Lines(text) {
		if len(line) > 48 {
			continue
		}
		if m := scheduleLine.FindStringSubmatchIndex(line); m != nil && !fullDeniedAfter.MatchString(line[m[1]:]) { // "Full-time position is not available" (type_body_kind_choices.go)
			if strings.EqualFold(line[m[2]:m[3]], "part") {
				return model.TypePartTime
			}
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}
