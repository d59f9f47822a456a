package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workplace field may arrive as a flag written out with its value, the
// way an export or a feed prints a boolean: "remote: false", "is_remote:
// true", "isRemote=false", "telecommuting: false", "Remote: N", "Hybrid:
// No". The flag's name decides the mode and its value whether it holds:
//   - a remote flag (remote, is_remote, isRemote, remote work,
//     remote_position, telecommuting, telework, work from home, wfh) that
//     is true is remote,
//     and one that is false is on-site, as "Remote: No" already is;
//   - a hybrid flag that is true is hybrid; a false one says only that the
//     job is not hybrid, which names no mode: unknown, not hybrid;
//   - an on-site or office flag that is true is on-site; a false one names
//     no mode.
//
// The value must be a bare boolean word (true, false, yes, no, y, n, 1, 0):
// "Remote: US only", "Remote: Optional", "Hybrid: 2 days" are left to the
// other readers.

// hintFlagKeys are the flag names, by their lettersLower key.
var hintFlagKeys = map[string]model.Remote{
	"remote": model.RemoteRemote, "isremote": model.RemoteRemote, "remotework": model.RemoteRemote,
	"remoteworking": model.RemoteRemote, "remoteallowed": model.RemoteRemote, "remoteeligible": model.RemoteRemote,
	"remotepossible": model.RemoteRemote, "remoteworkpossible": model.RemoteRemote, "remoteok": model.RemoteRemote,
	"telecommute": model.RemoteRemote, "telecommuting": model.RemoteRemote, "istelecommute": model.RemoteRemote,
	"telework": model.RemoteRemote, "teleworking": model.RemoteRemote, "workfromhome": model.RemoteRemote,
	"wfh": model.RemoteRemote, "fullyremote": model.RemoteRemote, "isfullyremote": model.RemoteRemote,
	"hybrid": model.RemoteHybrid, "ishybrid": model.RemoteHybrid,
	"onsite": model.RemoteOnsite, "isonsite": model.RemoteOnsite, "inoffice": model.RemoteOnsite, "isinoffice": model.RemoteOnsite,
	// a Brazilian or German board's home-office flag is its remote one: "home_office: true"
	"homeoffice": model.RemoteRemote, "ishomeoffice": model.RemoteRemote,
	// a careers-site feed's own column for the same flag: "remote_position: No"
	"remoteposition": model.RemoteRemote, "isremoteposition": model.RemoteRemote,
}

// flagHintWord gives the field as the bare value the readers know: a remote
// flag's own value ("true", "false", so that a false flag beside a location
// that states the mode is read as a bare "false" is), "hybrid" or "onsite"
// for a hybrid or on-site flag that holds, and nothing for one that does not.
// Any other field is returned as it is.
func flagHintWord(hint string) string {
	if temporaryRemoteHint(hint) || hedgedModeField(hint) {
		return "" // "Remote during COVID-19" (remote_hint_temporary.go), "Maybe remote" (remote_hint_hedged.go)
	}
	r, ok := hintFlagValue(hint)
	if !ok {
		if word, listed := flagListWord(hint); listed {
			return word // "remote: true, hybrid: false" (remote_hint_flag_list.go)
		}
	}
	switch {
	case !ok:
		return hint
	case r == model.RemoteRemote:
		return "true"
	case r == model.RemoteHybrid:
		return "hybrid"
	case r == model.RemoteOnsite && remoteFlagKey(hint):
		return "false"
	case r == model.RemoteOnsite:
		return "onsite"
	}
	return ""
}

// remoteFlagKey reports a field whose flag is a remote one.
func remoteFlagKey(hint string) bool {
	i := strings.IndexAny(hint, ":=?")
	return i > 0 && hintFlagKeys[lettersLower(hint[:i])] == model.RemoteRemote
}

// hintFlagValue reads a workplace field of the shape flag, separator,
// boolean value. ok is false for any other field; r is unknown when the
// flag is a hybrid or on-site one set false.
func hintFlagValue(hint string) (r model.Remote, ok bool) {
	if len(hint) > 40 {
		return model.RemoteUnknown, false
	}
	i := strings.IndexAny(hint, ":=?")
	if i <= 0 {
		return model.RemoteUnknown, false
	}
	mode, known := hintFlagKeys[lettersLower(hint[:i])]
	if !known {
		return model.RemoteUnknown, false
	}
	var holds bool
	switch strings.ToLower(strings.Trim(hint[i+1:], " \t\"'.")) {
	case "true", "yes", "y", "1":
		holds = true
	case "false", "no", "n", "0":
		holds = false
	default:
		return model.RemoteUnknown, false
	}
	switch {
	case holds:
		return mode, true
	case mode == model.RemoteRemote:
		return model.RemoteOnsite, true
	}
	return model.RemoteUnknown, true
}
