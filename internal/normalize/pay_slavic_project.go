package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian, Ukrainian, Polish and Czech freelance boards (fl.ru, Kwork,
// Freelancehunt, Useme) quote a project's pay as a budget ("Бюджет:
// 10 000 руб.", "Budżet: 2000 zł") or as pay for the order ("5 000 ₽ за
// проект", "1500 грн за статью", "800 zł za projekt"): a project's pay,
// not the month the ruble's or hryvnia's size suggests. A budget label
// sets the unit of an amount read as pay (a pay field, or text with a pay
// word); it does not make a budget in running text pay ("Бюджет проекта
// 900 000 тенге" in a job description is the company's). Table tests in
// pay_slavic_project_test.go.

// slavicProjectAfterRe is "за" (for) and a piece of work right after an
// amount, its currency word or sign allowed between.
var slavicProjectAfterRe = regexp.MustCompile(`(?i)^\s*(?:руб(?:лей|ля|\.)?|р\.|₽|грн\.?|гривень|гривен|₴|тенге|₸|zł|zl|pln|kč|czk|uah|rub)?\s*за\s+(?:весь\s+|всю\s+|все\s+|целый\s+|одну\s+|один\s+|одну\s+|cały\s+|całe\s+|jeden\s+|jedno\s+|celý\s+)?(?:проект|проєкт|заказ|замовлення|задач[уи]|завдання|работу|роботу|стать[юи]|статтю|текст|лендинг|сайт|логотип|видео|відео|перевод|переклад|projekt|zlecenie|zadanie|artykuł|artykul|tekst|zakázku|zakazku|článek|clanek)(?:[^\p{L}]|$)`)

// slavicProjectAfter reads such a phrase after an amount: its length in
// bytes and whether there is one (gated by the "за"/"za" bytes).
func slavicProjectAfter(after string) (int, bool) {
	head := after
	if len(head) > 80 {
		head = head[:80]
	}
	if !strings.Contains(head, "за") && !containsFold(head, "za") {
		return 0, false
	}
	loc := slavicProjectAfterRe.FindStringIndex(head)
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// slavicBudgetTail is a budget label ending the text before an amount:
// "Бюджет:", "Бюджет проекта до", "Budżet:", "Rozpočet:".
var slavicBudgetTail = regexp.MustCompile(`(?i)(?:бюджет(?:а|у)?(?:\s+(?:проекта|проєкту|заказа|замовлення))?|budżet|budzet|rozpočet|rozpocet)\s*[:\-–—]?\s*(?:до|от|від|около|близько|do|od|ok\.|około|až|do výše)?\s*$`)

// slavicBudgetUnit is cueUnit's reading of a budget label right before an
// amount: a project's pay.
func slavicBudgetUnit(before string) (model.PayUnit, bool) {
	tail := before
	if len(tail) > 60 {
		tail = tail[len(tail)-60:]
	}
	if !strings.Contains(tail, "юджет") && !containsFold(tail, "bud") && !containsFold(tail, "rozpo") {
		return "", false
	}
	if slavicBudgetTail.MatchString(tail) {
		return model.UnitProject, true
	}
	return "", false
}
