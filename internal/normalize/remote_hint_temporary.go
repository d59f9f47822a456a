package normalize

// A workplace field may say the job is remote only for a passing spell:
// "Remote during COVID-19", "Temp. WFH due to covid", "Remote until further
// notice". Like "Temporarily remote" in a location (locNoRemote), that is
// no work mode of the job: temporaryRemoteHint reports such a field, and
// flagHintWord drops it, so the field names no mode. The spell must be
// named (COVID, the pandemic, "until further notice"); "Remote" alone or
// with a place is left to the other readers.

// temporaryRemoteHint reports a short remote field limited to a passing spell.
func temporaryRemoteHint(hint string) bool {
	if len(hint) > 60 {
		return false
	}
	if !containsFold(hint, "covid") && !containsFold(hint, "pandemic") && !containsFold(hint, "further notice") {
		return false
	}
	return containsAnyFold(hint, temporaryHintWords)
}

// temporaryHintWords are the remote words such a field names.
var temporaryHintWords = []string{"remote", "wfh", "work from home", "working from home", "telework", "home office", "homeoffice"}
