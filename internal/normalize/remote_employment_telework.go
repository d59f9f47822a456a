package normalize

import "github.com/gigscout/gigscout/internal/model"

// employmentFieldTelework reads the German job board's working-time model
// "Heim-/Telearbeit" (the federal employment agency's HEIM_TELEARBEIT,
// listed beside VOLLZEIT or TEILZEIT in the employment-type field) as
// hybrid work when nothing else set the mode: the field offers home or
// telework as one way of working, not an office-free post. Only the short
// employment-type field is read.
func employmentFieldTelework(emp string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || len(emp) > 80 || !containsFold(emp, "telearbeit") {
		return ri
	}
	ri.Remote = model.RemoteHybrid
	ri.Evidence = "employment_type: " + emp
	return ri
}
