package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing filed as remote (a remote flag or location) whose German
// description says the role is hybrid or done on site, as the English
// readers of remoteContradicted do for "This is a hybrid role": boards set
// the remote flag on hybrid roles often. Read: "Hybrides Arbeiten in
// Leipzig", "hybrides Arbeitsmodell" (hybrid); "Arbeit vor Ort in unserem
// Werk", "Homeoffice ist leider nicht möglich" (on-site). Left alone: a
// text that also calls the role fully remote ("100% Homeoffice",
// "komplett remote"), on-site work at customers' sites ("Arbeit vor Ort
// beim Kunden" is travel, not the desk), and occasional presence
// ("gelegentlich Arbeit vor Ort"). Table tests in
// remote_flag_german_body_test.go.
var (
	// germanHybridWork is German hybrid work named as the role's way of
	// working: "hybrides Arbeiten", "die Stelle ist hybrid".
	germanHybridWork = regexp.MustCompile(`(?i)\bhybrid(?:e|es|en|er)?\s+(?:arbeit(?:en|smodell|sweise)?|modell|homeoffice-modell)\b|\b(?:stelle|position|rolle|tätigkeit)\s+ist\s+hybrid\b`)
	// germanRemoteDenied is home office or remote work denied.
	germanRemoteDenied = regexp.MustCompile(`(?i)\b(?:home[- ]?office|mobiles\s+arbeiten|remote(?:[- ]arbeit)?)\s+(?:ist\s+)?(?:(?:hier|leider|bei\s+dieser\s+stelle|in\s+dieser\s+rolle)\s+){0,2}nicht\s+m[öo]glich\b`)
	// germanFullyRemote is a German (or German-English) fully remote
	// statement.
	germanFullyRemote = regexp.MustCompile(`(?i)(?:\b100\s?%\s*|\bvollständig(?:es)?\s+|\bkomplett(?:es)?\s+|\bausschließlich\s+(?:im\s+)?|\bfull[- ])(?:remote|home[- ]?office|mobil)`)
	// germanOnsiteAside follows an on-site phrase that is travel or an
	// occasional visit: "beim Kunden", "bei unseren Kunden".
	germanOnsiteAside = regexp.MustCompile(`(?i)^\s*(?:beim|bei\s+(?:unseren|den|dem|unserem)?\s*)kunden`)
	// germanOnsiteOccasional precedes an on-site phrase that is occasional.
	germanOnsiteOccasional = regexp.MustCompile(`(?i)\b(?:gelegentlich\p{L}*|teilweise|ab\s+und\s+zu|vereinzelt\p{L}*|zeitweise)\s+(?:\p{L}+\s+)?$`)
)

// germanContradiction reads German wording that places a remote-filed
// role in a hybrid or on-site setting; unknown when there is none.
func germanContradiction(text string) (model.Remote, string) {
	hasHybrid, hasOrt, hasDenial := hasFold(text, "hybrid"), hasFold(text, "vor ort"), hasFold(text, "nicht m")
	if !hasHybrid && !hasOrt && !hasDenial || germanFullyRemote.MatchString(text) {
		return model.RemoteUnknown, ""
	}
	if hasHybrid {
		if loc := germanHybridWork.FindStringIndex(text); loc != nil {
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	if hasDenial {
		if loc := germanRemoteDenied.FindStringIndex(text); loc != nil {
			return model.RemoteOnsite, text[loc[0]:loc[1]]
		}
	}
	if hasOrt {
		for _, loc := range germanOnsite.FindAllStringIndex(text, 4) { // onsite_cues.go
			if germanOnsiteAside.MatchString(text[loc[1]:min(len(text), loc[1]+30)]) ||
				germanOnsiteOccasional.MatchString(text[max(0, loc[0]-30):loc[0]]) {
				continue
			}
			return model.RemoteOnsite, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}
