package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTypeFieldTermsMore: type-field words of Spanish, French, Japanese,
// Chinese and Korean boards, and German apprentice titles spelt
// "Auszubildende", each beside traps that keep their readings.
func TestTypeFieldTermsMore(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name, title, field string
		want               model.JobType
	}{
		{"spanish seasonal", "Camarero", "Estacional", model.TypeContract},
		{"spanish season work", "Socorrista", "Contrato de temporada", model.TypeContract},
		{"french apprentices", "Boulanger", "Apprentis", model.TypeInternship},
		{"french apprentice, feminine", "Coiffeuse", "Apprentie", model.TypeInternship},
		{"japanese staff member", "営業", "社員", model.TypeFullTime},
		{"japanese regular post", "事務", "正規", model.TypeFullTime},
		{"japanese regular employment", "事務", "正規雇用", model.TypeFullTime},
		{"japanese side job", "ホールスタッフ", "バイト", model.TypePartTime},
		{"japanese contract alone", "エンジニア", "契約", model.TypeContract},
		{"chinese labour service", "后端工程师", "劳务", model.TypeContract},
		{"chinese labour service, traditional", "工程師", "勞務派遣", model.TypeContract},
		{"korean part time", "카페 직원", "파트타임", model.TypePartTime},
		{"korean side job", "편의점", "아르바이트", model.TypePartTime},
		{"german apprentice, feminine form", "Auszubildende MFA (m/w/d)", "", model.TypeInternship},
		{"german apprentice with its trade", "Auszubildender zum Elektroniker (m/w/d)", "", model.TypeInternship},
		// Traps.
		{"trap: non-regular is no regular post", "事務", "非正規", model.TypeContract},
		{"trap: a full-time employee stays", "営業", "正社員", model.TypeFullTime},
		{"trap: a contract employee stays", "営業", "契約社員", model.TypeContract},
		{"trap: the staff canteen names no post", "調理", "社員食堂", model.TypeUnknown},
		{"trap: a trainer of apprentices", "Ausbilder für Auszubildende (m/w/d)", "", model.TypeUnknown},
		{"trap: a spanish word that begins alike", "Analista", "Estacionamiento incluido", model.TypeUnknown},
		{"trap: a spanish temporary post stays", "Analista", "Temporal", model.TypeContract},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Title: c.title, EmploymentType: c.field}, opts)
			if l.Type != c.want {
				t.Errorf("type of %q / %q = %q, want %q", c.title, c.field, l.Type, c.want)
			}
		})
	}
}
