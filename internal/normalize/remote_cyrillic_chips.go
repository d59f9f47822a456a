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
	fields := append([]string{hint}, locs...)
	switch ri.Remote {
	case model.RemoteOnsite:
		if !strings.Contains(ri.Evidence, "офис") && !strings.Contains(ri.Evidence, "Офис") {
			return ri
		}
		for _, f := range fields {
			if len(f) > 160 || !strings.Contains(strings.ToLower(f), "офис") {
				continue
			}
			low := strings.ToLower(f)
			for _, s := range cyrillicRemoteStems {
				if strings.Contains(low, s) {
					ri.Remote, ri.Evidence = model.RemoteRemote, "field: "+f
					return ri
				}
			}
		}
	case model.RemoteUnknown:
		for _, f := range fields {
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
