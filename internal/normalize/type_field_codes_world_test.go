package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldCodeCases pin type_field_codes_world.go and remote_field_mode_words.go
// (round 29c: other projects' type and work-mode tables in Nepali, Greek,
// Vietnamese, Korean, Turkish, Arabic and Romanian, and ATS codes), in
// our own words, with traps each reader must leave alone.
var fieldCodeCases = []truthCase{
	// ATS codes joining hours and term.
	{name: "part-time fixed-term code", p: model.Posting{Title: "Cook", EmploymentType: "parttime_fixed_term"}, jobType: "part_time"},
	{name: "part-time odd-term code", p: model.Posting{Title: "Cook", EmploymentType: "parttime_minijob"}, jobType: "part_time"},
	{name: "full-time fixed-term code", p: model.Posting{Title: "Cook", EmploymentType: "fulltime_fixed_term"}, jobType: "contract"},
	{name: "full-time permanent code", p: model.Posting{Title: "Cook", EmploymentType: "fulltime_permanent"}, jobType: "full_time"},
	{name: "full-time odd code left to others", p: model.Posting{Title: "Cook", EmploymentType: "fulltime_salaried_exempt"}, jobType: "full_time"},
	// Nepali, Greek, Vietnamese, Arabic, Italian words filling the field.
	{name: "nepali part time", p: model.Posting{Title: "Lekhapal", EmploymentType: "अंशकालीन"}, jobType: "part_time"},
	{name: "nepali full time", p: model.Posting{Title: "Lekhapal", EmploymentType: "पूर्णकालीन"}, jobType: "full_time"},
	{name: "nepali agreement", p: model.Posting{Title: "Lekhapal", EmploymentType: "सम्झौता (१ वर्ष)"}, jobType: "contract"},
	{name: "nepali freelance", p: model.Posting{Title: "Lekhapal", EmploymentType: "फ्रिलान्स"}, jobType: "contract"},
	{name: "greek half employment", p: model.Posting{Title: "Ταμίας", EmploymentType: "Ημιαπασχόληση"}, jobType: "part_time"},
	{name: "greek contract bare", p: model.Posting{Title: "Ταμίας", EmploymentType: "ΣΥΜΒΑΣΗ"}, jobType: "contract"},
	{name: "vietnamese freelance", p: model.Posting{Title: "Thiết kế", EmploymentType: "Làm tự do"}, jobType: "contract"},
	{name: "arabic contracts plural", p: model.Posting{Title: "محاسب", EmploymentType: "عقود"}, jobType: "contract"},
	{name: "italian sales agent field", p: model.Posting{Title: "Venditore", EmploymentType: "Agente / Rappresentante"}, jobType: "contract"},
	{name: "fix-term spelling", p: model.Posting{Title: "Cook", EmploymentType: "Fix-Term"}, jobType: "contract"},
	{name: "agent inside a longer part stays unknown", p: model.Posting{Title: "Cook", EmploymentType: "Agente de ventas"}, jobType: "unknown"},
	// A decimal fraction of a Romanian norm.
	{name: "romanian half norm decimal", p: model.Posting{Title: "Casier", EmploymentType: "0,5 normă"}, jobType: "part_time"},
	{name: "romanian three quarter norm", p: model.Posting{Title: "Casier", EmploymentType: "0.75 norma"}, jobType: "part_time"},
	{name: "romanian zero norm stays unknown", p: model.Posting{Title: "Casier", EmploymentType: "0.0 normă"}, jobType: "unknown"},
	{name: "romanian whole norm still full", p: model.Posting{Title: "Casier", EmploymentType: "Normă întreagă"}, jobType: "full_time"},
	// Whole work-mode values in a workplace field.
	{name: "turkish office field", p: model.Posting{Title: "Muhasebeci", RemoteHint: "Ofiste"}, remote: "onsite"},
	{name: "turkish field work", p: model.Posting{Title: "Tekniker", RemoteHint: "Sahada"}, remote: "onsite"},
	{name: "turkish workplace phrase", p: model.Posting{Title: "Tekniker", RemoteHint: "İŞ YERİNDE ÇALIŞMA"}, remote: "onsite"},
	{name: "korean mixed work", p: model.Posting{Title: "디자이너", RemoteHint: "혼합근무"}, remote: "hybrid"},
	{name: "korean in-person work", p: model.Posting{Title: "디자이너", RemoteHint: "대면근무"}, remote: "onsite"},
	{name: "vietnamese combined work", p: model.Posting{Title: "Kế toán", RemoteHint: "Làm việc kết hợp"}, remote: "hybrid"},
	{name: "greek remote with apostrophe", p: model.Posting{Title: "Λογιστής", RemoteHint: "Εξ’ αποστάσεως"}, remote: "remote"},
	{name: "arabic remote with vowel marks", p: model.Posting{Title: "محاسب", RemoteHint: "عَنْ بُعْد"}, remote: "remote"},
	{name: "arabic in person", p: model.Posting{Title: "محاسب", RemoteHint: "حضوري"}, remote: "onsite"},
	{name: "turkish office in text stays unknown", p: model.Posting{Title: "Muhasebeci", DescriptionText: "Ofis malzemeleri siparişi vereceksiniz."}, remote: "unknown"},
	{name: "field of study hint stays unknown", p: model.Posting{Title: "Tekniker", RemoteHint: "Saha mühendisliği"}, remote: "unknown"},
	// A work mode listed as the job type.
	{name: "vietnamese remote as type", p: model.Posting{Title: "Kế toán", EmploymentType: "Làm việc từ xa"}, remote: "remote"},
	{name: "korean hybrid beside a type", p: model.Posting{Title: "디자이너", EmploymentType: "정규직, 혼합근무"}, remote: "hybrid", jobType: "full_time"},
	{name: "plain type gives no place", p: model.Posting{Title: "Kế toán", EmploymentType: "Toàn thời gian"}, remote: "unknown", jobType: "full_time"},
}

func TestFieldCodesAndModeWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fieldCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
