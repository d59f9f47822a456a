package normalize

import "github.com/gigscout/gigscout/internal/model"

// bodyStaffAug is a post offered as staff augmentation: an outside worker
// placed in the client's team for a while, which is a contract. It reads
// only a hiring phrase ("seeking a staff augmentation developer", "we are
// looking for staff augmentation", Portuguese and Spanish "buscamos staff
// augmentation") or the arrangement named as the post's basis ("a staff
// augmentation role", "on a staff augmentation basis"). A company that
// merely sells the service ("our staff augmentation services", "a staff
// augmentation firm hiring engineers") is left alone.
var bodyStaffAug = newKeyRegexp(`(?i)\b(?:seeking|looking\s+for|hiring|need|needs|buscamos|procuramos|buscando|contratando|precisamos\s+de|necesitamos)\s+(?:an?\s+|um\s+|una?\s+)?staff[- ]aug(?:mentation)?\b|`+
	`\bstaff[- ]aug(?:mentation)?\s+(?:role|position|contract|engagement|assignment|resource|basis|opportunity|consultant|contractor|developer|engineer|placement)s?\b|`+
	`\b(?:on|via|through|as|under)\s+(?:an?\s+)?staff[- ]aug(?:mentation)?\b`, 40, 40, "staff aug", "staff-aug")

// staffAugType is contract for a post offered as staff augmentation;
// unknown otherwise. A text that also calls the post full-time or
// permanent is left to those words, as for "W2 only".
func staffAugType(text string) model.JobType {
	if bodyStaffAug.MatchString(text) && !containsFold(text, "full-time") && !containsFold(text, "full time") && !containsFold(text, "permanent") {
		return model.TypeContract
	}
	return model.TypeUnknown
}
