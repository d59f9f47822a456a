package normalize

// A workplace field may say the job is remote only for a passing spell:
// "Remote during COVID-19", "Temp. WFH due to covid", "Remote until further
// notice". Like "Temporarily remote" in a location (locNoRemote), that is
// no work mode of the job: temporaryRemoteHint reports such a field, and
// flagHintWord drops it, so the field names no mode. The spell must be
// named (COVID, the pandemic, "until further notice"); "Remote" alone or
// with a place is left to the other readers.
//
// A location entry may say the same beside the office towns: "Pune /
// Remote working during the pandemic", "Kochi (WFH until further notice)".
// The towns are where the job is; the remote spell names no work mode, so
// fromLocations (remote.go) passes over such an entry, as it does
// "Temporarily remote". The entry must tie the spell to the remote words
// with "during", "due to", "because of", "until" or "till": "Remote -
// Pandemic Response Unit" is a team's name, and stays remote.

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

// temporaryRemoteLoc reports a location entry whose remote words hold only
// for a named passing spell (see above).
func temporaryRemoteLoc(loc string) bool {
	return temporaryRemoteHint(loc) && containsAnyFold(loc, temporarySpellLeads)
}

// temporarySpellLeads are the words that tie the spell to the remote words.
var temporarySpellLeads = []string{"during", "due to", "because of", "until", "till"}
