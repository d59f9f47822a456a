package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishBareAt is a Spanish or Portuguese salary label and the amount or
// range after it with no currency, and the period after that if any:
// "Salario: 35.000 a 38.000 brutos anuales", "Banda salarial 45k-55k",
// "Sueldo 1.400 netos al mes", "Remuneração: 4.500 por mês", "el rango
// salarial es 40.000-50.000" (a copula after the label). A currency's
// name may come before the period ("Sueldo: 9,000 a 11,000 pesos
// mensuales"). The currency is the listing's place's (textBarePay's
// caller).
var spanishBareAt = regexp.MustCompile(`(?i)(?:\b(?:banda|rango|horquilla|faixa)\s+salarial|\b(?:salario|sueldo|retribuci[oó]n|remuneraci[oó]n|sal[aá]rio|remunera[cç][aã]o)(?:\s+(?:brut[oa]|anual|mensual|mensal|base|fij[oa]|fix[oa]))*)[ \t]*(?::|(?:es|de|entre|é)[ \t])?[ \t]*(` + number + `)[ \t]*(k)?(?:[ \t]*(?:-|–|—|a|hasta|y|e|até)[ \t]*(` + number + `)[ \t]*(k)?)?` +
	`(?:[ \t]*(?:pesos|soles|reais|reales|quetzales|colones|lempiras|d[oó]lares|euros))?(?:[ \t]*(?:brut[oa]s?|net[oa]s?|l[ií]quid[oa]s?))?(?:[ \t]*(?:/|al|por|a la|ao|p/)?[ \t]*(a[ñn]o|anuales|anual|mes|m[eê]s|mensuales|mensual|mensal|hora|d[ií]a|semana|semanal))?(?:[^\p{L}\p{N}]|$)`)

// spanishBareUnits are the period words spanishBareAt reads.
var spanishBareUnits = map[string]model.PayUnit{"año": model.UnitYear, "ano": model.UnitYear, "anuales": model.UnitYear, "anual": model.UnitYear,
	"mes": model.UnitMonth, "mês": model.UnitMonth, "mensuales": model.UnitMonth, "mensual": model.UnitMonth, "mensal": model.UnitMonth,
	"hora": model.UnitHour, "día": model.UnitDay, "dia": model.UnitDay, "semana": model.UnitWeek, "semanal": model.UnitWeek}

// spanishBareWords gate spanishBarePay: a text holding none of them (ASCII
// case folded) is not read. hasFold finds each in the description's cached
// folded copy, where four containsFold scans each went through the text.
var spanishBareWords = []string{"salari", "sueldo", "retribuci", "remunera"}

// spanishBarePay reads spanishBareAt in a description; nil when there is
// none. With no period only a year's salary is read: written with its
// thousands or a k and from 15,000 ("Banda salarial 45k-55k"). The amount
// must be of a size its period allows (bareLimits).
func spanishBarePay(field, text string) *model.Pay {
	if !containsAnyFold(text, spanishBareWords) {
		return nil
	}
	for _, m := range spanishBareAt.FindAllStringSubmatchIndex(text, 4) {
		g := func(i int) string { return group(text, m, i) }
		lo, big := parseAmount(g(1), g(2))
		hi, big2 := lo, false
		if g(3) != "" {
			hi, big2 = parseAmount(g(3), g(4))
			if g(2) == "" && g(4) != "" {
				if raw, _ := parseAmount(g(1), "k"); raw <= hi {
					lo = raw // "45-55k": the k applies to both
				}
			}
		}
		if big || big2 || lo <= 0 || hi < lo {
			continue
		}
		if markAfterBareAmount(text, m) {
			continue // "Salario: 3.000.000 € brutos anuales": its currency is written; the money readers judge it
		}
		unit := spanishBareUnits[strings.ToLower(g(5))]
		if unit == "" {
			written := g(2) != "" || g(4) != "" || strings.ContainsAny(g(1)+g(3), ".,")
			if !written || lo < 15000 {
				continue
			}
			unit = model.UnitYear
		}
		if lim := bareLimits[unit]; lo < lim[0] || hi > lim[1] {
			continue
		}
		end := m[7]
		if end < 0 {
			end = m[3]
		}
		if m[11] > end {
			end = m[11]
		}
		return &model.Pay{Min: lo, Max: hi, Unit: unit, Source: model.FromText,
			Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
	}
	return nil
}

// markAfterBareAmount reports a currency sign written right after the
// last amount a bare reader's match holds (groups 1 to 4: the amount, its
// k, the range's other end and its k, as spanishBareAt and reBareAt have
// them): the amount has a currency of its own, so it is no bare amount to
// give the place's.
func markAfterBareAmount(text string, m []int) bool {
	end := m[3]
	for _, e := range [...]int{m[5], m[7], m[9]} {
		end = max(end, e)
	}
	rest := strings.TrimLeft(text[end:], " \t\u00a0")
	return strings.HasPrefix(rest, "€") || strings.HasPrefix(rest, "$") || strings.HasPrefix(rest, "£")
}
