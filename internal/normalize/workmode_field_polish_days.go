package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Polish work-mode field values (table tests in
// workmode_field_polish_days_test.go). Recruiters fill a work-mode field
// with short notes, and two shapes of them are hybrid:
//
//   - a value that opens with the Polish hybrid word and goes on with a
//     qualifier: "hybryda, dwa dni w biurze", "Hybrydowo: środy w biurze".
//     The opening word names the mode; an office or home word later in the
//     note only says how the week is split;
//   - a value that counts office days or visits a week or a month in Polish:
//     "2x/tyg Kraków", "1-2 dni w tygodniu", "3 dni z biura", "raz w msc"
//     is not read, "1 w msc." is. A count a week is one to four (five days
//     a week is the whole week); a count a month is one to fifteen. Beside
//     a remote word the count still names office days ("zdalnie + 2x w
//     miesiącu"), except after a 100 % remote ("100% zdalnie, czasem 1x w
//     miesiącu" stays remote: the visit is optional) and except a count of
//     remote days ("zdalnie 5 dni w tygodniu").
//
// A note that offers remote work as the other choice ("hybryda lub
// zdalnie") is left to the other readers: remote is offered. Only the
// structured work-mode field is read this way; a description
// that counts days has its own readers.
var (
	// polishHybridLead is the hybrid word opening the value.
	polishHybridLead = regexp.MustCompile(`(?i)^\W*hybryd(?:a|ą|owo|owa|owy|owej|owym|owe)\b`)
	// polishFieldCount is a count and its Polish unit: a week, a month or
	// the office.
	polishFieldCount = regexp.MustCompile(`(?i)(?:^|[^\d,.])(\d{1,2})(?:\s*[-–,]\s*(\d{1,2}))?\s*(?:x|razy|dni|dzień|dzien)?\s*(?:/\s*|\bw\s+|\bna\s+|\bz\s+)?(tydzień|tydzien|tygodniu|tygodniowo|tyg\b|miesiąc\w*|miesiac\w*|miesięcznie|miesiecznie|msc\b|biur\w*|onsite\b|on-site\b|stacjonarn\w*)`)
	// polishCountWords is a Polish word that makes the count Polish when
	// the unit itself is English ("3 dni onsite").
	polishCountWords = regexp.MustCompile(`(?i)\b(?:dni|dzień|dzien|razy|tyg|tygodniu|tygodniowo|miesiąc\w*|miesiac\w*|msc|biur\w*|stacjonarn\w*)\b|\d\s*x\s*/`)
	// polishWholeRemote is the whole job remote, said in Polish.
	polishWholeRemote = regexp.MustCompile(`(?i)100\s*%\s*(?:zdaln|remote)`)
	// polishRemoteChoice offers remote work as the other choice ("... lub
	// zdalnie"): remote is offered, which the other readers decide.
	polishRemoteChoice = regexp.MustCompile(`(?i)\b(?:lub|albo|or)\s+(?:remote|zdaln)`)
)

// polishFieldMode reads a work-mode field value as described above;
// unknown when it is neither shape.
func polishFieldMode(hint string) model.Remote {
	if len(hint) < 4 || len(hint) > 120 {
		return model.RemoteUnknown
	}
	if !hasFold(hint, "hybryd") && !hasFold(hint, "tyg") && !hasFold(hint, "mies") && !hasFold(hint, "msc") &&
		!hasFold(hint, "biur") && !hasFold(hint, "dni") && !hasFold(hint, "stacjonarn") {
		return model.RemoteUnknown // no Polish word at all: the common case, kept cheap
	}
	if polishRemoteChoice.MatchString(hint) {
		return model.RemoteUnknown
	}
	if polishHybridLead.MatchString(hint) {
		return model.RemoteHybrid
	}
	if !polishCountWords.MatchString(hint) || polishWholeRemote.MatchString(hint) {
		return model.RemoteUnknown
	}
	for _, m := range polishFieldCount.FindAllStringSubmatch(hint, 4) {
		n, _ := strconv.Atoi(m[1])
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2]) // the top of "1-2x", "2,3 dni"
		}
		unit := strings.ToLower(m[3])
		month := len(unit) >= 3 && (unit[:3] == "mie" || unit[:3] == "msc")
		switch {
		case n < 1:
		case month && n <= 15:
			return model.RemoteHybrid
		case !month && n <= 4:
			return model.RemoteHybrid
		}
	}
	return model.RemoteUnknown
}
