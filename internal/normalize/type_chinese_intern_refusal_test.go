package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The Chinese refusal frame of type_chinese_intern_refusal.go, in our own
// words, with traps that keep their old reading.
func TestChineseInternRefusal(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		{"interns declined in a title", "", "测试工程师（谢绝实习）", "", model.TypeFullTime},
		{"no interns hired, traditional", "", "前端開發（不招實習生）", "", model.TypeFullTime},
		{"interns not taken before the role", "", "不收实习生 会计", "", model.TypeFullTime},
		{"interns not accepted in a title", "", "数据工程师 不接受实习", "", model.TypeFullTime},
		{"refusal in the text is no internship", "", "Java开发", "本岗位不接受实习生，需一年以上经验", model.TypeUnknown},

		{"trap: interns accepted", "", "接受实习生 数据分析", "", model.TypeInternship},
		{"trap: refusal of something else beside an intern title", "", "运营实习生（不接受远程）", "", model.TypeInternship},
		{"trap: no full-timers on an internship", "", "暑期实习生（不招全职）", "", model.TypeInternship},
		{"trap: no experience required", "", "后端开发 不要求实习经验", "", model.TypeUnknown},
		{"trap: the field wins over a title refusal", "兼职", "产品助理（不招实习生）", "", model.TypePartTime},
		{"trap: an internship field wins too", "实习", "后端开发（不招实习生）", "", model.TypeInternship},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
