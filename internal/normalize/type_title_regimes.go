package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Brazilian titles name the hiring regime ("Dev Python CLT", "Desenvolvedor
// PJ", "Dev pessoa jurídica", "Dev Freela"), and Swedish, Danish and
// Norwegian titles the working time ("Säljare på deltid",
// "Kundservicemedarbetare – heltid i Malmö"). CLT (the labour code) is an
// employee's full-time job; PJ (pessoa jurídica, a company invoicing) and
// freela (freelance) are contract work.

// timberCLT is what follows "CLT" in construction titles, where it is
// cross-laminated timber: "CLT Installer", "CLT panels".
var timberCLT = regexp.MustCompile(`(?i)^\s*(?:panels?|installers?|installation|timber|construction|carpent\w*|erect\w*|manufactur\w*|plant|factory|production|assembl\w*|fabricat\w*|framing|crew|site|building|structures?)\b`)

// titleRegimeType (called in ParseType before the title cues) reads a
// regime or a working-time word in a title; unknown when it holds none.
// CLT and PJ count in capitals as whole words that start or end the title
// or stand in brackets or after a dash ("PJ Masks", "CLT panels" do not).
func titleRegimeType(title string) model.JobType {
	if len(title) < 5 {
		return model.TypeUnknown
	}
	if strings.Contains(title, "CLT") && edgeToken(title, "CLT") {
		return model.TypeFullTime
	}
	if strings.Contains(title, "PJ") && edgeToken(title, "PJ") {
		return model.TypeContract
	}
	if (strings.IndexByte(title, 'j') >= 0 || strings.IndexByte(title, 'J') >= 0) && containsFold(title, "pessoa jur") ||
		(strings.Contains(title, "reela") || strings.Contains(title, "REELA")) && hasWordFold(title, "freela") {
		return model.TypeContract
	}
	if !strings.Contains(title, "tid") && !strings.Contains(title, "TID") {
		return model.TypeUnknown // every word below ends in "tid" (written in one case)
	}
	full := hasWordFold(title, "heltid") || hasWordFold(title, "fuldtid")
	part := hasWordFold(title, "deltid")
	switch {
	case full && !part:
		return model.TypeFullTime
	case part && !full:
		return model.TypePartTime
	}
	return model.TypeUnknown // "heltid eller deltid": either
}

// edgeToken reports w in title as a whole word that is the title's first
// or last word, or stands in brackets or after a dash, bar, comma or
// slash; for CLT not before a construction word.
func edgeToken(title, w string) bool {
	for i := 0; ; {
		j := strings.Index(title[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		i = a + 1
		if a > 0 && isWordByte(title[a-1]) || b < len(title) && isWordByte(title[b]) {
			continue
		}
		if w == "CLT" && timberCLT.MatchString(title[b:]) {
			continue
		}
		if w == "PJ" && strings.HasPrefix(strings.TrimSpace(title[b:]), "Mask") {
			continue
		}
		pre, post := strings.TrimSpace(title[:a]), strings.TrimSpace(title[b:])
		if pre == "" || post == "" || strings.HasSuffix(pre, "(") || strings.HasSuffix(pre, "[") ||
			strings.HasSuffix(pre, "-") || strings.HasSuffix(pre, "–") || strings.HasSuffix(pre, "|") ||
			strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, "/") {
			return true
		}
	}
}

// bodyRegime is a Brazilian regime named with a hiring word in a
// description: "Contratação CLT", "regime PJ", "regime da CLT", "contrato: CLT", "via PJ",
// "hiring under PJ contract", "CLT contract", "pessoa jurídica". A signed
// work card ("carteira assinada", "carteira de trabalho assinada") is the
// CLT employee's record, so it reads as CLT; "sem carteira assinada"
// (without one) is caught in group 3 and reads nothing.
var bodyRegime = regexp.MustCompile(`(?:(?i:contrata[çc][ãa]o|contrato|regime|modalidade|hiring|contract|vaga|via|under)\s*(?::\s*|-\s*|(?i:de\s+trabalho\s*:?\s*|em\s+|under\s+|as\s+|como\s+|d[ao]\s+))?(CLT|PJ)\b|\b(CLT|PJ)\s+(?i:contract|contrato|regime|agreement|hiring|vacancy|position|role)\b|(?i:pessoa\s+jur[ií]dica)|(?i:\b(sem\s+)?carteira\s+(?:de\s+trabalho\s+)?assinada))`)

// bodyRegimeType (called last in ParseType, when nothing else was read)
// reads bodyRegime in a description; unknown when there is none.
func bodyRegimeType(text string) model.JobType {
	if !mayBodyRegime(text) {
		return model.TypeUnknown
	}
	m := bodyRegime.FindStringSubmatchIndex(text)
	if m == nil {
		return model.TypeUnknown
	}
	if group(text, m, 1) == "CLT" || group(text, m, 2) == "CLT" {
		return model.TypeFullTime
	}
	if containsFold(text[m[0]:m[1]], "carteira") {
		if m[6] >= 0 {
			return model.TypeUnknown // "sem carteira assinada"
		}
		return model.TypeFullTime
	}
	return model.TypeContract
}

// mayBodyRegime reports whether text may hold bodyRegime: "CLT" or "PJ"
// as capitals, "jur" or "Jur" (of "pessoa jurídica", "Pessoa Jurídica"),
// or "assinada" after "carteira". The search runs on the rare bytes 'L',
// 'J' and 'j'; the work card is looked for only in text with an accented
// letter (byte 0xC3 starts "ç", "ã", "é" in UTF-8), as Portuguese text
// has, so English descriptions skip that scan.
func mayBodyRegime(text string) bool {
	return byteWith(text, 'L', func(k int) bool { return k > 0 && text[k-1] == 'C' && k+1 < len(text) && text[k+1] == 'T' }) ||
		byteWith(text, 'J', func(k int) bool { return k > 0 && text[k-1] == 'P' || strings.HasPrefix(text[k:], "Jur") }) ||
		byteWith(text, 'j', func(k int) bool { return strings.HasPrefix(text[k:], "jur") }) ||
		strings.IndexByte(text, 0xC3) >= 0 && strings.Contains(text, "ssinada") && containsFold(text, "carteira")
}

// byteWith reports an occurrence k of byte c in text for which ok(k) holds.
func byteWith(text string, c byte, ok func(k int) bool) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			return false
		}
		if ok(i + j) {
			return true
		}
		i += j + 1
	}
}
