package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Type fields and written-out type labels in East and Southeast Asian
// languages (type_field_words_asian.go); the examples are our own.
func TestTypeFieldWordsAsian(t *testing.T) {
	cases := []struct {
		name, emp, title, text string
		want                   model.JobType
	}{
		{"id outsourcing", "Alih Daya", "Satpam", "", model.TypeContract},
		{"id outsourcing with english", "Alih daya / outsourcing", "Kurir", "", model.TypeContract},
		{"id day labourer", "Pekerja harian", "Kuli", "", model.TypeContract},
		{"id regular alone", "Reguler", "Admin", "", model.TypeFullTime},
		{"ja fixed term alone", "有期", "事務", "", model.TypeContract},
		{"ja fixed term employment", "有期雇用（1年更新）", "倉庫作業", "", model.TypeContract},
		{"ja permanent employment", "無期雇用", "経理", "", model.TypeFullTime},
		{"ja side work alone", "副業", "ライター", "", model.TypePartTime},
		{"th regular alone", "ประจำ", "พนักงานขาย", "", model.TypeFullTime},
		{"th contract alone", "สัญญา", "โปรแกรมเมอร์", "", model.TypeContract},
		{"zh regular alone", "正式", "会计", "", model.TypeFullTime},
		{"zh regular employee", "正式员工", "仓管", "", model.TypeFullTime},
		{"zh-tw regular employee", "正式員工", "門市人員", "", model.TypeFullTime},
		{"ja label fixed term", "", "介護スタッフ", "勤務地：大阪市\n雇用形態：有期\n給与：時給1200円", model.TypeContract},
		{"ja label side work", "", "デザイナー", "雇用形態：副業\n勤務地：在宅", model.TypePartTime},
		{"zh experienced hire channel", "社招", "运维工程师", "", model.TypeFullTime},
		{"zh experienced hire spelled out", "社会招聘", "销售代表", "", model.TypeFullTime},
		{"zh campus channel", "校招", "算法工程师", "", model.TypeFullTime},
		{"zh campus spelled out", "2026届校园招聘", "测试开发", "", model.TypeFullTime},
		{"zh autumn season", "秋招", "后端开发", "", model.TypeFullTime},
		{"zh campus intern wins", "校招实习", "前端", "", model.TypeInternship},
		{"tw work-for-hire posted", "承攬派駐", "機房工程師", "", model.TypeContract},
		{"zh work-for-hire", "承揽合同", "安装工", "", model.TypeContract},
		{"vi official employee", "Nhân viên chính thức", "Kế toán", "", model.TypeFullTime},
		{"vi manner label full time", "", "Thiết kế", "Mức lương: Thỏa thuận\nHình thức làm việc: Toàn thời gian\nĐịa điểm: Đà Nẵng", model.TypeFullTime},
		{"vi manner label official", "", "Tài xế", "Hình thức làm việc: Nhân viên chính thức", model.TypeFullTime},
		{"vi manner label work place only", "", "Lập trình viên", "Hình thức làm việc: Tại văn phòng", model.TypeUnknown},
		// Common words that only count as the whole field.
		{"th word inside sentence", "", "ผู้จัดการ", "ทำงานประจำสำนักงานใหญ่", model.TypeUnknown},
		{"zh word inside sentence", "", "产品经理", "公司正式成立于2015年。", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType(c.emp, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.emp, c.title, c.text, got, c.want)
		}
	}
}
