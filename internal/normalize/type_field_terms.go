package normalize

import (
	"strings"
	"unsafe"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type fields in German, Swedish, Danish, Norwegian and
// Brazilian Portuguese name the working time and the term together
// ("Vollzeit, befristet", "Teilzeit (unbefristet)", "Heltid,
// tillsvidare") or in words the English map lacks ("Heltid", "Deltid",
// "Tillsvidareanställning", "Sommarjobb", "Uppdrag", "CLT", "PJ"). Norwegian
// is written in two standards: Nynorsk spells full time "heiltid" (Bokmål
// "heltid"), and a board that serves Nynorsk pages sends that spelling.
// A fixed term makes the work a contract whatever its hours (as "Vollzeit
// befristet" already read); a permanent term says nothing about the hours
// ("Teilzeit (unbefristet)" is part-time), and alone it is full-time (as
// "Permanent" reads).

// termHours are working-time words: full-time, then part-time.
var termHours = []struct {
	word string
	t    model.JobType
}{
	{"vollzeit", model.TypeFullTime}, {"heltid", model.TypeFullTime}, {"heiltid", model.TypeFullTime}, {"fuldtid", model.TypeFullTime},
	{"teilzeit", model.TypePartTime}, {"deltid", model.TypePartTime},
}

// termFixed are fixed-term and seasonal words: German befristet (not
// unbefristet), Swedish visstid, tidsbegränsad, vikariat, sommarjobb
// (a summer job), säsongsjobb (a seasonal job), feriejobb (a holiday job).
var termFixed = []string{"visstid", "tidsbegr", "vikariat", "sommarjobb", "säsongsjobb", "sasongsjobb", "feriejobb", "sommarvikariat"}

// termPermanent are permanent-term words: German unbefristet, Swedish
// tillsvidare (until further notice) and fast anställning, Norwegian fast
// stilling and fast ansettelse, Danish fastansættelse.
var termPermanent = []string{"unbefristet", "tillsvidare", "fast anställning", "fastanställning", "fast stilling", "fast ansettelse", "fastansettelse", "fast ansættelse", "fastansættelse"}

// fieldTermType (called first in MapEmploymentType) reads raw's working
// time and term words and its Brazilian regimes; unknown when it holds
// none (the English map and the other readers then read it).
func fieldTermType(raw string) model.JobType {
	if len(raw) > 80 || len(raw) == 0 {
		return model.TypeUnknown // a type field is short; a longer one is text
	}
	var buf [80]byte
	low := buf[:len(raw)]
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	s := unsafe.String(&low[0], len(low)) // no copy: s is read only here
	hours, at := model.TypeUnknown, len(s)
	for _, h := range termHours {
		if i := strings.Index(s, h.word); i >= 0 && i < at {
			hours, at = h.t, i
		}
	}
	fixed := fixedBefristet(s)
	for _, w := range termFixed {
		fixed = fixed || strings.Contains(s, w)
	}
	permanent := false
	for _, w := range termPermanent {
		permanent = permanent || strings.Contains(s, w)
	}
	switch {
	case fixed && hours != model.TypeUnknown:
		return model.TypeContract // "Vollzeit, befristet", "Deltid, visstid"
	case permanent && hours != model.TypeUnknown:
		return hours // "Teilzeit (unbefristet)", "Heltid, tillsvidare"
	case hours != model.TypeUnknown && s[at] != 'v' && s[at] != 't':
		return hours // "Heltid", "Deltid", "Fuldtid" (Vollzeit, Teilzeit: the map's)
	case fixed && !strings.Contains(s, "befristet"):
		return model.TypeContract // "Sommarjobb / feriejobb"
	case permanent && !strings.Contains(s, "unbefristet"):
		return model.TypeFullTime // "Tillsvidareanställning"
	case strings.HasPrefix(strings.TrimSpace(s), "uppdrag"):
		return model.TypeContract // "Uppdrag": an assignment (a type field only: in text it is also "a task")
	}
	if t := regimeToken(raw); t != model.TypeUnknown {
		return t // "CLT", "PJ", "Freela"
	}
	if t := tempFirstWord(s); t != model.TypeUnknown {
		return t
	}
	return latamFieldType(s) // "vacancy_type_effective", "Término fijo" (latam_board_fields.go)
}

// regimeToken reads a Brazilian hiring regime in a short field: "CLT"
// (an employee under the labour code: full-time) and "PJ" or "pessoa
// jurídica" (a company invoicing: a contractor) as whole words in capitals,
// and "freela" (freelance) as a word.
func regimeToken(s string) model.JobType {
	switch {
	case hasWordToken(s, "CLT"):
		return model.TypeFullTime
	case hasWordToken(s, "PJ"), containsFold(s, "pessoa jur"):
		return model.TypeContract
	case hasWordFold(s, "freela"):
		return model.TypeContract
	}
	return model.TypeUnknown
}

// tempFirstWord reads "temp" as the first word of a lower-cased field
// before a word for the job: "temp assignment", "temp position", "temp
// role", "temp job" (temporary work: a contract; "temp" alone is the map's).
func tempFirstWord(s string) model.JobType {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "temp ") && !strings.HasPrefix(s, "temp-") {
		return model.TypeUnknown
	}
	rest := strings.TrimSpace(s[5:])
	for _, w := range []string{"assignment", "position", "role", "job", "work", "placement", "contract"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isLetterByte(rest[len(w)])) {
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}

// hasWordToken reports w in s as a whole word, case-sensitive: no letter
// or digit on either side.
func hasWordToken(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || !isWordByte(s[a-1])) && (b == len(s) || !isWordByte(s[b])) {
			return true
		}
		i = a + 1
	}
}

// hasWordFold is hasWordToken with ASCII case folded (w lower case).
func hasWordFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if hasPrefixFold(s[i:], w) && (i == 0 || !isWordByte(s[i-1])) && (i+len(w) == len(s) || !isWordByte(s[i+len(w)])) {
			return true
		}
	}
	return false
}

// fixedBefristet reports German "befristet" (fixed-term) in s, not as part
// of "unbefristet" (permanent).
func fixedBefristet(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "befristet")
		if j < 0 {
			return false
		}
		if a := i + j; a < 2 || s[a-2:a] != "un" {
			return true
		}
		i += j + 1
	}
}
