package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment wording (table tests in regions_based_anywhere_test.go).

// titleContractFrench and titleContractGerman are fixed-term and agency
// work named in a French or German title: "Cuisinier (H/F) - Temporaire",
// "Serveur - Intérim", "Vendeur (H/F) - CDD", "Sachbearbeiter
// (befristet)". A bare "CDD" counts only set off by a bracket, dash, bar
// or comma (or "en CDD", "CDD de 6 mois"): "KYC/CDD Analyst" is customer
// due diligence. "unbefristet" (permanent) does not match: no word start.
var (
	titleContractFrench = regexp.MustCompile(`(?i)\btemporaire\b|\bint[ée]rim(?:aire)?\b|(?:[-–—(\[|,]\s*|\ben\s+)cdd\s*(?:$|[)\]|,–—-]|\bde\b|\d)`)
	titleContractGerman = regexp.MustCompile(`(?i)\bbefristet(?:e[rn]?)?\b|\bzeitarbeit\b`)
)

// foreignTitleContract reports fixed-term wording in a French or German
// title.
func foreignTitleContract(title string) bool {
	return foreignTitleContractGuarded(title) // guard_type_title.go
}

// fullBeforePart reports a title naming full time before part time
// ("Full-time or part-time role"): the first named schedule decides.
func fullBeforePart(title string) bool {
	if !containsFold(title, "f") {
		return false
	}
	f := titleFull.FindStringIndex(title)
	if f == nil {
		return false
	}
	p := titlePart.FindStringIndex(title)
	return p != nil && f[0] < p[0]
}

// titleScheduleType is the title's schedule or fixed-term wording the cue list
// reads in the wrong order or not at all; TypeUnknown when there is none.
func titleScheduleType(title string) model.JobType {
	switch {
	case foreignTitleContract(title), germanAgencyTitle(title): // "Leiharbeit", "(AÜ)" (type_title_study_agency.go)
		return model.TypeContract
	case fullBeforePart(title):
		return model.TypeFullTime
	}
	if strings.Contains(title, "PRN") || strings.Contains(title, "FT/") || strings.Contains(title, "PT/") {
		return prnTitleType(title)
	}
	return model.TypeUnknown
}

// Healthcare and schedule wording:
// PRN ("pro re nata", as needed) is per diem work, which this project
// files as contract; "FTE: 0.5" is a part-time load; "Status: Full time"
// and a bare "Employment Type Full time" line are the source's type.
var (
	// titlePRN is PRN in a title as a schedule ("PRN Nurse Practitioner"),
	// not as a medication order ("NP - PRN Medication Management").
	titlePRN     = regexp.MustCompile(`\bPRN\b`)
	titlePRNMeds = regexp.MustCompile(`(?i)\bPRN\s+(?:medications?|meds?|orders?|dosing|doses?)\b`)
	// titleTypeList is a bracketed list of schedules, the first deciding:
	// "PMHNP (FT/PRN)", "Cashier [PT/FT]".
	titleTypeList = regexp.MustCompile(`[(\[]\s*(FT|PT|PRN)\s*/\s*(?:FT|PT|PRN)\s*[)\]]`)

	// bodyPerDiem is per diem or PRN work stated as the job's schedule.
	bodyPerDiem = regexp.MustCompile(`(?i)\b(?:as[- ]needed\s*\(?prn\)?\s+(?:position|role|job|basis|opening)|on an? (?:prn|per[- ]diem|as[- ]needed\s*\(prn\)) basis|prn (?:position|role|job|basis|opening|team|pool)s?\b|(?:hiring|seeking|looking for|need) an? (?:prn|per[- ]diem) \p{L}+|per[- ]diem (?:role|position|job|basis|opening|team|pool)s?\b)`)
	// prnMedsBefore is medication wording just before a PRN match: "give
	// medications on a PRN basis" is dosing, not a schedule.
	prnMedsBefore = regexp.MustCompile(`(?i)\b(?:medications?|meds|doses?|dosing|orders?|administer\w*|prescrib\w*)\b[^.!?\n]{0,30}$`)
	// body1099 is 1099 (US independent-contractor tax form) work.
	body1099 = regexp.MustCompile(`(?i)(?:^|[^$\d,.])\b1099\s+(?:independent|contractors?|position|role|basis|only|status|opportunit(?:y|ies)|engagement)\b`)
	// bodyTwoSchedules names two schedules for the job, the first deciding:
	// "full-time or part-time schedules", "part-time or full-time positions",
	// "full-time and part-time hours available".
	bodyTwoSchedules = regexp.MustCompile(`(?i)\b(full|part)[- ]?time\s+(?:or|and/or|and|/|&)\s+(?:full|part)[- ]?time\s+(?:schedules?|positions?|roles?|shifts?|opportunit(?:y|ies)|hours|availability|openings?|options?)\b`)
	// bodyFullSchedule is a full-time schedule or shift: "We offer a
	// full-time schedule", "Full time, day shift".
	bodyFullSchedule = regexp.MustCompile(`(?i)\b(?:(?:a|our|the)\s+full[- ]?time\s+schedule|full[- ]?time,?\s+(?:day|night|evening|weekend|rotating|morning)s?\s+shifts?)\b`)
	// bodyFTE is a full-time-equivalent load: "FTE: 0.5", "0.8 FTE".
	bodyFTE = regexp.MustCompile(`\bFTE\s*[:=]?\s*(0?\.\d+|1(?:\.0+)?)\b|(?:^|[^\d.])(0?\.\d+|1\.0+)\s*FTE\b`)
	// statusLine is a "Status:" label, and employmentLine a bare
	// "Employment Type Full time" line (no colon).
	statusLine     = regexp.MustCompile(`(?i)^[ \t]*(?:employment |job |position )?status\s*:\s*([^\n.;]{1,40})`)
	employmentLine = regexp.MustCompile(`(?i)^[ \t]*employment type[ \t]+([^\n:]{1,30}?)[ \t]*(?:\n|$)`)
	// bodyInternRole is "our software engineer intern role".
	bodyInternRole = newCueRegexp(`(?i)\bintern (?:role|position|opening|vacancy)\b`)
)

// prnTitleType reads PRN and bracketed schedule lists in a title.
func prnTitleType(title string) model.JobType {
	if m := titleTypeList.FindStringSubmatch(title); m != nil {
		switch m[1] {
		case "FT":
			return model.TypeFullTime
		case "PT":
			return model.TypePartTime
		}
		return model.TypeContract
	}
	if titlePRN.MatchString(title) && !titlePRNMeds.MatchString(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// labelTypeKeys are the words labelBodyType looks for, in one pass.
var labelTypeKeys = newFoldWords("status", "employment type", "time", "prn", "diem", "intern ", "1099", "fte")

// labelBodyType reads the labels, schedules and loads above from a
// description; TypeUnknown when there are none. One pass finds the key
// words (the first few places of each); each regexp then runs on a short
// window around a place, not on the whole text.
func labelBodyType(title, text string) model.JobType {
	var st, em, tm [6]int
	var nst, nem, ntm int
	var perDiem, k1099, fte, intern bool
	for i := 0; i < len(text); i++ {
		for _, w := range labelTypeKeys[text[i]] {
			if !hasPrefixFold(text[i:], w) {
				continue
			}
			switch w {
			case "status":
				if nst < len(st) {
					st[nst], nst = i, nst+1
				}
			case "employment type":
				if nem < len(em) {
					em[nem], nem = i, nem+1
				}
			case "time":
				if ntm < len(tm) && scheduleBefore(text, i) {
					tm[ntm], ntm = i, ntm+1
				}
			case "prn", "diem":
				perDiem = true
			case "1099":
				k1099 = true
			case "fte":
				fte = fte || strings.HasPrefix(text[i:], "FTE")
			case "intern ":
				intern = true
			}
		}
	}
	for _, i := range st[:nst] {
		if ls := lineStart(text, i); i-ls <= 24 {
			if m := statusLine.FindStringSubmatch(text[ls:min(len(text), i+60)]); m != nil {
				if t := MapEmploymentType(m[1]); t != model.TypeUnknown {
					return t // "Status: Full time", "Status: As Needed (PRN)"
				}
			}
		}
	}
	for _, i := range em[:nem] {
		if ls := lineStart(text, i); i-ls <= 4 {
			if m := employmentLine.FindStringSubmatch(text[ls:min(len(text), i+50)]); m != nil {
				if t := MapEmploymentType(m[1]); t != model.TypeUnknown {
					return t
				}
			}
		}
	}
	for _, i := range tm[:ntm] {
		after := text[i+4 : min(len(text), i+40)]
		two := afterTimeJoin(after)
		if !two && !containsFold(after, "schedule") && !containsFold(after, "shift") {
			continue
		}
		w := text[max(0, i-12):min(len(text), i+60)]
		if m := bodyTwoSchedules.FindStringSubmatch(w); two && m != nil {
			if m[1][0]|0x20 == 'f' {
				return model.TypeFullTime
			}
			return model.TypePartTime
		}
		if bodyFullSchedule.MatchString(w) {
			return model.TypeFullTime
		}
	}
	if perDiem {
		for _, loc := range bodyPerDiem.FindAllStringIndex(text, -1) {
			if !prnMedsBefore.MatchString(text[max(0, loc[0]-40):loc[0]]) {
				return model.TypeContract
			}
		}
		if prnShiftsBody(text) {
			return model.TypeContract // "pick up shifts PRN" (type_prn_shifts.go)
		}
	}
	if k1099 && body1099.MatchString(text) {
		return model.TypeContract
	}
	if fte {
		if m := bodyFTE.FindStringSubmatch(text); m != nil {
			if v, err := strconv.ParseFloat(firstNonEmpty(m[1:]...), 64); err == nil && v > 0 && v <= 1 {
				if v < 1 {
					return model.TypePartTime
				}
				return model.TypeFullTime
			}
		}
	}
	if intern && !seniorTitle.MatchString(title) && bodyInternRole.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}

// scheduleBefore reports "full" or "part" just before text[i:] ("time"),
// glued or with one space or hyphen between.
func scheduleBefore(text string, i int) bool {
	for _, k := range []int{4, 5} {
		if i >= k && (hasPrefixFold(text[i-k:], "full") || hasPrefixFold(text[i-k:], "part")) {
			return true
		}
	}
	return false
}

// afterTimeJoin reports "or", "and/or", "/" or "&" after "time" and
// optional spaces: "full-time or part-time".
func afterTimeJoin(after string) bool {
	j := 0
	for j < len(after) && after[j] == ' ' {
		j++
	}
	rest := after[j:]
	return hasPrefixFold(rest, "or ") || hasPrefixFold(rest, "and/or") || hasPrefixFold(rest, "and ") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "&")
}

// lineStart is the index where the line holding text[i] starts.
func lineStart(text string, i int) int { return strings.LastIndexByte(text[:i], '\n') + 1 }

// indexWordFold is the index of the lower-case ASCII word in s at or after
// from, ignoring ASCII case, or -1.
func indexWordFold(s, word string, from int) int {
	if word == "" {
		return -1
	}
	c0 := word[0]
	for i := max(from, 0); i+len(word) <= len(s); i++ {
		if s[i]|0x20 == c0 && hasPrefixFold(s[i:], word) {
			return i
		}
	}
	return -1
}
