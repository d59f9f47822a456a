package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// openingGermanPersianCases: a German description whose first word is the
// hours, and Persian intern titles and hiring-manner phrases, written for
// this project, with traps that must not change.
var openingGermanPersianCases = []truthCase{
	{name: "german text opens with full time", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Vollzeit, Frühschicht ab 6 Uhr. Staplerschein erwünscht."}, jobType: "full_time"},
	{name: "german text opens with part time", p: model.Posting{Title: "Empfangskraft (m/w/d)", DescriptionText: "Teilzeit (25 Std.) am Empfang unserer Praxis."}, jobType: "part_time"},
	{name: "german part time as a bullet", p: model.Posting{Title: "Bürokraft", DescriptionText: "• Teilzeit: vormittags, Montag bis Freitag"}, jobType: "part_time"},
	{name: "trap: german both hours offered", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Vollzeit oder Teilzeit, ganz wie es dir passt."}, jobType: "unknown"},
	{name: "trap: german hours joined to a noun", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Vollzeit-Team sucht Verstärkung im Lager."}, jobType: "unknown"},
	{name: "trap: german near full time", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Vollzeitnah, 35 Stunden in der Woche."}, jobType: "unknown"},
	{name: "trap: german hours of the staff", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Vollzeit: alle Mitarbeitenden bekommen ein Jobrad."}, jobType: "unknown"},
	{name: "trap: german hours later in the text", p: model.Posting{Title: "Lagerist (m/w/d)", DescriptionText: "Wir wachsen. Vollzeit ist bei uns die Regel für Schichtleiter."}, jobType: "unknown"},

	{name: "persian intern title", p: model.Posting{Title: "کارآموز پشتیبانی مشتریان"}, jobType: "internship"},
	{name: "persian internship title", p: model.Posting{Title: "دوره کارآموزی طراحی وب"}, jobType: "internship"},
	{name: "trap: persian interns' supervisor", p: model.Posting{Title: "سرپرست کارآموزان فنی"}, jobType: "unknown"},
	{name: "trap: persian title with no intern word", p: model.Posting{Title: "کارشناس پشتیبانی"}, jobType: "unknown"},
	{name: "persian part-time manner", p: model.Posting{Title: "طراح گرافیک", DescriptionText: "استخدام به صورت پاره‌وقت، سه روز در هفته."}, jobType: "part_time"},
	{name: "persian full-time manner", p: model.Posting{Title: "طراح گرافیک", DescriptionText: "شرایط: همکاری تمام وقت در دفتر مرکزی."}, jobType: "full_time"},
	{name: "persian half-time kind label", p: model.Posting{Title: "طراح گرافیک", DescriptionText: "نوع همکاری: نیمه وقت"}, jobType: "part_time"},
	{name: "trap: persian both hours offered", p: model.Posting{Title: "طراح گرافیک", DescriptionText: "امکان همکاری تمام وقت یا پاره وقت وجود دارد."}, jobType: "unknown"},
	{name: "trap: persian full-time colleagues", p: model.Posting{Title: "طراح گرافیک", DescriptionText: "در کنار همکاران تمام وقت ما کار خواهید کرد."}, jobType: "unknown"},
}

func TestOpeningGermanPersianType(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range openingGermanPersianCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzOpeningGermanPersian(f *testing.F) {
	for _, c := range openingGermanPersianCases {
		f.Add(c.p.Title, c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		for _, got := range []model.JobType{openingGermanHoursType(text), persianHoursBodyType(text)} {
			if !got.Valid() {
				t.Fatalf("invalid type %q", got)
			}
		}
		_ = persianInternTitle(title)
	})
}
