package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// campusFieldInternCases pin type_campus_field_intern.go: a campus-hiring
// type field beside a title or description that calls the post an
// internship is an internship; with a permanent word in the field it is
// full time. Traps: internship experience asked of the applicant, the
// field alone, an experienced-hire field.
var campusFieldInternCases = []truthCase{
	{name: "campus field with an intern title", p: model.Posting{Title: "数据分析实习生", EmploymentType: "校园招聘"}, jobType: "internship"},
	{name: "campus field with a months of internship line", p: model.Posting{Title: "前端开发工程师", EmploymentType: "校招", DescriptionText: "要求：在校学生，可实习4个月以上，每周至少4天。"}, jobType: "internship"},
	{name: "campus field with an intern pay line", p: model.Posting{Title: "推荐系统工程师", EmploymentType: "校招", DescriptionText: "福利：有竞争力的实习补贴，导师一对一带教。"}, jobType: "internship"},
	{name: "traditional characters", p: model.Posting{Title: "後端工程師", EmploymentType: "校園招聘", DescriptionText: "本職缺為暑期實習，為期兩個月。"}, jobType: "internship"},
	{name: "campus field with a permanent word", p: model.Posting{Title: "Java开发工程师", EmploymentType: "校招 正式", DescriptionText: "负责后端服务开发。"}, jobType: "full_time"},

	{name: "trap: internship experience asked of the applicant", p: model.Posting{Title: "后端开发工程师", EmploymentType: "校招", DescriptionText: "有大厂实习经历者优先。"}, jobType: "full_time"},
	{name: "trap: a permanent word beats an intern line", p: model.Posting{Title: "后端开发工程师", EmploymentType: "校园招聘 全职", DescriptionText: "曾在我司实习的同学优先。"}, jobType: "full_time"},
	{name: "trap: the campus field alone", p: model.Posting{Title: "后端开发工程师", EmploymentType: "校招"}, jobType: "full_time"},
	{name: "trap: an experienced-hire field", p: model.Posting{Title: "后端开发工程师", EmploymentType: "社招", DescriptionText: "负责实习生的日常带教。"}, jobType: "!internship"},
}

func TestCampusFieldInternCases(t *testing.T) {
	for _, tc := range campusFieldInternCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, fieldCaseOpts) })
	}
}
