package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian workplace chips and labels (table tests in
// remote_cyrillic_chips_test.go). A board that lists its chips in one
// field ("Удаленная работа • Работа в офисе") offers remote work beside the
// office, which reads remote as "Remote • Office" does; the office chip
// alone stays on-site. hh.ru's work_format values name the place of work:
// "На месте работодателя" (at the employer's premises) and "Разъездной"
// (travelling) are on-site, "Гибрид" hybrid and "Удалённо" remote (the
// last two are read elsewhere).

// cyrillicRemoteStems are the Russian and Ukrainian remote-work stems a
// chip list holds, lower case.
var cyrillicRemoteStems = []string{"удален", "удалён", "дистанц", "віддален", "дистанційн"}

// hhOnsiteLabels are hh.ru's on-site work_format values, lower case.
var hhOnsiteLabels = map[string]bool{"на месте работодателя": true, "разъездной": true, "разъездная работа": true, "разъездной характер работы": true}

// reviseCyrillicChips reads a remote chip beside the office chip as remote
// and an hh.ru on-site label as on-site.
func reviseCyrillicChips(hint string, locs []string, ri RemoteInfo) RemoteInfo {
	switch ri.Remote {
	case model.RemoteOnsite:
		if !strings.Contains(ri.Evidence, "офис") && !strings.Contains(ri.Evidence, "Офис") && !strings.Contains(ri.Evidence, "офіс") && !strings.Contains(ri.Evidence, "Офіс") {
			return ri
		}
		for i := -1; i < len(locs); i++ {
			f := hint
			if i >= 0 {
				f = locs[i]
			}
			if remoteChipBesideOffice(f) {
				ri.Remote, ri.Evidence = model.RemoteRemote, "field: "+f
				return ri
			}
		}
	case model.RemoteUnknown:
		for i := -1; i < len(locs); i++ {
			f := hint
			if i >= 0 {
				f = locs[i]
			}
			if f == "" || len(f) > 60 || f[0] < 0x80 {
				continue // every label starts with a Cyrillic letter
			}
			if hhOnsiteLabels[strings.ToLower(strings.Trim(f, " .;,"))] {
				ri.Remote, ri.Evidence = model.RemoteOnsite, "field: "+f
				return ri
			}
		}
	}
	return ri
}

// remoteChipBesideOffice reports a short field that names the office and
// a remote stem: "Удаленная работа • Работа в офисе".
func remoteChipBesideOffice(f string) bool {
	if f == "" || len(f) > 160 || !strings.Contains(f, "офис") && !strings.Contains(f, "Офис") && !strings.Contains(f, "офіс") && !strings.Contains(f, "Офіс") {
		return false
	}
	low := strings.ToLower(f)
	for _, s := range cyrillicRemoteStems {
		if strings.Contains(low, s) {
			return true
		}
	}
	return false
}
