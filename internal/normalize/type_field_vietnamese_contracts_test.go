package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTypeFieldVietnameseKorean(t *testing.T) {
	cases := []struct {
		field string
		want  model.JobType
	}{
		{"Xác định thời hạn", model.TypeContract},
		{"Xác định thời hạn 36 tháng", model.TypeContract},
		{"Hợp đồng có thời hạn", model.TypeContract},
		{"Không xác định thời hạn", model.TypeFullTime},
		{"HĐ không xác định thời hạn", model.TypeFullTime},
		{"Chính thức", model.TypeFullTime},
		{"Theo mùa vụ", model.TypeContract},
		{"xac_dinh_thoi_han", model.TypeContract},
		{"KHONG_XAC_DINH_THOI_HAN", model.TypeFullTime},
		{"chinh_thuc", model.TypeFullTime},
		{"co_thoi_han", model.TypeContract},
		{"교육생 · 연수생", model.TypeInternship},
		{"연구연수생 · 데이터 분석실", model.TypeInternship},
		{"계약직 · 6개월", model.TypeContract},
		{"Job type: Permanent", model.TypeFullTime},
		{"Employment type: Part-time", model.TypePartTime},
		{"Type: Internship", model.TypeInternship},
		// not ours: a service (dịch vụ) word, a role after a dot, a label with no value
		{"Dịch vụ khách hàng", model.TypeUnknown},
		{"개발자 · 서버", model.TypeUnknown},
		{"Type:", model.TypeUnknown},
	}
	for _, c := range cases {
		got := vietnameseContractFieldType(c.field)
		if got == model.TypeUnknown {
			got = slugOrLabelFieldType(c.field)
		}
		if got != c.want {
			t.Errorf("%q: got %v, want %v", c.field, got, c.want)
		}
	}
}

func TestParseTypeVietnameseFields(t *testing.T) {
	cases := []struct {
		title, field string
		want         model.JobType
	}{
		{"Kế toán viên", "Xác định thời hạn 12 tháng", model.TypeContract},
		{"Nhân viên kho", "Chính thức", model.TypeFullTime},
		{"Data analyst", "khong_xac_dinh_thoi_han", model.TypeFullTime},
		{"Research assistant", "Contract type: Fixed term", model.TypeContract},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("%q/%q: got %v, want %v", c.title, c.field, got, c.want)
		}
	}
}
