package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment wording (table tests in remote_foreign_fields_test.go).

// vietEmploymentType reads Vietnamese employment types ("toàn thời gian"
// full time, "bán thời gian" part time, "thực tập" internship) and
// Arabic ones ("دوام كامل" full time, "دوام جزئي" part time, "مؤقت"
// temporary).
func vietEmploymentType(raw string) model.JobType {
	s := strings.ToLower(raw)
	switch {
	case strings.Contains(s, "toàn thời gian"):
		return model.TypeFullTime
	case strings.Contains(s, "bán thời gian"):
		return model.TypePartTime
	case strings.Contains(s, "thực tập"):
		return model.TypeInternship
	case strings.Contains(s, "دوام كامل"):
		return model.TypeFullTime // Arabic: full time
	case strings.Contains(s, "دوام جزئي"):
		return model.TypePartTime // Arabic: part time
	case strings.Contains(s, "مؤقت"):
		return model.TypeContract // Arabic: temporary
	}
	return model.TypeUnknown
}

// bracketEmploymentType reads a type named in brackets after a longer
// wording: "Contrat à durée déterminée (CDD)" -> "CDD".
func bracketEmploymentType(s string) model.JobType {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return model.TypeUnknown
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	if inner == "" || strings.ContainsAny(inner, "()") {
		return model.TypeUnknown
	}
	return MapEmploymentType(inner)
}

// leadEmploymentType reads a field whose first word is a type and the
// rest a subject: "Praktikum Software Development", "Werkstudent Cyber
// Security", "Alternance - Ingénieur Réseau", "Stage de fin d'études 6
// mois". Only internship and full-time words lead this way; a first word
// such as "Contract" or "Project" is as often a subject ("Contract
// Manager").
func leadEmploymentType(part string) model.JobType {
	fields := strings.FieldsFunc(part, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == ':' })
	if len(fields) < 2 {
		return model.TypeUnknown
	}
	switch w := strings.ToLower(fields[0]); w {
	case "praktikum", "werkstudent", "werkstudentin", "stage", "alternance", "stagiaire", "apprentissage", "tirocinio", "pasantía", "pasantia", "prácticas", "practicas":
		return model.TypeInternship
	case "festanstellung", "vollzeit", "cdi":
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
