package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Local type words in a source's type field that the readers of
// MapEmploymentType misread or miss, read before its English word search:
// a Dutch "Vast contract" is a permanent post, not a contract, though it
// holds the English word; an Italian "A tempo determinato", a French
// "Durée déterminée" and a Dutch "Bepaalde duur" are a fixed term; the
// bare Romance words for a contract ("Contrat", "Contrato", "Contratto")
// are what boards translate the English "Contract" type with; a Brazilian
// "CLT" is salaried employment and "PJ" a contractor's company; Vietnamese
// words are read with or without their tone marks ("Toan thoi gian").
//
// The readings follow worldTerms (type_terms_world.go): a permanent post
// alone is full-time, a fixed term, agency work, a season and
// self-employment are a contract, a training contract an internship.
// Short or common words are exact (the whole field part); the others may
// be part of it ("Contratto a tempo determinato 12 mesi").
var localTerms = []worldTerm{
	// Dutch and Flemish: permanent and fixed-term posts, the self-employed.
	{"vast contract", model.TypeFullTime, false}, {"vaste contract", model.TypeFullTime, false}, {"vaste benoeming", model.TypeFullTime, false},
	{"vast dienstverband", model.TypeFullTime, false}, {"onbepaalde duur", model.TypeFullTime, false},
	{"bepaalde duur", model.TypeContract, false}, {"zelfstandig", model.TypeContract, false},
	// French.
	{"emploi fixe", model.TypeFullTime, false}, {"duree indeterminee", model.TypeFullTime, false},
	{"duree determinee", model.TypeContract, false}, {"contrat", model.TypeContract, true},
	// Italian.
	{"tempo pieno", model.TypeFullTime, false}, {"impiego fisso", model.TypeFullTime, false}, {"posto fisso", model.TypeFullTime, false},
	{"tempo determinato", model.TypeContract, false}, {"interinale", model.TypeContract, false}, {"contratto", model.TypeContract, true},
	{"contratto a progetto", model.TypeContract, false}, {"lavoro autonomo", model.TypeContract, false},
	{"a contratto", model.TypeContract, true},
	// Spanish and Portuguese.
	{"contrato", model.TypeContract, true}, {"agencia de personal", model.TypeContract, false}, {"por dia", model.TypeContract, true},
	{"contrato de practicas", model.TypeInternship, false}, {"contrato en practicas", model.TypeInternship, false},
	{"aprendizaje", model.TypeInternship, true}, {"completo", model.TypeFullTime, true}, {"completa", model.TypeFullTime, true},
	{"parcial", model.TypePartTime, true}, {"clt", model.TypeFullTime, true}, {"efetivo clt", model.TypeFullTime, false},
	{"pj", model.TypeContract, true}, {"terceirizado", model.TypeContract, false},
	{"cooperado", model.TypeContract, true}, // a worker cooperative's member, not a co-op student
	// German and Swiss German: a regular post, an apprentice ("Lernende").
	{"regulär", model.TypeFullTime, true}, {"lernende", model.TypeInternship, false},
	// Swedish and Danish: a regular employment, a permanent post spelt without "æ".
	{"vanlig anställning", model.TypeFullTime, false}, {"fastansaettelse", model.TypeFullTime, false},
	// Polish: a permanent employment contract ("Umowa o pracę stałą"; the bare "Umowa o pracę" stays unknown).
	{"pracę stałą", model.TypeFullTime, false}, {"praca stała", model.TypeFullTime, false},
	// Russian and Ukrainian transliterations of the English words, and work done under a contract.
	{"фуллтайм", model.TypeFullTime, false}, {"фултайм", model.TypeFullTime, false}, {"парттайм", model.TypePartTime, false},
	{"подряд", model.TypeContract, true},
	// Indonesian.
	{"purna waktu", model.TypeFullTime, false},
	// Chinese, Japanese and Korean.
	{"合約", model.TypeContract, false}, {"合同制", model.TypeContract, false}, {"临时", model.TypeContract, false},
	{"季节性", model.TypeContract, false}, {"季節", model.TypeContract, false}, {"终身制", model.TypeFullTime, false},
	{"自営業", model.TypeContract, false}, {"시즌직", model.TypeContract, false}, {"정규", model.TypeFullTime, true},
	{"계약", model.TypeContract, true},
	// Arabic: a fixed or open term, a contractor.
	{"مدة محددة", model.TypeContract, false}, {"غير محدد", model.TypeFullTime, false}, {"متعاقد", model.TypeContract, false},
	{"مقاول", model.TypeContract, false},
	// Vietnamese, read without tone marks (vietFold).
	{"toan thoi gian", model.TypeFullTime, false}, {"ban thoi gian", model.TypePartTime, false}, {"thuc tap", model.TypeInternship, false},
	{"hop dong", model.TypeContract, false}, {"thoi vu", model.TypeContract, false}, {"lam viec tu do", model.TypeContract, false},
}

// localExact and localStems are localTerms by their keys (termKey).
var localExact, localStems = func() (map[string]model.JobType, []worldTerm) {
	exact := map[string]model.JobType{}
	var stems []worldTerm
	for _, w := range slices.Concat(localTerms, europeanJapaneseTerms, slavicIberianTerms, laoTerms) { // type_field_terms_local_more.go, type_field_terms_slavic_iberian.go, type_field_lao.go
		k := termKey(w.phrase)
		if w.exact {
			exact[k] = w.t
			continue
		}
		stems = append(stems, worldTerm{k, w.t, false})
	}
	return exact, stems
}()

// localTermType reads a type field's parts with localTerms; unknown when
// none holds one. Of two kinds in one part the first in worldTermOrder
// wins, as in worldTermType.
func localTermType(raw string) model.JobType {
	if t := dayShareType(raw); t != model.TypeUnknown {
		return t // "3/4 de jornada" (type_field_terms_slavic_iberian.go)
	}
	return termTableType(raw, 80, vietFold, localExact, localStems)
}

// vietFoldMap maps the Vietnamese letters termFold lacks (the tone-marked
// vowels and the horned o and u) to the plain letter.
var vietFoldMap = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range []string{"ạảấầẩẫậắằẳẵặ a", "ẹẻẽếềểễệ e", "ỉịĩ i", "ọỏốồổỗộớờởỡợơ o", "ụủứừửữựư u", "ỳỵỷỹ y",
		"ẠẢẤẦẨẪẬẮẰẲẴẶ a", "ẸẺẼẾỀỂỄỆ e", "ỈỊĨ i", "ỌỎỐỒỔỖỘỚỜỞỠỢƠ o", "ỤỦỨỪỬỮỰƯ u", "ỲỴỶỸ y"} {
		from, to, _ := strings.Cut(p, " ")
		for _, r := range from {
			m[r] = []rune(to)[0]
		}
	}
	return m
}()

// vietFold is s with vietFoldMap's letters plain; s itself when it has
// none (the common case costs one scan for the letters' lead bytes).
func vietFold(s string) string {
	if strings.IndexByte(s, 0xE1) < 0 && strings.IndexByte(s, 0xC6) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if f, ok := vietFoldMap[r]; ok {
			return f
		}
		return r
	}, s)
}
