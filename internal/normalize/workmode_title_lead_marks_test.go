package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTitleLeadMark(t *testing.T) {
	cases := []struct {
		title, want string
	}{
		// the mode word, then a middle dot or a bullet, then the role
		{"Remote · Platform Engineer", "Remote"},
		{"remote ·Support Lead", "Remote"},
		{"Fully Remote · Content Writer", "Remote"},
		{"Hybrid • Payroll Specialist", "Hybrid"},
		{"Remote • Bookkeeper", "Remote"},
		// a Chinese tag bracket holding 远程 as a whole item
		{"【远程】前端工程师", "Remote"},
		{"【上海·远程】数据分析师", "Remote"},
		{"[遠程] Backend Developer", "Remote"},
		{"（远程）产品经理", "Remote"},
		// traps: no dot after the mode word, or the word is part of another
		{"Remote Sensing · GIS Analyst", ""},
		{"Remotely · Operated Vehicle Pilot", ""},
		{"Platform Engineer · Remote", ""}, // the title tail, read by titleWhere
		{"Hybrid · 3", ""},
		{"Hybrid Cloud Architect", ""},
		{"【远程医疗】产品经理", ""},
		{"【北京】测试工程师", ""},
		{"远程控制软件工程师", ""},
		{"数据工程师【远程】", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := titleLeadMark(c.title); got != c.want {
			t.Errorf("titleLeadMark(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestTitleLeadMarkInNormalize(t *testing.T) {
	cases := []struct {
		title string
		want  model.Remote
	}{
		{"Remote · Localization Tester", model.RemoteRemote},
		{"Hybrid • Accounts Assistant", model.RemoteHybrid},
		{"【远程】运维工程师", model.RemoteRemote},
		{"【深圳·远程】Go 开发", model.RemoteRemote},
		// traps
		{"Remote Sensing · Imagery Analyst", model.RemoteUnknown},
		{"【远程医疗】运营专员", model.RemoteUnknown},
		{"【广州】Java 开发", model.RemoteUnknown},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: c.title}, testOpts)
		if l.Remote != c.want {
			t.Errorf("Normalize(title %q).Remote = %q (%s), want %q", c.title, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
