package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Spanish contract kinds named in full, bracketed code
// glosses, summer jobs, self-employed and casual-like fields, Japanese
// fixed-term words, thesis posts, Maghreb internship titles.
func TestTypeFieldTermsSpanishContracts(t *testing.T) {
	cases := []struct {
		name, field, title string
		want               model.JobType
	}{
		// Spanish temporary contracts with their cause
		{"temporal for a leave cover", "Temporal por sustitución de una baja", "Auxiliar", model.TypeContract},
		{"temporal for a peak", "Contrato temporal por aumento de pedidos", "Mozo", model.TypeContract},
		{"temporal at full hours", "Temporal de campaña a jornada completa", "Dependienta", model.TypeContract},
		{"temporal at part hours", "Temporal por vacaciones a tiempo parcial", "Cajero", model.TypePartTime},
		{"eventual for a season", "Eventual por temporada alta", "Camarera", model.TypeContract},
		// Spanish training contracts, whatever the hours
		{"alternance training", "Formación en alternancia (jornada parcial)", "Técnico", model.TypeInternship},
		{"professional practice part", "Práctica profesional a media jornada", "Diseñador", model.TypeInternship},
		{"training and learning", "Formación y aprendizaje", "Electricista", model.TypeInternship},
		// a bracketed code that agrees with its words
		{"permanent with a french code", "Permanent contract (CDI)", "Chef", model.TypeFullTime},
		{"fixed term with a french code", "Fixed-term contract (CDD)", "Chef", model.TypeContract},
		// summer and holiday jobs
		{"summer job field", "Summer Jobs", "Lifeguard", model.TypeContract},
		{"french summer job", "Job d'été", "Vendeur", model.TypeContract},
		{"german holiday job", "Ferienjob", "Helfer", model.TypeContract},
		// self-employed, third party, Nordic fixed-term appointment
		{"self employment", "Self employment", "Courier", model.TypeContract},
		{"via a third party", "Third-party", "Analyst", model.TypeContract},
		{"norwegian fixed appointment", "Åremålsstilling", "Direktør", model.TypeContract},
		{"norwegian self-employed", "Selvstendig næringsdrivende", "Frisør", model.TypeContract},
		// Swedish temporary, summer, interim and workplace-learning posts
		{"swedish temporary post", "Tillfällig tjänst", "Lagerarbetare", model.TypeContract},
		{"swedish temporary job", "Tillfälligt jobb", "Städare", model.TypeContract},
		{"swedish summer post", "Sommaranställning", "Vårdbiträde", model.TypeContract},
		{"swedish interim assignment", "Interimsuppdrag", "Ekonomichef", model.TypeContract},
		{"swedish workplace learning", "LIA", "Utvecklare", model.TypeInternship},
		// paid by the session or called in
		{"sessional teaching", "Sessional", "Lecturer in Law", model.TypePartTime},
		{"relief staff", "Relief Staff", "Support Worker", model.TypePartTime},
		{"nhs bank", "Bank", "Healthcare Assistant", model.TypePartTime},
		{"secondment", "Secondment", "Project Officer", model.TypeContract},
		{"adjunct teaching field", "Adjunct Instructor", "Accounting 101", model.TypePartTime},
		// Japanese fixed-term and part-time words
		{"fixed-term japanese", "有期雇用契約", "製造スタッフ", model.TypeContract},
		{"term-limited researcher", "任期付職員", "研究員", model.TypeContract},
		{"non-full-time staff", "非常勤講師", "講師", model.TypePartTime},
		{"fixed-term dispatch part stays part", "有期派遣パート", "軽作業", model.TypePartTime},
		{"entrusted worker", "業務委託", "ライター", model.TypeContract},
		// thesis posts offered as a kind
		{"master thesis kind", "Master's Thesis", "Battery Research", model.TypeInternship},
		// Maghreb internship titles
		{"arabic placement title", "", "تربص في تطوير الويب", model.TypeInternship},
		{"trainee word in a title", "", "متربص في المحاسبة", model.TypeInternship},
		{"final-year project title", "", "Projet de fin d'études - Vision par ordinateur", model.TypeInternship},
		// traps
		{"temporal alone still contract", "Temporal", "Auxiliar", model.TypeContract},
		{"indefinite part time stays part", "Indefinido a tiempo parcial", "Limpiadora", model.TypePartTime},
		{"temporary team word not a contract", "Equipo temporal de proyectos", "", model.TypeUnknown},
		{"apprentice with a term keeps its reader", "Apprentice (Fixed Term)", "Mechanic", model.TypeInternship},
		{"disagreeing gloss left to the other readers", "Full-time (Temp)", "Clerk", model.TypeFullTime},
		{"bank officer title no field", "", "Bank Staff Officer", model.TypeUnknown},
		{"adjunct in a title alone not read", "", "Adjunct Professor of Surgery", model.TypeUnknown},
		{"swedish permanent stays full", "Tillsvidareanställning", "Lagerarbetare", model.TypeFullTime},
		{"thesis advisor field no intern", "Thesis Advisor", "Professor", model.TypeUnknown},
		{"project manager title", "", "Chef de projet - fin d'année", model.TypeUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ParseType(c.field, c.title, ""); got != c.want {
				t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
			}
		})
	}
}
