package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A permanent-tenure tag closing a title ("Comptable (50%) - CDI",
// "Sachbearbeiter 40% unbefristet") says how long the post lasts, not how
// many hours it has: a workload well under full time before the tag is the
// type, as "CDI temps partiel" already reads part-time. Only a workload
// whose upper end is under 80 % is read so: boards disagree on 80-99 %
// ("80-100%" is often filed full-time), and there the tag still reads as
// it does today.

// titleTenureTag is a permanent-tenure word at the end of a title, after a
// dash, bar, comma, colon, bracket or space.
var titleTenureTag = regexp.MustCompile(`(?:\s*[-–—|,:]\s*|\s*\(\s*|\s+)(?:CDI|(?i:unbefristet|festanstellung|permanent|indefinido|a\s+tempo\s+indeterminato))\s*\)?\s*$`)

// tenureTitleWorkloadType reads a workload under 80 % right before a
// closing permanent-tenure tag: part-time, else TypeUnknown.
func tenureTitleWorkloadType(title string) model.JobType {
	if strings.IndexByte(title, '%') < 0 {
		return model.TypeUnknown
	}
	loc := titleTenureTag.FindStringIndex(title)
	if loc == nil {
		return model.TypeUnknown
	}
	rest := genderNote.ReplaceAllString(strings.TrimSpace(title[:loc[0]]), "")
	m := percentEnd.FindStringSubmatchIndex(rest)
	if m == nil || percentNotLoad.MatchString(rest[:m[2]]) {
		return model.TypeUnknown
	}
	hi := rest[m[2]:m[3]]
	if m[4] >= 0 {
		hi = rest[m[4]:m[5]]
	}
	if workloadType(rest[m[2]:m[3]], hi) != model.TypePartTime || !workloadUnder(hi, 80) {
		return model.TypeUnknown
	}
	return model.TypePartTime
}

// workloadUnder reports whether the percentage digits p are under limit.
func workloadUnder(p string, limit int) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n < limit
}
