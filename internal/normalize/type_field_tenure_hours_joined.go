package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/gigscout/gigscout/internal/model"
)

// A type field that joins a tenure word and the hours
// in one value, with or without a separator, in many languages: "CDI temps
// partiel", "CDI 24H", "Festanstellung, Teilzeit", "Permanent - 20 hours a
// week", "vaste aanstelling, 24 uur". The tenure word says how long the
// post lasts, not how many hours it has, so:
//   - an open-ended word with a part-time word, or under 32 hours a week,
//     is part_time; with a full-time word or 35 hours or more, full_time;
//   - a fixed-term word with a full-time word (or 35 hours or more) is a
//     contract ("CDD temps plein"); with a part-time word it is left to the
//     other readers, which differ by language ("Teilzeit / befristet" and
//     "Deltid, visstid" are pinned as contracts, "Fixed term part time" as
//     part-time).
// A field naming both hours ("CDI temps plein ou partiel") is left to the
// other readers. Besides, a few whole values that name the tenure or the
// hours alone: Flemish "Voltijds"/"Deeltijds", Chinese labour-law terms
// (正式工 a regular worker, 非全日制 part-time work, 无固定期限 open-ended,
// 固定期限 fixed-term), Ukrainian/Russian open-ended and fixed-term
// contract words, the payroll words "On-roll" and "En planilla", and a
// regular code with an FT or PT tail ("INTL Regular FT").

// openTenureCues and fixedTenureCues are fold-matched cues that gate the
// field's regexps, so a field with no tenure word costs a few scans.
var openTenureCues = []string{"cdi", "perman", "fest", "unbefrist", "vast", "indefin", "indeterm", "regular", "tillsvidare",
	"безстроков", "бессрочн", "无固定期限"}
var fixedTenureCues = []string{"cdd", "befrist", "fixed", "tijdelijk", "determinat", "visstid", "строков", "срочн"}

var joinedTenureHoursRes = sync.OnceValue(func() [4]*regexp.Regexp {
	return [4]*regexp.Regexp{
		// open-ended tenure words, whole words
		regexp.MustCompile(`(?i)(?:^|[^\pL])(?:cdi|permanent|perm|festanstellung|feste\s+anstellung|fest\s+angestellt|unbefristet(?:e|er)?|vaste?(?:\s+(?:aanstelling|dienstverband|contract|baan))?|indefinido|tiempo\s+indefinido|(?:a\s+)?tempo\s+indeterminato|regular|tillsvidare(?:anställning)?|безстроков\pL*|бессрочн\pL*|无固定期限)(?:$|[^\pL])`),
		// fixed-term tenure words
		regexp.MustCompile(`(?i)(?:^|[^\pL])(?:cdd|befristet(?:e|er)?|fixed[\s-]*term|tijdelijk(?:e)?(?:\s+(?:aanstelling|contract))?|(?:a\s+)?tempo\s+determinato|visstid(?:sanställning)?|строков\pL*|срочн\pL*)(?:$|[^\pL])`),
		// hours words: group 1 part-time, group 2 full-time
		regexp.MustCompile(`(?i)(?:^|[^\pL])(?:(temps\s+partiel|part[\s-]*time|teilzeit|deeltijds?|tiempo\s+parcial|media\s+jornada|tempo\s+parziale|deltid|неповн\pL*|неполн\pL*)|(temps\s+(?:plein|complet)|full[\s-]*time|vollzeit|voltijds?|tiempo\s+completo|jornada\s+completa|tempo\s+pieno|heltid|повн\pL*|полн\pL*))(?:$|[^\pL])`),
		// a weekly hour count: "24H", "20 hours a week", "30 uur", "25 Std."
		regexp.MustCompile(`(?i)(?:^|[^\d.,])(\d{1,2})(?:[.,]\d{1,2})?\s*(?:h|hrs?|hours?|heures?|uur|std\.?|stunden|ч|год)(?:$|[^\pL])`),
	}
})

// joinedTenureHoursType reads a short type field as above; TypeUnknown otherwise.
func joinedTenureHoursType(field string) model.JobType {
	if field == "" || len(field) > 64 {
		return model.TypeUnknown
	}
	if t := wholeTenureValue(field); t != model.TypeUnknown {
		return t
	}
	// Two parts at most: "permanent / part-time / evenings" is left to the
	// field map (structured_field_shapes_test.go). A part that only names
	// the work mode ("Festanstellung, Teilzeit, Homeoffice") is no third
	// part: it says nothing of tenure or hours.
	field = dropModeParts(field)
	if strings.Count(field, ",")+strings.Count(field, "/")+strings.Count(field, ";")+strings.Count(field, "|") > 1 {
		return model.TypeUnknown
	}
	open := false
	for _, c := range openTenureCues {
		if containsFold(field, c) {
			open = true
			break
		}
	}
	fixed := false
	for _, c := range fixedTenureCues {
		if containsFold(field, c) {
			fixed = true
			break
		}
	}
	if !open && !fixed {
		return model.TypeUnknown
	}
	res := joinedTenureHoursRes()
	// "безстроковий" holds "строковий", "бессрочный" holds "срочный": a
	// fixed-term cue counts only where the open-ended word does not hold it.
	open = open && res[0].MatchString(field)
	fixed = fixed && res[1].MatchString(stripOpenWords(field))
	if open == fixed { // neither, or both ("CDI ou CDD")
		return model.TypeUnknown
	}
	part, full := false, false
	for _, m := range res[2].FindAllStringSubmatch(field, -1) {
		part = part || m[1] != ""
		full = full || m[2] != ""
	}
	if !part && !full {
		if m := res[3].FindStringSubmatch(field); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
				part, full = n < 32, n >= 35
			}
		}
	}
	switch {
	case part == full: // no hours, or both: other readers decide
		if !part && !full {
			return nonLatinTenureAlone(field, open)
		}
		return model.TypeUnknown
	case part && fixed: // "Teilzeit / befristet", "Fixed term part time": left to the field map
		return model.TypeUnknown
	case part:
		return model.TypePartTime
	case open:
		return model.TypeFullTime
	}
	return model.TypeContract
}

// stripOpenWords drops the Cyrillic open-ended words whose letters hold a
// fixed-term word.
func stripOpenWords(s string) string {
	if !strings.Contains(s, "ессрочн") && !strings.Contains(s, "езстроков") {
		return s
	}
	for _, w := range []string{"бессрочн", "Бессрочн", "БЕССРОЧН", "безстроков", "Безстроков", "БЕЗСТРОКОВ"} {
		s = strings.ReplaceAll(s, w, " ")
	}
	return s
}

// nonLatinTenureAlone reads a value that names only an open-ended or
// fixed-term contract in Ukrainian, Russian or Chinese ("безстроковий",
// "строковий трудовий договір", "无固定期限"), which the other readers
// leave unread; the word tables elsewhere read the Latin-script ones.
func nonLatinTenureAlone(field string, open bool) model.JobType {
	if !strings.ContainsAny(field, "бБсСстроковийчн无固定期限") {
		return model.TypeUnknown
	}
	cyr := false
	for _, r := range field {
		if (r >= 0x0400 && r <= 0x04FF) || r == '无' || r == '固' {
			cyr = true
			break
		}
	}
	if !cyr {
		return model.TypeUnknown
	}
	if open {
		return model.TypeFullTime
	}
	return model.TypeContract
}

// wholeTenureValue reads a few whole values that name the hours or the
// tenure alone.
func wholeTenureValue(field string) model.JobType {
	v := strings.TrimSpace(field)
	if len(v) > 24 {
		return model.TypeUnknown
	}
	switch strings.ToLower(v) {
	case "voltijds", "voltijd", "on-roll", "on roll", "onroll", "en planilla", "正式工", "全日制", "全日制用工":
		return model.TypeFullTime
	case "deeltijds", "非全日制", "非全日制用工":
		return model.TypePartTime
	case "固定期限", "固定期限合同", "固定期限劳动合同":
		return model.TypeContract
	}
	// "INTL Regular FT", "Regular PT": a regular code with an hours tail.
	if i := strings.LastIndexByte(v, ' '); i > 0 && containsFold(v[:i], "regular") {
		switch v[i+1:] {
		case "FT":
			return model.TypeFullTime
		case "PT":
			return model.TypePartTime
		}
	}
	return model.TypeUnknown
}

// titleOverridesFull reports whether a full-time reading of the field
// must give way to the title readers that overrule a full-time field
// further on ("Registered Nurse - PTT(...)" or "Nurse - Part Time" filed
// "Full-Time Permanent", "Data Engineer (Contract)" filed full-time).
func titleOverridesFull(t model.JobType, field, title string) bool {
	if t != model.TypeFullTime || title == "" {
		return false
	}
	return hospitalCodeType(field, title) != model.TypeUnknown || partTitleOverFull(field, title) ||
		contractTagOverFull(field, title)
}

// dropModeParts returns field without its comma-, slash-, semicolon- or
// bar-separated parts that are a bare work-mode value ("Remote",
// "Homeoffice", "télétravail"); field itself when it has none.
func dropModeParts(field string) string {
	if !strings.ContainsAny(field, ",/;|") {
		return field
	}
	parts := strings.FieldsFunc(field, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' })
	kept := parts[:0]
	for _, p := range parts {
		if shortModeValue(strings.TrimSpace(p), false) == model.RemoteUnknown {
			kept = append(kept, p)
		}
	}
	if len(kept) == len(parts) || len(kept) == 0 {
		return field
	}
	return strings.Join(kept, ",")
}
