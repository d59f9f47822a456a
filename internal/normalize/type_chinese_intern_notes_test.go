package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The Chinese 实习 frames of type_chinese_intern_notes.go, in our own
// words, with traps that keep their old reading.
func TestChineseInternNotes(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		// 实习 before 经历/经验 is the applicant's past, not the post.
		{"experience line in text", "", "数据分析师", "具备相关实习经验者优先", model.TypeUnknown},
		{"traditional experience line", "", "前端工程師", "有實習經歷尤佳", model.TypeUnknown},
		{"experience in a title", "", "测试工程师（实习经历可）", "", model.TypeUnknown},
		{"trap: a real internship line", "", "数据分析师", "岗位类型：日常实习", model.TypeInternship},
		{"trap: intern title with experience line", "", "产品实习生", "有实习经验优先", model.TypeInternship},
		{"trap: full-time field wins", "全职", "数据分析师", "有实习经历优先", model.TypeFullTime},

		// A duty word between 实习 and 经验/经历 is still the applicant's past.
		{"mentoring interns experience", "", "研发经理", "具备实习指导经验者优先", model.TypeUnknown},
		{"intern work history", "", "市场专员", "需两段以上实习工作经历", model.TypeUnknown},
		{"traditional mentoring experience", "", "設計主管", "有實習帶教經驗佳", model.TypeUnknown},
		{"trap: interns with no experience needed", "", "运营助理", "招聘实习生经验不限", model.TypeInternship},
		{"trap: duty word without experience", "", "行政助理", "实习工作地点在上海", model.TypeInternship},

		// 非 before 实习 rules the internship out.
		{"non-intern title", "", "非实习岗 运维工程师", "", model.TypeFullTime},
		{"non-intern traditional", "", "非實習 資料工程師", "", model.TypeFullTime},
		{"trap: trial period stays unread", "", "运维工程师（实习期三个月）", "", model.TypeUnknown},
		{"trap: summer internship title", "", "2027暑期实习-算法", "", model.TypeInternship},
		{"trap: Japanese intern field", "インターン", "エンジニア", "", model.TypeInternship},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
