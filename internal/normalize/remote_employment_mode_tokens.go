package normalize

import "strings"

// employmentModeToken reads one entry of an employment-type field that is
// a feed's work-mode token rather than a kind of contract: schema.org's
// jobLocationType value TELECOMMUTE (which some feeds list among the
// employment types), "Telework" and "Remote only". It returns the entry, to
// be read as the remote hint, or "". Longer entries ("Telecommute allowance
// paid", "Remote only after probation") are left to the other readers.
func employmentModeToken(part string) string {
	p := strings.TrimSpace(part)
	if len(p) < 6 || len(p) > 20 {
		return ""
	}
	switch strings.ToLower(hintSeparators.Replace(p)) {
	case "telecommute", "telecommuting", "telework", "teleworking", "remoteonly", "onlyremote":
		return p
	}
	return ""
}
