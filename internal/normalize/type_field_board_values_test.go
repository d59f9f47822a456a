package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type fields written as an app's code or a
// local contract word. The strings below are our own.
func TestBoardValueFieldType(t *testing.T) {
	cases := []struct {
		field, title string
		want         model.JobType
	}{
		{"IN", "Marketing Trainee Role", model.TypeInternship},
		{"ap", "Electrician Helper", model.TypeInternship},
		{"FR", "Illustrator", model.TypeContract},
		{"SL", "Ski Lift Attendant", model.TypeContract},
		{"co", "Backend Developer", model.TypeContract},
		{"PermPlacement", "Charge Nurse", model.TypeFullTime},
		{"OpenPerDiem", "Surgical Tech", model.TypeContract},
		{"Weekends only", "Dog Walker", model.TypePartTime},
		{"Casual or on-call", "Event Server", model.TypePartTime},
		{"프로젝트 기반", "앱 개발자", model.TypeProject},
		{"용역 계약", "데이터 라벨러", model.TypeContract},
		{"위촉직", "보험 설계사", model.TypeContract},
		{"Diária", "Ajudante de obra", model.TypeContract},
		{"Harian Lepas", "Kurir", model.TypeContract},
		{"Karyawan Outsource", "Satpam", model.TypeContract},
		{"Karyawan Temporer", "Kasir", model.TypeContract},
		{"Contrat d'insertion", "Agent d'entretien", model.TypeContract},
		{"Mission d'intérim 6 semaines", "Cariste", model.TypeContract},
		{"Prestataire", "Consultant SAP", model.TypeContract},
		{"Auto-entrepreneur", "Livreur", model.TypeContract},
		{"Job étudiant", "Vendeur en boulangerie", model.TypePartTime},
		{"Stagiaire (durée déterminée)", "Assistant juridique", model.TypeInternship},
		{"Contrato para prácticas profesionales", "Auxiliar contable", model.TypeInternship},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
		}
	}
	// Values this reader leaves to the others.
	for _, f := range []string{"", "US", "TP", "Karyawan Tetap", "Full-time", "Remote"} {
		if got := boardValueFieldType(f); got != model.TypeUnknown {
			t.Errorf("boardValueFieldType(%q) = %q, want unknown", f, got)
		}
	}
}
