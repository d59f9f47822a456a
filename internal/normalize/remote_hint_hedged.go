package normalize

import "strings"

// A workplace field may hedge its mode: "Maybe remote", "possibly hybrid",
// "Perhaps WFH", "might be remote". The field does not say the job is
// remote, only that it could be; like "Remote during COVID-19"
// (remote_hint_temporary.go) it names no mode of the job, so flagHintWord
// drops it and the locations and the description decide. Only a field that
// is the hedging word and one mode word is read so: "Remote possible",
// "Remote (maybe hybrid)", "Possibly remote, Berlin" and the description
// are left to the other readers.

// hedgedModeField reports a short workplace field made of a hedging word
// and a work-mode word.
func hedgedModeField(hint string) bool {
	if len(hint) > 32 || !containsAnyFold(hint, hedgeFieldWords) {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.NewReplacer("_", " ", "-", " ").Replace(strings.TrimSpace(hint))))
	switch {
	case len(words) == 2 && hedgeFieldLead[words[0]]:
		return hedgedModeWords[words[1]]
	case len(words) == 3 && (words[0] == "might" || words[0] == "may") && words[1] == "be":
		return hedgedModeWords[words[2]]
	case len(words) == 3 && hedgeFieldLead[words[0]] && words[1] == "on" && words[2] == "site":
		return true // "maybe on-site", its hyphen spaced above
	}
	return false
}

// hedgeFieldWords gate hedgedModeField before it splits the field.
var hedgeFieldWords = []string{"maybe", "possibly", "perhaps", "potentially", "might", "may be"}

// hedgeFieldLead are the hedging words that open such a field.
var hedgeFieldLead = map[string]bool{"maybe": true, "possibly": true, "perhaps": true, "potentially": true}

// hedgedModeWords are the mode words such a field hedges.
var hedgedModeWords = map[string]bool{"remote": true, "remotely": true, "hybrid": true, "onsite": true, "wfh": true, "telework": true}
