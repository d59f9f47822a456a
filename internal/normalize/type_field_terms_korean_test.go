package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestKoreanFieldTerms(t *testing.T) {
	cases := []struct {
		field, title string
		want         model.JobType
	}{
		// Korean hours and tenure words in the type field.
		{"시간제 정규직", "매장 관리", model.TypePartTime},
		{"단시간근로자", "조리 보조", model.TypePartTime},
		{"초단시간", "주차 안내", model.TypePartTime},
		{"비상근", "감사", model.TypePartTime},
		{"무기계약직", "행정 보조", model.TypeFullTime},
		{"무기계약", "시설 관리", model.TypeFullTime},
		{"정직원", "용접공", model.TypeFullTime},
		{"상근", "안전 관리자", model.TypeFullTime},
		{"전임강사", "수학 강사", model.TypeFullTime},
		{"시간강사", "영어 강사", model.TypePartTime},
		{"일용", "철근공", model.TypeContract},
		{"건설 일용근로자", "형틀목수", model.TypeContract},
		{"촉탁직", "경비원", model.TypeContract},
		{"한시직", "조사원", model.TypeContract},
		{"도급", "포장 작업", model.TypeContract},
		{"기간직", "상담원", model.TypeContract},
		{"연수생/교육생", "정비 보조", model.TypeInternship},
		// A note on later conversion does not make the post regular now.
		{"계약직 (정규직 전환가능)", "QA 엔지니어", model.TypeContract},
		{"인턴 (정규직 전환형)", "마케팅", model.TypeInternship},
		// Vietnamese apprenticeship and an open-ended contract.
		{"Học việc", "Thợ may", model.TypeInternship},
		{"Dưới 1 năm (học việc)", "Thợ điện", model.TypeInternship},
		{"Hợp đồng không xác định thời hạn", "Kế toán", model.TypeFullTime},
		// Finnish permanence and run-together codes.
		{"Vakinainen", "Sairaanhoitaja", model.TypeFullTime},
		{"TempToPerm", "Forklift Operator", model.TypeContract},
		{"temp_to_permanent", "Packer", model.TypeContract},
		{"SpecifiedTime", "Courier", model.TypeContract},
		// Norwegian agency hire-in and a self-employed contractor.
		{"Innleie via byrå", "Tømrer", model.TypeContract},
		{"Oppdragstaker", "Konsulent", model.TypeContract},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
		}
	}
}

func TestKoreanFieldLeavesOthers(t *testing.T) {
	// Words these readers do not own keep their old readings.
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"정규직/계약직", model.TypeUnknown},
		{"Thử việc", model.TypeUnknown},
	} {
		if got := koreanTenureFieldType(c.field); got != c.want {
			t.Errorf("koreanTenureFieldType(%q) = %q, want %q", c.field, got, c.want)
		}
	}
	if got := tempToPermFieldType("Permanent"); got != model.TypeUnknown {
		t.Errorf("late reader took Permanent: %q", got)
	}
}
