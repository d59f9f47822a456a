package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Titles naming the engagement as a B2B note, or in Chinese and Korean
// words (type_title_b2b.go, type_title_cjk.go). Traps beside each case.
func TestTitleEngagementNotes(t *testing.T) {
	for _, c := range []struct {
		title, field string
		want         model.JobType
	}{
		{"Backend Developer (Krakow, Hybrid, B2B)", "", model.TypeContract},
		{"Platform Engineer | b2b", "", model.TypeContract},
		{"QA Lead (B2B - fully remote)", "", model.TypeContract},
		{"Rust Engineer - B2B contract", "", model.TypeContract},
		{"B2B Account Executive", "", model.TypeUnknown},             // trap: the market
		{"Growth Marketer, B2B-SaaS", "", model.TypeUnknown},         // trap: the market
		{"Scala Developer (B2B or UoP)", "", model.TypeUnknown},      // trap: both forms offered
		{"Ops Analyst [B2B / permanent]", "", model.TypeUnknown},     // trap: both forms offered
		{"Head of B2B2C Partnerships", "", model.TypeUnknown},        // trap: another token
		{"Backend Developer (B2B)", "Full-time", model.TypeFullTime}, // the field decides
		{"2026 寒假实习 - 算法", "", model.TypeInternship},
		{"前端实习岗", "", model.TypeInternship},
		{"資料分析實習生", "", model.TypeInternship},
		{"测试工程师（实习期转正）", "", model.TypeUnknown}, // trap: a trial period
		{"프리랜서 영상 편집자", "", model.TypeContract},
		{"QA 엔지니어 계약직", "", model.TypeContract},
		{"데이터 엔지니어 (정규직)", "", model.TypeFullTime},
		{"서버 개발 정규직 또는 계약직", "", model.TypeUnknown}, // trap: either
		{"외주 관리 담당자", "", model.TypeUnknown},        // trap: outsourcing as the work, in a title
		{"그래픽 디자이너", "외주", model.TypeContract},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %v, want %v", c.field, c.title, got, c.want)
		}
	}
}

func FuzzTitleEngagementNotes(f *testing.F) {
	for _, s := range []string{"Dev (B2B)", "B2B Sales", "b2b-", "B2B / UoP", "暑期实习", "实习期", "프리랜서 계약직", "B2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = titleB2BType(s)
		_ = koreanTitleType(s)
		_ = offeredChineseIntern(s)
	})
}
