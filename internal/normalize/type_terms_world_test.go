package normalize

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// worldTermCases: type fields in the languages type_terms_world.go reads,
// written for this project, with the traps it must leave alone.
var worldTermCases = []struct{ field, want string }{
	// Dutch.
	{"Tijdelijk contract", "contract"}, {"Vaste baan", "full_time"}, {"Vast", "full_time"}, {"Onbepaalde tijd", "full_time"},
	{"Bepaalde tijd (6 maanden)", "contract"}, {"Uitzendbasis", "contract"}, {"ZZP / freelance", "contract"},
	{"Bijbaan", "part_time"}, {"Oproepkracht", "part_time"}, {"Afstudeerstage", "internship"}, {"Vrijwilligerswerk", "volunteer"},
	// Nordic.
	{"Frilans", "contract"}, {"Säsongsanställning", "contract"}, {"Timanställning", "part_time"}, {"Praktikplats", "internship"},
	{"Volontär", "volunteer"}, {"Midlertidig stilling", "contract"}, {"Engasjement", "contract"}, {"Lærling", "internship"},
	{"Elev", "internship"}, {"Studiejob", "internship"}, {"Frivillig", "volunteer"}, {"Fast", "full_time"},
	// Finnish, with and without its letters' dots.
	{"Kokoaikainen", "full_time"}, {"Osa-aikatyö", "part_time"}, {"Määräaikainen", "contract"}, {"Maaraaikainen", "contract"},
	{"Vakituinen", "full_time"}, {"Kesätyö", "contract"}, {"Harjoittelu", "internship"}, {"Vapaaehtoistyö", "volunteer"},
	{"Keikkatyö", "project"}, {"Määräaikainen osa-aikatyö", "part_time"},
	// Polish, Czech, Slovak.
	{"Umowa o pracę", "full_time"}, {"Umowa na czas nieokreślony", "full_time"}, {"Umowa na czas określony", "contract"},
	{"Praca sezonowa", "contract"}, {"Wolontariat", "volunteer"}, {"HPP", "full_time"}, {"DPP", "part_time"}, {"DPČ", "part_time"},
	{"Brigáda", "contract"}, {"Živnostenský list", "contract"}, {"IČO", "contract"}, {"Na dobu neurčitou", "full_time"},
	{"Dobrovolník", "volunteer"}, {"Živnosť", "contract"},
	// Turkish.
	{"Tam zamanlı", "full_time"}, {"TAM ZAMANLI", "full_time"}, {"Yarı Zamanlı", "part_time"}, {"Sözleşmeli", "contract"},
	{"Stajyer", "internship"}, {"Staj", "internship"}, {"Serbest çalışan", "contract"}, {"Gönüllü", "volunteer"}, {"Proje bazlı", "project"},
	// Hungarian, Romanian, Greek.
	{"Teljes munkaidő", "full_time"}, {"Részmunkaidős", "part_time"}, {"Határozott idejű", "contract"}, {"Határozatlan idejű", "full_time"},
	{"Gyakornoki program", "internship"}, {"Diákmunka", "internship"}, {"Önkéntes", "volunteer"}, {"Normă întreagă", "full_time"},
	{"Norma intreaga", "full_time"}, {"Part-time, normă redusă", "part_time"}, {"Perioadă determinată", "contract"},
	{"Perioadă nedeterminată", "full_time"}, {"Stagiu de practică", "internship"}, {"Πλήρης απασχόληση", "full_time"},
	{"ΜΕΡΙΚΗ ΑΠΑΣΧΟΛΗΣΗ", "part_time"}, {"Σύμβαση ορισμένου χρόνου", "contract"}, {"Πρακτική άσκηση", "internship"},
	// Ukrainian, Russian.
	{"Повна зайнятість", "full_time"}, {"Часткова зайнятість", "part_time"}, {"Стажування", "internship"},
	{"Полная занятость", "full_time"}, {"Частичная занятость", "part_time"}, {"Стажёр", "internship"},
	{"Проектная работа", "project"}, {"Временная работа", "contract"}, {"Договор ГПХ", "contract"}, {"ФОП", "contract"},
	// Spanish and Portuguese.
	{"Medio tiempo", "part_time"}, {"Por horas", "part_time"}, {"Honorarios", "contract"}, {"Prestación de servicios", "contract"},
	{"De planta", "full_time"}, {"Aprendiz", "internship"}, {"Voluntariado", "volunteer"}, {"Por proyecto", "project"},
	{"Tempo integral", "full_time"}, {"Meio período", "part_time"}, {"Efetivo", "full_time"}, {"Jovem Aprendiz", "internship"},
	{"Contrato a termo certo", "contract"}, {"Sem termo", "full_time"}, {"Temporário", "contract"},
	// Italian, French, German.
	{"Apprendistato", "internship"}, {"Partita IVA", "contract"}, {"Collaborazione", "contract"}, {"Stagionale", "contract"},
	{"Volontariato", "volunteer"}, {"Indépendant", "contract"}, {"Saisonnier", "contract"}, {"Bénévolat", "volunteer"},
	{"Contrat de professionnalisation", "internship"}, {"Ausbildung", "internship"}, {"Duales Studium", "internship"},
	{"Freie Mitarbeit", "contract"}, {"Zeitarbeit", "contract"}, {"Aushilfe", "part_time"}, {"Ehrenamtlich", "volunteer"},
	// Asian and Middle Eastern scripts.
	{"フリーランス", "contract"}, {"ボランティア", "volunteer"}, {"全職", "full_time"}, {"兼職", "part_time"}, {"實習生", "internship"},
	{"外包", "contract"}, {"志愿者", "volunteer"}, {"알바", "part_time"}, {"프리랜서", "contract"}, {"파견직", "contract"},
	{"Hợp đồng", "contract"}, {"Thời vụ", "contract"}, {"Tình nguyện", "volunteer"}, {"งานประจำ", "full_time"},
	{"พาร์ทไทม์", "part_time"}, {"ฝึกงาน", "internship"}, {"สัญญาจ้าง", "contract"}, {"זמני", "contract"}, {"התנדבות", "volunteer"},
	{"عمل حر", "contract"}, {"متدرب", "internship"}, {"تطوع", "volunteer"},
	{"Penuh waktu", "full_time"}, {"Pekerjaan tetap", "full_time"}, {"Paruh waktu", "part_time"}, {"Magang", "internship"}, {"Pekerja lepas", "contract"},
	{"Sepenuh masa", "full_time"}, {"Separuh masa", "part_time"}, {"पूर्णकालिक", "full_time"}, {"अंशकालिक", "part_time"},
	// Traps: short words only as the whole field, longer words that hold
	// a shorter one.
	{"Vastgoed", "unknown"},           // real estate, not "vast"
	{"Elevator installer", "unknown"}, // not "elev"
	{"Fast food", "unknown"},          // not "fast"
	{"Missionary work", "unknown"},    // not "mission"
	{"Vieira", "unknown"},             // not "VIE"
	{"Stajlı", "unknown"},             // not "staj"
}

func TestWorldTermType(t *testing.T) {
	for i, c := range worldTermCases {
		if i%raceThin() != 0 && c.want != "unknown" {
			continue // thinned under -race and -short; the traps always run
		}
		if got := ParseType(c.field, "Engineer", ""); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}

// worldTermListings: the field among the other readers of a listing.
var worldTermListings = []truthCase{
	{name: "an intern title beats a full-time field", p: model.Posting{Title: "Harjoittelija, ohjelmistokehitys", EmploymentType: "Kokoaikainen"}, jobType: "internship"},
	{name: "a trainee title beats a permanent field", p: model.Posting{Title: "Stajyer Yazılım Geliştirici", EmploymentType: "Tam zamanlı"}, jobType: "internship"},
	{name: "a section heading is no type", p: model.Posting{Title: "Softwareentwickler", DescriptionText: "Ausbildung\nEin abgeschlossenes Studium der Informatik."}, jobType: "unknown"},
	{name: "a mission heading is no type", p: model.Posting{Title: "Chef de projet", DescriptionText: "Mission\nPiloter les projets de nos clients."}, jobType: "unknown"},
	{name: "machine learning in a title is no apprenticeship", p: model.Posting{Title: "Ingeniero de Aprendizaje Automático"}, jobType: "unknown"},
	{name: "a head of training is no apprentice", p: model.Posting{Title: "Ausbildungsleiter (m/w/d)"}, jobType: "unknown"},
}

func TestWorldTermListings(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range worldTermListings {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzWorldTermType(f *testing.F) {
	for _, c := range worldTermCases {
		f.Add(c.field)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := termKey(s)
		if !utf8.ValidString(s) {
			return
		}
		if termKey(k) != k {
			t.Errorf("termKey(%q) = %q, not a fixed point", s, k)
		}
		switch got := worldTermType(s); got {
		case model.TypeUnknown, model.TypeFullTime, model.TypePartTime, model.TypeContract, model.TypeInternship, model.TypeVolunteer, model.TypeProject:
		default:
			t.Errorf("worldTermType(%q) = %q", s, got)
		}
	})
}
