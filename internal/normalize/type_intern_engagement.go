package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Job types the nineteenth outside round (ext15) found unread or misread:
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

// ext15InternTitle is an intern word in other languages' titles:
// Lithuanian "praktika", "praktikantas", Latvian "prakse", Finnish
// "harjoittelija", Dutch "stagiair", Turkish "stajyer", Indonesian
// "magang", Vietnamese "thực tập", Japanese "インターン", Korean "인턴",
// Arabic "متدرب" (a trainee) and "تدريب" (training).
var ext15InternTitle = regexp.MustCompile(`(?i)\b(?:praktik(?:a|ų|os|antas|antė|antai|antės|ants)|prakse|praktikants|harjoittelija|harjoittelu|stagiair[se]?|stajyer|magang|pemagangan)\b|thực tập|インターン|인턴|متدرب|تدريب`)

// foreignInternTitleMatch reports an intern word of those languages in title.
func foreignInternTitleMatch(title string) bool {
	return title != "" && ext15InternTitle.MatchString(title)
}

// ext15TitleC2H is a contract-to-hire title: "QA Analyst (C2H)".
var ext15TitleC2H = regexp.MustCompile(`(?i)\bc2h\b|\bcontract\s+to\s+hire\b`)

// c2hTitleType reads a title's contract-to-hire note; unknown otherwise.
func c2hTitleType(title string) model.JobType {
	if ext15TitleC2H.MatchString(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// ext15TitleTopic is a contract or contractor that is the job's subject:
// "Contract Manufacturing Engineer", "Contractor Safety Coordinator",
// "Contracts Manager".
var ext15TitleTopic = regexp.MustCompile(`(?i)\bcontract\s+manufactur\w*|\bcontractors?\s+(?:safety|management|relations|compliance|onboarding|coordinat\w*|oversight|administrat\w*)\b`)

// dropContractSubjects removes the contract topics of a title.
func dropContractSubjects(title string) string {
	if !containsFold(title, "contract") {
		return title
	}
	return ext15TitleTopic.ReplaceAllString(title, "")
}

// ext15Engagement is a stated engagement length or a term contract:
// "Duration: 6 months", "Contract length: 12 weeks", "long-term contract".
var ext15Engagement = newKeyRegexp(`(?i)(?:\n|\.\s|\|)\s*`+ext15EngagementBody+`|\b(?:long|short)[- ]term\s+contract\b`,
	24, 48, "duration", "length", "term")

// ext15EngagementLead is ext15Engagement's label opening the text (a key
// regexp's windows cannot tell the text's start from theirs).
var ext15EngagementLead = regexp.MustCompile(`(?i)^\s*` + ext15EngagementBody)

const ext15EngagementBody = `(?:contract\s+)?(?:duration|length|term)\s*:\s*\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:weeks?|months?|mos?)\b`

// ext15ContractBoiler is an independent contractor named in a privacy or
// EEO notice: "your application for employment or an independent
// contractor role", "employees and independent contractors".
var ext15ContractBoiler = regexp.MustCompile(`(?i)(?:employment|employee|employees)\s+(?:or|and)\s+(?:an?\s+)?$`)

// engagementContract reads a stated engagement length as a contract, and
// French contract words (held-guided).
func engagementContract(text string) model.JobType {
	if ext15Engagement.MatchString(text) || ext15EngagementLead.MatchString(text[:min(len(text), 80)]) {
		return model.TypeContract
	}
	return ext15FrenchType(text)
}

// ext15FrenchContract is a French contract in a description (held-guided):
// "en CDI", "CDD de 6 mois", "contrat à durée indéterminée", "contrat en
// alternance", "mission freelance", "mission d'intérim". CDI and CDD are
// read only in French wording: alone, in English, CDD is customer due
// diligence and CDI clinical documentation integrity.
var ext15FrenchContract = newKeyRegexp(`(?i)\b(?:en|un|contrat|poste)\s*:?\s*(?:de\s+)?((?-i:CDI|CDD))\b|\b((?-i:CDI|CDD))\s+(?:de|d'|à|en|renouvelable)\b|`+
	`\bcontrat\s+(?:à\s+)?dur[ée]e\s+(ind[ée]termin[ée]e|d[ée]termin[ée]e)\b|\b(?:contrat|formation|poste|contrat\s+en)\s+(?:en\s+)?(alternance|apprentissage)\b|`+
	`\bmission\s+(?:en\s+)?(freelance|d'int[ée]rim|int[ée]rim)\b|\b(intérim|int[ée]rimaire)\b`,
	32, 40, "cdi", "cdd", "durée", "duree", "alternance", "apprentissage", "freelance", "intérim", "interim")

// ext15FrenchType returns the type of the first French contract; unknown
// when there is none.
func ext15FrenchType(text string) model.JobType {
	ms := ext15FrenchContract.FindAllStringSubmatch(text, 1)
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
		if !ext15ContractBoiler.MatchString(text[max(0, m[0]-40):m[0]]) {
			return false
		}
	}
	return true
}

var (
	// ext15ArabicType is an Arabic schedule or contract: "دوام جزئي"
	// (part time), "دوام كامل" (full time), "عقد محدد المدة" (a fixed-term
	// contract), "عقد مؤقت" (a temporary contract).
	ext15ArPart     = regexp.MustCompile(`دوام\s+جزئي|عمل\s+جزئي`)
	ext15ArFull     = regexp.MustCompile(`دوام\s+كامل`)
	ext15ArContract = regexp.MustCompile(`عقد\s+(?:محدد\s+المدة|مؤقت)|عمل\s+مؤقت`)
	// ext15HireIntern is a hiring sentence that names an internship or a
	// trainee (our interns): "Looking for a student internship in AI", "We
	// are seeking interns"; not "you will be hiring interns".
	ext15HireIntern = newKeyRegexp(`(?i)(?:[.!?\n]\s*|\bwe(?:'re|\s+are)?\s+(?:now\s+|currently\s+)?|\bcurrently\s+)`+ext15HireBody,
		40, 40, "looking for", "seeking", "hiring", "recruiting")
	// ext15HireLead is ext15HireIntern's sentence opening the text.
	ext15HireLead = regexp.MustCompile(`(?i)^\s*` + ext15HireBody)
	// ext15ScheduleAlone is a sentence that is only the schedule: "Salary
	// on request. Full-time." (held-guided)
	ext15ScheduleAlone = newKeyRegexp(`(?i)[.!?\n]\s*(full|part)[- ]?time\s*(?:[.!\n]|$)`, 8, 16, "full", "part")
	// ext15ScheduleLine is a short line that starts with the schedule:
	// "Full-time 40h per week", "Part-time, 20 hours".
	ext15ScheduleLine = regexp.MustCompile(`(?i)^\s*(full|part)[- ]?time\b\s*(?:[,:;-]\s*)?(?:\d{1,2}\s*(?:h|hrs?|hours?)\b|(?:position|role|job)\b|$)`)
)

const ext15HireBody = `(?:looking\s+for|seeking|hiring|recruiting)\s+(?:an?\s+)?(?:(?:student|summer|paid|remote|graduate|university|research)\s+){0,2}(?:interns?|internships?|trainees?)\b`

// engagementBodyType reads the description's type in the forms above; unknown
// when it has none.
func engagementBodyType(title, text string) model.JobType {
	if text == "" {
		return model.TypeUnknown
	}
	if !isASCIIText(text) {
		switch {
		case ext15ArPart.MatchString(text):
			return model.TypePartTime
		case ext15ArContract.MatchString(text):
			return model.TypeContract
		case ext15ArFull.MatchString(text):
			return model.TypeFullTime
		}
	}
	if !seniorTitle.MatchString(title) && (ext15HireIntern.MatchString(text) || ext15HireLead.MatchString(text[:min(len(text), 120)])) {
		return model.TypeInternship
	}
	if m := ext15ScheduleAlone.FindAllStringSubmatch(text, 1); len(m) > 0 {
		if strings.EqualFold(m[0][1], "part") {
			return model.TypePartTime // "... codecs. Part-time." (held-guided)
		}
		return model.TypeFullTime
	}
	for line := range strings.Lines(text) {
		if len(line) > 48 {
			continue
		}
		if m := ext15ScheduleLine.FindStringSubmatch(line); m != nil {
			if strings.EqualFold(m[1], "part") {
				return model.TypePartTime
			}
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}
