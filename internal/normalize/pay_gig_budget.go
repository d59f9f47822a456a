package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay as freelance boards, gig boards and bounty lists state it for the
// whole piece of work:
//
//   - A budget label opening a line of running text, a colon right before
//     the amount: "Presupuesto: 300 - 500 USD", "Бюджет: 10 000 ₽",
//     "Estimated budget: £400", "Orçamento: R$ 1.500". A pay field reads such
//     labels already (pay_budget_field_label.go); in running text a budget
//     word stays a company's or a perk's budget ("un presupuesto de
//     formación de 500 €", "Бюджет проекта 900 000 тенге", "Learning budget:
//     $500") unless it labels a line of its own (budgetLineLabel).
//   - A lone four-digit amount ("1200", no thousands separator) is as often
//     a year as pay; with a pay label and a colon right before it ("budget:
//     1200 euros", "Payment: 1000 EUR") or a fee word right after it ("1000
//     EUR upon completion") it is pay (bare4Labelled).
//   - The piece paid for named before the amount: "Pay per task: $5", "Rate
//     per article: €40", "per word: $0.08" (perPieceBefore): a project's
//     pay, not the hour the size suggests.
//   - On a gig listing (freelance, fixed-price, project-based, a gig or
//     micro-internship) an amount stated with no period and no pay cue
//     ("$2,000 - $4,000" in the pay field) is the budget for the work, not a
//     month's pay, which is what its size alone would say (gigProjectPay).
//
// Table tests and traps in pay_gig_budget_test.go.

// workWholeNouns are more pieces of work a fee after an amount names
// (fixedAfter, pay.go): "$2,000 for the full build", "€800 for the
// website", "$50 for the study", "$1,500 for the whole migration".
const workWholeNouns = `build|website|site|app|redesign|design|logo|audit|migration|campaign|edit|translation|integration|setup|series|book|manuscript|course|prototype|mvp|milestone|batch|package|contest|challenge|hackathon|study|sprint`

// morePieces are more pieces of content work paid each, after "per",
// "each" or "for each" (pieceWordsAfter): "$100 for each approved
// tutorial", "$40 per podcast script", "$250 per valid bug".
const morePieces = `tutorials?|guides?|templates?|scripts?|songs?|tracks?|podcasts?|e-?books?|whitepapers?|presentations?|mockups?|wireframes?|bugs?|vulnerabilit(?:y|ies)`

// budgetLineLabelRe is a budget label opening a line (a bullet allowed),
// at most a descriptive word before it and a colon after it, and at most a
// bound ("up to", "до", "hasta") before the amount.
var budgetLineLabelRe = regexp.MustCompile(`(?i)(?:^|\n|[.!?]\s+)[ \t]*(?:[-•*·▪►]\s*)?(?:(?:est\.?|estimated|approx\.?|approximate|desired|total|project|fixed|job|gig|task|our|the|your|client|ориентировочный|желаемый|общий|presupuesto\s+del|or(?:ç|c)amento\s+do)\s+)?(?:budget|presupuesto|or(?:ç|c)amento|budżet|budzet|rozpočet|rozpocet|бюджет|bütçe|butce|anggaran|budjetti|budsjett|bugetul|buget|pauschal(?:preis|betrag|honorar)?|festpreis|forfait|prix\s+forfaitaire|precio\s+fijo|tarifa\s+plana|pre(?:ç|c)o\s+fixo|prezzo\s+fisso)(?:\s+(?:del\s+proyecto|do\s+projeto|projektu|проекта|заказа|total|estimado|aproximado|range|per\s+project))?\s*[:：]\s*(?:(?:up\s*to|max(?:imum)?|approx\.?|about|around|hasta|até|ate|до|от|do|ca\.?|около)\s*)?$`)

// budgetLineLabel reports that before (judge's 60 bytes before an amount)
// ends in a budget label opening its line or sentence, the colon right
// before the amount. Cheap words first: every label
// holds "bud", "upu", "amento", "юджет", "ütçe", "utce", "ggaran", "ozpo"
// or "uget".
func budgetLineLabel(before string) bool {
	if ruBareBudgetOpen(before) {
		return true // "Сделать лендинг. Бюджет 8 000 ₽." (pay_bare_budget_per_piece.go)
	}
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i:]
	} else if len(before) >= 60 {
		return false // judge's window may start mid-line: no line start is seen
	}
	if strings.IndexAny(before, ":：") < 0 {
		return false
	}
	if !containsFold(before, "bud") && !containsFold(before, "upu") && !containsFold(before, "amento") && !strings.Contains(before, "юджет") &&
		!strings.Contains(before, "ütçe") && !containsFold(before, "utce") && !containsFold(before, "ggaran") && !containsFold(before, "ozpo") && !containsFold(before, "uget") &&
		!containsFold(before, "auschal") && !containsFold(before, "estpreis") && !containsFold(before, "orfait") && !containsFold(before, " fij") &&
		!containsFold(before, " plana") && !containsFold(before, " fix") && !containsFold(before, " fiss") {
		return false
	}
	return budgetLineLabelRe.MatchString(before)
}

// priceFieldLabelRe is a price label opening a pay field: "Цена до:",
// "Price:", "Precio:", "Preis:". A pay field priced so names what the work
// is paid as a whole; in running text a price is a product's ("Price:
// $29/month"), so only a pay field is read so.
var priceFieldLabelRe = regexp.MustCompile(`(?i)^\s*(?:цена|стоимость|ціна|вартість|price|precio|preço|preco|preis|prix|cena|fiyat|harga)(?:\s+(?:до|up\s*to|hasta|até|bis|do|od))?\s*[:：\-–]?\s*(?:до|от|up\s*to|hasta|até|bis|do|od)?\s*$`)

// priceFieldLabel reports a price label opening a pay field, before an
// amount (budgetFieldLabel asks it for a pay field only).
func priceFieldLabel(before string) bool {
	return len(before) <= 24 && priceFieldLabelRe.MatchString(before)
}

// payLabelColon is a pay label right before an amount, a colon, "of" or
// "is" after it: "budget: ", "Payment: ", "a fee of ", "Prize: ".
var payLabelColon = regexp.MustCompile(`(?i)\b(?:budget|payment|pay|fee|prize|reward|bounty|stipend|honorarium|compensation|remuneration|salary|rate|price|presupuesto|or(?:ç|c)amento|бюджет|budżet)\s*(?:(?:[:：]|\bof\b|\bis\b)\s*(?:(?:up\s*to|about|around|approx\.?)\s*)?|up\s*to\s*)$`)

// bare4Labelled reports that a lone four-digit amount is pay by its label
// or by a fee phrase after it (judge turns such an amount away otherwise,
// as a year).
func bare4Labelled(before, after string) bool {
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	if (strings.IndexByte(before, ':') >= 0 || containsFold(before, " of") || containsFold(before, " is") || containsFold(before, " to") || strings.Contains(before, "：")) && payLabelColon.MatchString(before) { // " to": "Salary up to 3000 EUR"
		return true
	}
	if fixedAfter.FindStringIndex(after) != nil {
		return true // "1000 EUR upon completion"
	}
	if bare4SalaryNoun(before) {
		return true // "Salary 4000 EUR" (pay_bare4_salary_noun.go)
	}
	_, ok := slavicProjectAfter(after) // "2000 zł za projekt"
	return ok
}

// perPieceBeforeRe is a piece of work paid for each, named right before an
// amount: "per task:", "per article -", "per word of", "pay per video".
var perPieceBeforeRe = regexp.MustCompile(`(?i)\bper\s+(?:(?:completed|finished|delivered|approved|accepted|single)\s+)?(?:task|gig|project|assignment|job|` + perItem + `|` + perPiece + `)\s*(?:[:：\-–—]|\bis\b|\bof\b|=)?\s*(?:(?:about|around|approx\.?|up\s*to)\s*)?$`)

// perPieceBefore reports such a piece before an amount (cheap word first).
func perPieceBefore(before string) bool {
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	return containsFold(before, "per ") && perPieceBeforeRe.MatchString(before)
}

// gigTitleOrField are words in a title or an employment-type field that
// make a listing a gig: freelance work, a fixed price, a project-based
// engagement, a gig. A bounty title is a project already (ParseType); a
// bounty programme's manager is not a gig ("Bug Bounty Program Manager").
var gigTitleOrField = newCueRegexp(`(?i)\b(?:freelance|freelancer|freelancing|gig|gigs|fixed[- ]price|project[- ]based|per[- ]project|one[- ]off project|micro[- ]?internship)\b`)

// gigTextWord are stronger words in a description: a fixed price or a
// freelance project or gig.
var gigTextWord = newCueRegexp(`(?i)\b(?:fixed[- ]price|freelance (?:project|gig|job|task|work)|project[- ]based (?:work|gig|role|engagement|contract)|one[- ]off project|(?:est\.?|estimated) budget)\b`)

// gigListing reports a listing for a piece of freelance or gig work.
func gigListing(l *model.Listing) bool {
	if l.Type == model.TypeProject || l.Type == model.TypeMicroInternship {
		return true
	}
	if gigTitleOrField.MatchString(l.Title) || gigTitleOrField.MatchString(l.EmploymentType) {
		return true
	}
	head := l.Text
	if len(head) > 4000 {
		head = head[:4000]
	}
	if ruGigListing(head) {
		return true // "Срок: 3 дня": an order's deadline (pay_ru_salary_gig_boards.go)
	}
	return (containsFold(head, "fixed") || containsFold(head, "freelance") || containsFold(head, "based") || containsFold(head, "budget") || containsFold(head, "one")) && gigTextWord.MatchString(head)
}

// gigProjectPay makes the pay of a gig listing a project's when its unit
// came from the amount's size alone (no period after it, no pay word naming
// one before it) and the size said a month: "$2,000 - $4,000" for a
// freelance logo job is its budget. An hour's or a year's size stays.
func gigProjectPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit != model.UnitMonth && !deadlineOrderHour(pay, l) || pay.Evidence == nil || pay.Source != model.FromText {
		return pay
	}
	if !gigListing(l) {
		return pay
	}
	return sizeOnlyAsProject(pay, l)
}

// sizeOnlyAsProject returns pay as the price of the whole work when its
// unit came from the amount's size alone: the evidence's own candidate,
// read again, scores 1 or less (no period after the amount, no pay word
// naming one before it). Otherwise pay is returned as it is. Callers check
// that pay is read from text and has evidence.
func sizeOnlyAsProject(pay *model.Pay, l *model.Listing) *model.Pay {
	text := evidenceField(l, pay.Evidence.Field)
	if text == "" {
		return pay
	}
	c, _ := payCandidateIn(pay.Evidence.Field, text)
	if c == nil || c.score > 1 || c.start != pay.Evidence.Start {
		return pay
	}
	p := *pay
	p.Unit = model.UnitProject
	return &p
}
