package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Office days and partial home-office shares in a work-mode field, in my
// own words (round 49h).
func TestFieldOfficeDaysHomeShare(t *testing.T) {
	cases := []struct {
		hint, loc, text string
		want            model.Remote
	}{
		// A remote-policy value naming office or home days: hybrid.
		{"trzy dni w biurze, reszta zdalnie", "", "", model.RemoteHybrid},
		{"1 dzień w tygodniu w biurze", "", "", model.RemoteHybrid},
		{"zwei Tage im Büro", "", "", model.RemoteHybrid},
		{"3 Tage pro Woche Homeoffice", "", "", model.RemoteHybrid},
		{"deux jours par semaine sur site", "", "", model.RemoteHybrid},
		{"2 días a la semana en oficina", "", "", model.RemoteHybrid},
		{"1 dag per week op kantoor", "", "", model.RemoteHybrid},
		{"tři dny v kanceláři", "", "", model.RemoteHybrid},
		{"2 giorni in sede", "", "", model.RemoteHybrid},
		{"dois dias presenciais", "", "", model.RemoteHybrid},
		// A share of home work below a whole week: hybrid.
		{"Remote (40 % Homeoffice)", "", "", model.RemoteHybrid},
		{"", "Köln (bis zu 70% mobiles Arbeiten)", "", model.RemoteHybrid},
		// Japanese week and month schedules.
		{"在宅週3", "", "", model.RemoteHybrid},
		{"週2出勤", "", "", model.RemoteHybrid},
		{"週2〜3日在宅", "", "", model.RemoteHybrid},
		{"リモート可（不定期出社あり）", "", "", model.RemoteHybrid},
		{"週2日在宅、残りは出社", "", "", model.RemoteHybrid},
		// Labels of a mixed week.
		{"Modalidad mixta", "", "", model.RemoteHybrid},
		{"Flex office", "", "", model.RemoteHybrid},
		// Traps: a whole week at home, a five-day office week.
		{"100% Homeoffice", "", "", model.RemoteRemote},
		{"5 dni w biurze", "", "", model.RemoteUnknown},
	}
	for _, c := range cases {
		var locs []string
		if c.loc != "" {
			locs = []string{c.loc}
		}
		got := ParseRemote(c.hint, locs, c.text)
		if c.want == model.RemoteUnknown {
			if got.Remote == model.RemoteHybrid || got.Remote == model.RemoteRemote {
				t.Errorf("%q %q: got %s (%s), want no hybrid or remote", c.hint, c.loc, got.Remote, got.Evidence)
			}
			continue
		}
		if got.Remote != c.want {
			t.Errorf("%q %q: got %s (%s), want %s", c.hint, c.loc, got.Remote, got.Evidence, c.want)
		}
	}
}

// A remote description that states office days or a partial share.
func TestTextOfficeDaysHomeShare(t *testing.T) {
	cases := []struct {
		hint, text string
		want       model.Remote
	}{
		{"", "Oferujemy pracę zdalną, 1 dzień w biurze w Gdańsku co tydzień.", model.RemoteHybrid},
		{"", "Remote-Stelle. Arbeiten zu 60 % im Homeoffice möglich? Ja: 60 % Homeoffice.", model.RemoteHybrid},
		{"", "Trabajo en remoto en modalidad mixta con la oficina de Sevilla.", model.RemoteHybrid},
		{"remote", "Zdalnie, opcjonalnie 2 dni w biurze.", model.RemoteRemote},
		{"", "Fully remote; the office in Lisbon is open for 1-2 days of onboarding per year.", model.RemoteRemote},
	}
	for _, c := range cases {
		if got := ParseRemote(c.hint, nil, c.text); got.Remote != c.want {
			t.Errorf("%q: got %s (%s), want %s", c.text, got.Remote, got.Evidence, c.want)
		}
	}
}
