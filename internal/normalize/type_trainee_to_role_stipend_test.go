package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// traineeRoleStipendCases: a trainee hire whose training runs into a
// permanent post, and a stipend paid for a set number of months, written
// for this project, with traps that must not change.
var traineeRoleStipendCases = []truthCase{
	{name: "trainee training then permanent post", p: model.Posting{Title: "Trainee Site Engineer", DescriptionText: "Four months of classroom training, followed by a permanent position on our projects."}, jobType: "full_time"},
	{name: "trainee then absorbed full time", p: model.Posting{Title: "Sales Trainee", DescriptionText: "You train with the branch team and are then absorbed as a full-time employee."}, jobType: "full_time"},
	{name: "trainee programme leading to a permanent role", p: model.Posting{Title: "Finance Graduate Trainee", DescriptionText: "A one-year programme leading to a permanent role in the finance team."}, jobType: "full_time"},
	{name: "trainee programme that is a permanent full-time role", p: model.Posting{Title: "Graduate Trainee – Operations", DescriptionText: "Our graduate programme is a permanent, full-time role with rotations across three departments over two years."}, jobType: "full_time"},
	{name: "trainee post that is full-time and permanent", p: model.Posting{Title: "Trainee Surveyor", DescriptionText: "This is a full-time and permanent position based in Leeds."}, jobType: "full_time"},
	{name: "trap: trainee where only the later post is permanent", p: model.Posting{Title: "Sales Trainee", DescriptionText: "The best trainees are considered for what is a permanent, full-time role in sales, after the programme."}, jobType: "internship"},
	{name: "trap: trainee with only a chance of a post", p: model.Posting{Title: "Sales Trainee", DescriptionText: "Strong trainees may be offered the chance of a permanent role later."}, jobType: "internship"},
	{name: "trap: trainee with no later post", p: model.Posting{Title: "Sales Trainee", DescriptionText: "Learn the basics of field sales over the summer."}, jobType: "internship"},
	{name: "trap: intern title keeps internship", p: model.Posting{Title: "Data Intern", DescriptionText: "Ten weeks, followed by a permanent position for strong interns."}, jobType: "internship"},

	{name: "stipend a month for months", p: model.Posting{Title: "Content Associate", DescriptionText: "Stipend: INR 8,000 a month for six months. Work from our Pune office."}, jobType: "internship"},
	{name: "stipend per month opening a line", p: model.Posting{Title: "Research Associate", DescriptionText: "About the role\nStipend of 600 EUR per month for 4 months, starting in March."}, jobType: "internship"},
	{name: "trap: benefit stipend inside a sentence", p: model.Posting{Title: "Account Executive", DescriptionText: "We offer a home office stipend of $50 a month for 12 months after you join."}, jobType: "unknown"},
	{name: "trap: stipend beside a salary", p: model.Posting{Title: "Account Executive", DescriptionText: "Salary from $60,000. Stipend: $100 per month for 6 months toward your commute."}, jobType: "unknown"},
	{name: "trap: stipend with no length", p: model.Posting{Title: "Content Associate", DescriptionText: "Stipend: INR 8,000 a month."}, jobType: "unknown"},
}

func TestTraineeRoleStipendType(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range traineeRoleStipendCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzTraineeRoleStipend(f *testing.F) {
	for _, c := range traineeRoleStipendCases {
		f.Add(c.p.Title, c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		for _, got := range []model.JobType{traineeToRoleType(title, text), stipendMonthsType(text)} {
			if !got.Valid() {
				t.Fatalf("invalid type %q", got)
			}
		}
	})
}
