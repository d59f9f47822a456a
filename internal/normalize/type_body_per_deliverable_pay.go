package normalize

import "github.com/gigscout/gigscout/internal/model"

// Pay by the piece of work delivered makes the post project work (table
// tests in type_body_per_deliverable_pay_test.go): "paid per task
// completed", "Paid per deliverable", "payment per illustration", "a
// per-episode fee", "pay per audio minute". The pay is for bounded pieces
// of work, as a fixed fee for a project is (bodyProject).
//
// Only units of delivered work count: "paid per hour", "per diem", "paid
// per word" (a translator's rate, which the contract readers judge) and a
// factory's "piece rate" are left alone, and so is a bonus ("a bonus paid
// per deliverable shipped") beside a salaried post.
var perDeliverablePay = newKeyRegexp(`(?i)\b(?:(?:paid|pay|payment|fee|rate)\s+(?:is\s+)?per\s+(?:completed\s+|approved\s+|accepted\s+)?(?:tasks?|deliverables?|episodes?|articles?|videos?|illustrations?|designs?|submissions?|audio\s+minutes?|transcripts?|assignments?|milestones?)|per[- ](?:task|deliverable|episode|article|video|illustration|design|submission|milestone)\s+(?:fee|rate|pay|payment|basis))\b`,
	40, 60, "paid", "pay", "fee", "rate", "basis")

// perDeliverablePayType is a project when text pays per delivered piece of
// work, else unknown.
func perDeliverablePayType(text string) model.JobType {
	for _, loc := range perDeliverablePay.FindAllStringIndex(text, 4) { // around its key words only (the shared key scan)
		if containsAnyFold(text[max(0, loc[0]-24):loc[0]], []string{"bonus", "commission", "incentive"}) {
			continue
		}
		return model.TypeProject
	}
	return model.TypeUnknown
}
