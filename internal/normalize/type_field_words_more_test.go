package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// moreTypeCases: type fields and type labels in the words of
// type_field_words_more.go and type_labels_more.go, written for this
// project, with traps beside them.
var moreTypeCases = []truthCase{
	// Whole type fields.
	{name: "croatian full time field", p: model.Posting{Title: "Računovođa", EmploymentType: "Puno radno vrijeme"}, jobType: "full_time"},
	{name: "croatian open-ended field", p: model.Posting{Title: "Računovođa", EmploymentType: "Ugovor na neodređeno"}, jobType: "full_time"},
	{name: "croatian fixed term field", p: model.Posting{Title: "Računovođa", EmploymentType: "Na određeno (6 mjeseci)"}, jobType: "contract"},
	{name: "serbian part time field", p: model.Posting{Title: "Prodavac", EmploymentType: "Nepuno radno vreme"}, jobType: "part_time"},
	{name: "serbian cyrillic work contract", p: model.Posting{Title: "Дизајнер", EmploymentType: "Уговор о делу"}, jobType: "contract"},
	{name: "slovenian fixed term", p: model.Posting{Title: "Prodajalec", EmploymentType: "Za določen čas"}, jobType: "contract"},
	{name: "slovenian open-ended", p: model.Posting{Title: "Prodajalec", EmploymentType: "Za nedoločen čas"}, jobType: "full_time"},
	{name: "slovenian trainee", p: model.Posting{Title: "Računovodja", EmploymentType: "Pripravništvo"}, jobType: "internship"},
	{name: "bulgarian full time", p: model.Posting{Title: "Счетоводител", EmploymentType: "Пълно работно време"}, jobType: "full_time"},
	{name: "bulgarian part time", p: model.Posting{Title: "Счетоводител", EmploymentType: "Непълно работно време"}, jobType: "part_time"},
	{name: "bulgarian intern", p: model.Posting{Title: "Счетоводител", EmploymentType: "Стаж"}, jobType: "internship"},
	{name: "macedonian fixed term", p: model.Posting{Title: "Сметководител", EmploymentType: "Определено време"}, jobType: "contract"},
	{name: "latvian full load", p: model.Posting{Title: "Grāmatvedis", EmploymentType: "Pilna slodze"}, jobType: "full_time"},
	{name: "latvian part load unaccented", p: model.Posting{Title: "Gramatvedis", EmploymentType: "Daleja slodze"}, jobType: "part_time"},
	{name: "latvian fixed term", p: model.Posting{Title: "Grāmatvedis", EmploymentType: "Uz noteiktu laiku"}, jobType: "contract"},
	{name: "lithuanian full post", p: model.Posting{Title: "Buhalteris", EmploymentType: "Pilnas etatas"}, jobType: "full_time"},
	{name: "lithuanian not a full day", p: model.Posting{Title: "Buhalteris", EmploymentType: "Ne visa darbo diena"}, jobType: "part_time"},
	{name: "lithuanian fixed-term contract", p: model.Posting{Title: "Buhalteris", EmploymentType: "Terminuota sutartis"}, jobType: "contract"},
	{name: "icelandic part time", p: model.Posting{Title: "Bókari", EmploymentType: "Hlutastarf"}, jobType: "part_time"},
	{name: "catalan open-ended", p: model.Posting{Title: "Comptable", EmploymentType: "Contracte indefinit"}, jobType: "full_time"},
	{name: "catalan half day", p: model.Posting{Title: "Comptable", EmploymentType: "Mitja jornada"}, jobType: "part_time"},
	{name: "greek freelancer receipts", p: model.Posting{Title: "Γραφίστας", EmploymentType: "Μπλοκάκι"}, jobType: "contract"},
	{name: "russian self-employed", p: model.Posting{Title: "Дизайнер", EmploymentType: "Самозанятый"}, jobType: "contract"},
	{name: "persian full time with a joiner", p: model.Posting{Title: "حسابدار", EmploymentType: "تمام\u200cوقت"}, jobType: "full_time"},
	{name: "persian part time", p: model.Posting{Title: "حسابدار", EmploymentType: "پاره وقت"}, jobType: "part_time"},
	{name: "hindi contract", p: model.Posting{Title: "Accountant", EmploymentType: "अनुबंध"}, jobType: "contract"},
	{name: "bengali part time", p: model.Posting{Title: "Accountant", EmploymentType: "খণ্ডকালীন"}, jobType: "part_time"},
	{name: "swahili contract", p: model.Posting{Title: "Mhasibu", EmploymentType: "Mkataba"}, jobType: "contract"},
	{name: "korean fixed term", p: model.Posting{Title: "회계 담당", EmploymentType: "기간제"}, jobType: "contract"},
	{name: "indonesian fixed term code", p: model.Posting{Title: "Akuntan", EmploymentType: "PKWT"}, jobType: "contract"},
	{name: "english traineeship", p: model.Posting{Title: "Analyst", EmploymentType: "Traineeship"}, jobType: "internship"},
	// Type labels in a description.
	{name: "catalan label", p: model.Posting{Title: "Comptable", DescriptionText: "Qui som\nTipus de contracte: Temporal\nLloc: Girona"}, jobType: "contract"},
	{name: "croatian label", p: model.Posting{Title: "Računovođa", DescriptionText: "Vrsta zaposlenja: Nepuno radno vrijeme"}, jobType: "part_time"},
	{name: "lithuanian label", p: model.Posting{Title: "Buhalteris", DescriptionText: "Darbo pobūdis: Pilnas etatas"}, jobType: "full_time"},
	{name: "estonian label", p: model.Posting{Title: "Raamatupidaja", DescriptionText: "Töö tüüp: Osaline tööaeg"}, jobType: "part_time"},
	{name: "arabic label", p: model.Posting{Title: "محاسب", DescriptionText: "نوع الوظيفة: دوام جزئي"}, jobType: "part_time"},
	{name: "hebrew label", p: model.Posting{Title: "מנהל חשבונות", DescriptionText: "סוג משרה: משרה חלקית"}, jobType: "part_time"},
	{name: "japanese label", p: model.Posting{Title: "経理", DescriptionText: "雇用形態：契約社員"}, jobType: "contract"},
	{name: "english label with a side job", p: model.Posting{Title: "Tutor", DescriptionText: "Employment type: Side job"}, jobType: "part_time"},
	{name: "portuguese label", p: model.Posting{Title: "Analista", DescriptionText: "Tipo de contrato: Tempo integral"}, jobType: "full_time"},
	// Traps: a permanent word inside a temporary one, experience,
	// contracts that say nothing of the term, hours alone.
	{name: "trap: hindi temporary holds permanent", p: model.Posting{Title: "Accountant", EmploymentType: "अस्थायी"}, jobType: "contract"},
	{name: "trap: persian full time holds temporary", p: model.Posting{Title: "حسابدار", EmploymentType: "تمام وقت"}, jobType: "full_time"},
	{name: "trap: russian open-ended labour contract", p: model.Posting{Title: "Бухгалтер", EmploymentType: "Бессрочный трудовой договор"}, jobType: "full_time"},
	{name: "trap: swahili full-time work", p: model.Posting{Title: "Mhasibu", EmploymentType: "Kazi ya muda wote"}, jobType: "full_time"},
	{name: "trap: croatian contract alone", p: model.Posting{Title: "Računovođa", EmploymentType: "Ugovor o radu"}, jobType: "unknown"},
	{name: "czech main employment alone is the regular post", p: model.Posting{Title: "Účetní", EmploymentType: "HPP"}, jobType: "full_time"},
	{name: "trap: croatian full-time experience in text", p: model.Posting{Title: "Računovođa", DescriptionText: "Tražimo 5 godina iskustva na puno radno vrijeme u računovodstvu."}, jobType: "unknown"},
	{name: "trap: bulgarian work experience label", p: model.Posting{Title: "Счетоводител", DescriptionText: "Изисквания:\nТрудов стаж: минимум 3 години"}, jobType: "unknown"},
	{name: "trap: latvian practice as experience in text", p: model.Posting{Title: "Grāmatvedis", DescriptionText: "Vismaz 2 gadu prakse grāmatvedībā."}, jobType: "unknown"},
	{name: "trap: slovenian working hours label", p: model.Posting{Title: "Prodajalec", DescriptionText: "Delovni čas: 8.00-16.00"}, jobType: "unknown"},
	{name: "trap: lithuanian full-time experience", p: model.Posting{Title: "Buhalteris", DescriptionText: "Ne mažiau kaip 3 metų darbo visa darbo diena patirtis."}, jobType: "unknown"},
	{name: "trap: serbian praksa inside a phrase", p: model.Posting{Title: "Programer", EmploymentType: "Praksa u struci poželjna"}, jobType: "unknown"},
	{name: "trap: sp inside a word", p: model.Posting{Title: "Terapevt", EmploymentType: "SPA center"}, jobType: "unknown"},
}

func TestMoreTypeWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range moreTypeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzMoreTypeTerms(f *testing.F) {
	for _, c := range moreTypeCases {
		f.Add(c.p.EmploymentType + c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, got := range []model.JobType{worldTermType(s), worldLabelType("Engineer", s)} {
			if !got.Valid() {
				t.Errorf("%q read as %q", s, got)
			}
		}
	})
}
