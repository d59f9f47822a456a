package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A feed that keeps one boolean per mode may print its workplace field as a
// short list of them: "remote: true, hybrid: false", "is_remote=no;
// hybrid=yes", "home_office: true, hybrid: false". remote_hint_flag_value.go
// reads a field of one such flag; a list of two or more only when each part
// is a flag with a bare boolean value, so that "Remote: yes, US only" or
// "Remote: true, relocation: no" stay with the other readers. The flags that
// hold decide the mode:
//   - a hybrid flag that holds is hybrid, with or without a remote one (the
//     hybrid flag narrows the remote one, as a hybrid place does);
//   - a remote flag that holds is remote, an on-site one on-site;
//   - remote and on-site both holding, with no hybrid flag, is left to the
//     other readers;
//   - no flag holding, with a remote one set false, is a bare "false" (the
//     job is not remote, as "remote: false" alone is read); no flag holding
//     and no remote flag names no mode.
//
// Before this, the word "hybrid" in "…, hybrid: false" was read as the mode.

// maxFlagListParts bounds a flag list: a feed prints a handful of mode flags.
const maxFlagListParts = 4

// flagListWord gives a flag list as the bare field word flagHintWord gives a
// single flag ("true", "false", "hybrid", "onsite", or "" for no mode); ok
// is false for a field that is not such a list.
func flagListWord(hint string) (word string, ok bool) {
	if len(hint) > 100 || !strings.ContainsAny(hint, ",;|") {
		return "", false
	}
	parts := strings.FieldsFunc(hint, func(r rune) bool { return r == ',' || r == ';' || r == '|' })
	if len(parts) < 2 || len(parts) > maxFlagListParts {
		return "", false
	}
	var remote, hybrid, onsite, remoteFalse bool
	for _, part := range parts {
		r, known := hintFlagValue(strings.TrimSpace(part))
		if !known {
			return "", false
		}
		switch {
		case r == model.RemoteRemote:
			remote = true
		case r == model.RemoteHybrid:
			hybrid = true
		case r == model.RemoteOnsite && remoteFlagKey(strings.TrimSpace(part)):
			remoteFalse = true // "remote: false" reads as on-site alone; here it only says "not remote"
		case r == model.RemoteOnsite:
			onsite = true
		}
	}
	switch {
	case hybrid:
		return "hybrid", true
	case remote && onsite:
		return "", false
	case remote:
		return "true", true
	case onsite:
		return "onsite", true
	case remoteFalse:
		return "false", true
	}
	return "", true
}
