package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cyrillicFreelanceCases pin type_lines_cyrillic_freelance.go, the
// Bulgarian working-day wording in type_field_words_more.go and the
// school-graduate tag in type_title_new_grad.go. Traps: a one-word
// Cyrillic heading that is no engagement, the freelance word inside a
// sentence about clients, a graduate-school post, a recruiter of
// graduates, a bare "Graduate" title.
var cyrillicFreelanceCases = []truthCase{
	{name: "russian freelance line alone", p: model.Posting{Title: "Дизайнер", DescriptionText: "Ищем дизайнера логотипов.\nФриланс\nОплата за проект по договорённости."}, jobType: "contract"},
	{name: "russian freelancer line", p: model.Posting{Title: "Копирайтер", DescriptionText: "Фрилансер\nТексты для блога."}, jobType: "contract"},
	{name: "ukrainian freelance line", p: model.Posting{Title: "Ілюстратор", DescriptionText: "Фріланс\nМалюнки для дитячої книжки."}, jobType: "contract"},
	{name: "trap: other one-word russian line", p: model.Posting{Title: "Аналитик", DescriptionText: "Обязанности\nСобирать отчёты по продажам."}, jobType: "unknown"},
	{name: "trap: freelance word in a sentence", p: model.Posting{Title: "Менеджер", DescriptionText: "Вы будете работать с фриланс специалистами и агентствами, помогая команде."}, jobType: "unknown"},

	{name: "bulgarian full working day field", p: model.Posting{Title: "Шофьор", EmploymentType: "Пълен работен ден"}, jobType: "full_time"},
	{name: "bulgarian short working day field", p: model.Posting{Title: "Шофьор", EmploymentType: "Непълен работен ден"}, jobType: "part_time"},
	{name: "bulgarian working day with permanence", p: model.Posting{Title: "Касиер", EmploymentType: "Пълен работен ден, Постоянна работа"}, jobType: "full_time"},

	{name: "university graduate opening the title", p: model.Posting{Title: "University Graduate - Hardware Design"}, jobType: "full_time"},
	{name: "recent grad after a comma", p: model.Posting{Title: "Financial Analyst, Recent Grad"}, jobType: "full_time"},
	{name: "college graduate in brackets", p: model.Posting{Title: "Field Engineer (College Graduate 2027)"}, jobType: "full_time"},
	{name: "trap: graduate assistant at a university", p: model.Posting{Title: "University Graduate Assistant - Chemistry"}, jobType: "unknown"},
	{name: "trap: graduate school advisor", p: model.Posting{Title: "University Graduate School Advisor"}, jobType: "unknown"},
	{name: "trap: recruiter of college graduates", p: model.Posting{Title: "Campus Recruiter, College Graduates"}, jobType: "unknown"},
	{name: "trap: graduate alone", p: model.Posting{Title: "Graduate Civil Engineer"}, jobType: "unknown"},
	{name: "trap: recent grad intern", p: model.Posting{Title: "Recent Grad Intern, Marketing"}, jobType: "internship"},
}

func TestCyrillicFreelanceCases(t *testing.T) { runFieldCases(t, cyrillicFreelanceCases) }
