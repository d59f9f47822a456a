package normalize

import "strings"

// oracleWorkplaceKey maps Oracle Recruiting Cloud's workplace-type codes,
// folded as hintRemote folds a hint ("ORA_ON_SITE" is "oraonsite",
// "ORA_REMOTE", "ORA_HYBRID"), to the plain mode key; any other key is
// returned as it is.
func oracleWorkplaceKey(key string) string {
	if len(key) < 9 || !strings.HasPrefix(key, "ora") {
		return key
	}
	switch rest := key[3:]; rest {
	case "remote", "hybrid", "onsite":
		return rest
	}
	return key
}
