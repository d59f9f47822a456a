package normalize

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Latin American job boards: shapes their fields write
// that the readers before missed.
//
//   - A pay field of salary bands counted in millions of pesos, as
//     Colombian and Chilean boards write them: "$2 a $2,5 millones",
//     "$8 millones". Millions are never pay in a description (bigNumberAfter);
//     in the pay field of a listing placed in a peso country they are the
//     monthly salary (millionPesoFieldPay).
//   - A board's own employment-type codes and Spanish fixed-term words in a
//     type field: "vacancy_type_effective" (Gupy's permanent hire),
//     "vacancy_legal_entity" (a PJ contractor), "Término fijo", "Plazo
//     fijo" (latamFieldType).
//   - "Oficina en el hogar" / "trabajo desde el hogar" (a home office) in
//     Spanish text (homeOfficeSpanishRemote).

// millionPesoBand is an amount, or two joined by "a", "-" or "y", with a
// "$" or a peso code before each, and "millón"/"millones" after the last.
var millionPesoBand = newCueRegexp(`(?i)(?:\b(COP|CLP|ARS|MXN|UYU)\s*|\$\s*)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:(?:a|-|–|y|hasta)\s*(?:(?:COP|CLP|ARS|MXN|UYU)\s*|\$\s*)?(\d{1,3}(?:[.,]\d{1,2})?)\s*)?mill(?:ones|ón|on)\b`)

// unplacedMillionBand reports a pay field's band counted in millions with
// no currency code ("$1,5 a $2 millones"), which millionPesoFieldPay reads
// only for a listing in a peso country. Elsewhere the field names no
// currency we know and is not read at all: its first figure alone ("$1,5")
// would be read as 1.5 US dollars an hour.
func unplacedMillionBand(text string) bool {
	if len(text) > 200 || !containsFold(text, "mill") {
		return false
	}
	m := millionPesoBand.plain().FindStringSubmatchIndex(text)
	return m != nil && m[2] < 0
}

// millionPesoFieldPay reads a pay field's band counted in millions
// ("$1,5 a $2 millones") as monthly pesos of the listing's country; nil
// when the field holds no such band or the listing names no peso country
// (a code before the amount names its own).
func millionPesoFieldPay(field, text string, l *model.Listing) *model.Pay {
	if len(text) > 200 || !containsFold(text, "mill") {
		return nil
	}
	m := millionPesoBand.plain().FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	cur := ""
	if m[2] >= 0 {
		cur = strings.ToUpper(text[m[2]:m[3]])
	} else {
		for _, loc := range l.Locations {
			for _, r := range Regions(loc) {
				switch r {
				case "CO", "CL", "AR", "UY", "MX":
					if cur == "" {
						cur = placeCurrencies[r]
						if r == "MX" {
							cur = "MXN"
						}
					}
				}
			}
		}
	}
	if cur == "" {
		return nil
	}
	lo, hi, ok := millionRange(text, m[4], m[5], m[6], m[7])
	if !ok {
		return nil
	}
	return &model.Pay{Min: lo, Max: hi, Currency: cur, Unit: model.UnitMonth, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[0], End: m[1], Text: text[m[0]:m[1]]}}
}

// latamFieldType reads a lower-cased type field's board codes and Spanish
// or Portuguese term words: Gupy's "vacancy_type_effective" and
// "efetivo" (a permanent hire: full-time), "vacancy_legal_entity" (a
// company invoicing: a contractor), and a fixed term ("término fijo",
// "plazo fijo", "tiempo determinado", "prazo determinado": a contract).
func latamFieldType(s string) model.JobType {
	switch {
	case strings.Contains(s, "legal_entity"):
		return model.TypeContract
	case strings.Contains(s, "type_effective"), hasWordFold(s, "efetivo"):
		return model.TypeFullTime
	case strings.HasPrefix(s, "vacancy_type_"):
		// Gupy's other codes: "vacancy_type_associate" is a hire on the
		// payroll like "effective"; the rest is a word a whole type field
		// already reads ("vacancy_type_outsource": an outsourced worker).
		rest := s[len("vacancy_type_"):]
		switch rest {
		case "associate":
			return model.TypeFullTime
		case "trainee":
			return model.TypeInternship // a graduate trainee programme, as "Trainee" reads
		case "autonomous":
			return model.TypeContract // self-employed, as "Autônomo" reads
		}
		if t, ok := dispatchCodeKeys[rest]; ok {
			return t
		}
	}
	for _, w := range [...]string{"término fijo", "termino fijo", "plazo fijo", "tiempo determinado", "plazo determinado", "prazo determinado"} {
		if strings.Contains(s, w) {
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}

// homeOfficeSpanish is a Spanish home office: "oficina en el hogar",
// "trabajo desde el hogar", "trabajar desde tu hogar".
var homeOfficeSpanish = newPlainKeyRegexp(`(?i)\b(?:oficina|trabajo|trabajar|labor(?:es)?)\s+(?:en|desde)\s+(?:el\s+|la\s+|su\s+|tu\s+)?hogar\b`, 40, 10, "hogar")

// homeOfficeSpanishRemote reads a Spanish home office over an unknown work
// mode, unless a denial comes right before it ("sin trabajo desde el hogar").
func homeOfficeSpanishRemote(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown {
		return ri
	}
	return firstUndeniedSpanishRemote(text, ri, homeOfficeSpanish.FindAllStringIndex(text, 3))
}

// millionRange reads text[a:b], and text[c:d] when c >= 0, as amounts in
// millions with a comma or a dot before the decimals ("1,5" is 1,500,000);
// hi is lo when there is no second amount. ok is false unless 0 < lo <= hi.
func millionRange(text string, a, b, c, d int) (lo, hi float64, ok bool) {
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
		if err != nil {
			return 0
		}
		return v * 1e6
	}
	lo = num(text[a:b])
	hi = lo
	if c >= 0 {
		hi = num(text[c:d])
	}
	return lo, hi, lo > 0 && hi >= lo
}

// millionPesoLabels are the salary labels after which a band counted in
// millions is the salary in a description too.
var millionPesoLabels = []string{"salario", "sueldo", "remuneración", "remuneracion", "renta"}

// millionPesoTextPay reads a description's band counted in millions
// ("Salario: $2,5 a $3 millones", "Sueldo 3 millones mensuales", "Salario
// entre $1,5 y $2 millones mensuales") as
// millionPesoFieldPay reads a pay field's, when a salary label stands
// right before it (past a colon and "básico"/"mensual"/"de"); nil
// otherwise. Millions with no such label stay no pay (bigNumberAfter).
func millionPesoTextPay(text string, l *model.Listing) *model.Pay {
	if !hasFold(text, "mill") || !containsFold(text, "millon") && !containsFold(text, "millón") { // hasFold: the folded-text cache, before any scan
		return nil
	}
	for _, w := range millionPesoLabels {
		for from := 0; from < len(text); {
			i := indexFoldFrom(text, w, from) // the folded-text cache for a long text
			if i < 0 {
				break
			}
			from = i + len(w)
			if i > 0 && isWordByte(text[i-1]) {
				continue
			}
			j := from
			for _, filler := range [...]string{"básico", "basico", "mensual", "bruto", "ofrecido"} {
				k := skipSpaces(text, j)
				if hasPrefixFold(text[k:], filler) {
					j = k + len(filler)
				}
			}
			if j < len(text) && isWordByte(text[j]) {
				continue // "salarios", "sueldos" and the like
			}
			k := skipSpaces(text, j)
			if k < len(text) && text[k] == ':' {
				k++
			}
			if hasPrefixFold(text[skipSpaces(text, k):], "de ") {
				k = skipSpaces(text, k) + len("de ")
			}
			if hasPrefixFold(text[skipSpaces(text, k):], "entre ") {
				k = skipSpaces(text, k) + len("entre ") // "Salario entre $1,5 y $2 millones"
			}
			k = skipSpaces(text, k)
			seg := text[k:min(len(text), k+60)]
			m := millionPesoBand.plain().FindStringIndex(seg)
			if m == nil || m[0] != 0 {
				continue
			}
			p := millionPesoFieldPay("text", seg, l)
			if p == nil {
				continue
			}
			if p.Evidence != nil {
				p.Evidence.Start += k
				p.Evidence.End += k
			}
			return p
		}
	}
	return nil
}
