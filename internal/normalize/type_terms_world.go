package normalize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type words in a type field, by language, that the English map
// and the German, Nordic, Slavic, Iberian, Japanese, Chinese, Korean,
// Vietnamese and Hebrew readers before it do not know: Dutch ("Tijdelijk",
// "Vaste baan", "Uitzendwerk"), Swedish, Norwegian and Danish ("Frilans",
// "Midlertidig", "Elev"), Finnish ("Kokoaikainen", "Määräaikainen"),
// Polish ("Umowa o pracę", "Wolontariat"), Czech and Slovak ("HPP", "DPP",
// "Brigáda", "Živnostenský list"), Turkish ("Tam zamanlı", "Stajyer"),
// Hungarian ("Részmunkaidő", "Gyakornok", "Szakmai gyakorlat"), Estonian
// ("Täistööaeg", "Töövõtuleping", "Vabakutseline"), English side work
// ("Side job"), Romanian ("Normă întreagă"),
// Greek, Ukrainian and Russian ("Повна зайнятість", "Стажировка"), Spanish
// and Portuguese of Europe and Latin America ("Medio tiempo", "Honorarios",
// "Tempo integral", "Efetivo"), Italian ("Apprendistato", "Partita IVA"),
// French ("Bénévolat", "Saisonnier"), German ("Ausbildung", "Aushilfe",
// "Zeitarbeit"), Japanese, Chinese and Korean words the others lack
// ("フリーランス", "兼職", "알바"), Thai, Arabic, Hebrew, Indonesian, Malay
// and Hindi.
//
// The readings follow the English map's: a fixed term, a season, agency
// work and freelancing make the work a contract; an apprenticeship, a
// traineeship and a student job an internship; casual and on-call work is
// part-time; a permanent post alone is full-time, and so is an employment
// contract named alone as the whole field (Polish "Umowa o pracę", Czech
// "HPP" or "Pracovní smlouva", Russian "Трудовой договор"): on those boards
// it is the regular post set against B2B, civil-law and agreement work,
// whose hours a separate field gives when they are part-time, as Brazil's
// "CLT" and France's "CDI" read; gig and project work is a project. A field part may
// hold two words ("Määräaikainen osa-aikatyö"): the first kind in
// worldTermOrder wins, as "Part-time temporary" reads part-time and
// "Full-time temporary" a contract.

// worldTerm is one word or phrase and its type. exact terms must be the
// whole field part (short or common words: "Vast", "Elev", "Staj",
// "Mission"); the others may be part of it ("Umowa na czas określony
// (12 mies.)").
type worldTerm struct {
	phrase string
	t      model.JobType
	exact  bool
}

var worldTerms = []worldTerm{
	// Dutch.
	{"tijdelijk", model.TypeContract, false}, {"bepaalde tijd", model.TypeContract, false}, {"uitzend", model.TypeContract, false},
	{"zzp", model.TypeContract, false}, {"detachering", model.TypeContract, false}, {"seizoenswerk", model.TypeContract, false},
	{"vast", model.TypeFullTime, true}, {"vaste baan", model.TypeFullTime, false}, {"vast contract", model.TypeFullTime, false},
	{"vaste aanstelling", model.TypeFullTime, false}, {"onbepaalde tijd", model.TypeFullTime, false},
	{"stagiair", model.TypeInternship, false}, {"afstudeerstage", model.TypeInternship, false}, {"leerwerkplek", model.TypeInternship, false},
	{"leerwerktraject", model.TypeInternship, false},
	{"bbl", model.TypeInternship, true}, {"vrijwillig", model.TypeVolunteer, false},
	{"bijbaan", model.TypePartTime, false}, {"oproepkracht", model.TypePartTime, false}, {"oproepbasis", model.TypePartTime, false},
	// Swedish.
	{"praktik", model.TypeInternship, true}, {"praktikant", model.TypeInternship, false}, {"praktikplats", model.TypeInternship, false},
	{"lärling", model.TypeInternship, false}, {"examensarbete", model.TypeInternship, false}, {"traineeprogram", model.TypeInternship, false},
	{"frilans", model.TypeContract, false}, {"säsong", model.TypeContract, false}, {"konsultuppdrag", model.TypeContract, false},
	{"timanställ", model.TypePartTime, false}, {"behovsanställ", model.TypePartTime, false}, {"extrajobb", model.TypePartTime, false},
	{"volontär", model.TypeVolunteer, false}, {"ideellt", model.TypeVolunteer, false}, {"provanställning", model.TypeFullTime, false},
	// Norwegian and Danish.
	{"midlertidig", model.TypeContract, false}, {"engasjement", model.TypeContract, true}, {"prosjekt", model.TypeProject, true}, {"sommerjobb", model.TypeContract, false},
	{"sesong", model.TypeContract, false}, {"sæson", model.TypeContract, false}, {"frilanser", model.TypeContract, false},
	{"tidsbegrænset", model.TypeContract, false}, {"praksisplass", model.TypeInternship, false}, {"praksis", model.TypeInternship, true},
	{"elev", model.TypeInternship, true}, {"elevplads", model.TypeInternship, false}, {"lærling", model.TypeInternship, false},
	{"studiejob", model.TypeInternship, false}, {"studenterjob", model.TypeInternship, false}, {"frivillig", model.TypeVolunteer, false},
	{"ekstrahjelp", model.TypePartTime, false}, {"timelønnet", model.TypePartTime, false}, {"fast", model.TypeFullTime, true},
	// Finnish.
	{"kokoaika", model.TypeFullTime, false}, {"kokopäivä", model.TypeFullTime, false}, {"vakituinen", model.TypeFullTime, false},
	{"toistaiseksi voimassa", model.TypeFullTime, false}, {"osa-aika", model.TypePartTime, false}, {"tuntityö", model.TypePartTime, false},
	{"määräaikai", model.TypeContract, false}, {"sijaisuus", model.TypeContract, false}, {"kesätyö", model.TypeContract, false},
	{"kausityö", model.TypeContract, false}, {"vuokratyö", model.TypeContract, false}, {"harjoittel", model.TypeInternship, false},
	{"oppisopimus", model.TypeInternship, false}, {"vapaaehtoi", model.TypeVolunteer, false}, {"keikkatyö", model.TypeProject, false},
	// Polish.
	{"czas nieokreślony", model.TypeFullTime, false},
	{"czas określony", model.TypeContract, false}, {"sezonow", model.TypeContract, false}, {"kontrakt", model.TypeContract, true},
	{"praca dorywcza", model.TypePartTime, false}, {"praktykant", model.TypeInternship, false}, {"wolontari", model.TypeVolunteer, false},
	{"stażyst", model.TypeInternship, false}, {"stážist", model.TypeInternship, false},
	{"umowa o pracę", model.TypeFullTime, true}, {"uop", model.TypeFullTime, true},
	// Czech and Slovak.
	{"dobu neurčitou", model.TypeFullTime, false}, {"hpp", model.TypeFullTime, true}, {"hlavní pracovní poměr", model.TypeFullTime, true},
	{"pracovní smlouva", model.TypeFullTime, true}, {"pracovná zmluva", model.TypeFullTime, true},
	{"dobu neurčitú", model.TypeFullTime, false}, {"dpp", model.TypePartTime, true}, {"dpč", model.TypePartTime, true},
	{"dohoda o provedení práce", model.TypePartTime, false}, {"dohoda o pracovní činnosti", model.TypePartTime, false},
	{"čiastočný úväzok", model.TypePartTime, false}, {"brigáda", model.TypeContract, false}, {"brigádn", model.TypeContract, false},
	{"dobu určitou", model.TypeContract, false}, {"dobu určitú", model.TypeContract, false}, {"živnost", model.TypeContract, false},
	{"sezónní", model.TypeContract, false}, {"sezónn", model.TypeContract, false}, {"ičo", model.TypeContract, true},
	{"praxe", model.TypeInternship, true}, {"dobrovoln", model.TypeVolunteer, false},
	// Turkish.
	{"tam zamanlı", model.TypeFullTime, false}, {"kadrolu", model.TypeFullTime, false}, {"süresiz", model.TypeFullTime, false},
	{"yarı zamanlı", model.TypePartTime, false}, {"sözleşmeli", model.TypeContract, false}, {"geçici", model.TypeContract, false},
	{"sezonluk", model.TypeContract, false}, {"mevsimlik", model.TypeContract, false}, {"dönemsel", model.TypeContract, false},
	{"serbest", model.TypeContract, false}, {"stajyer", model.TypeInternship, false}, {"staj", model.TypeInternship, true},
	{"çırak", model.TypeInternship, false}, {"gönüllü", model.TypeVolunteer, false}, {"proje bazlı", model.TypeProject, false},
	// Hungarian.
	{"teljes munkaidő", model.TypeFullTime, false}, {"határozatlan", model.TypeFullTime, false},
	{"részmunkaidő", model.TypePartTime, false}, {"alkalmi", model.TypePartTime, false}, {"határozott idej", model.TypeContract, false},
	{"idénymunka", model.TypeContract, false}, {"szezonális", model.TypeContract, false}, {"vállalkozó", model.TypeContract, false},
	{"megbízás", model.TypeContract, false}, {"gyakornok", model.TypeInternship, false}, {"diákmunka", model.TypeInternship, false},
	{"önkéntes", model.TypeVolunteer, false}, {"szakmai gyakorlat", model.TypeInternship, true}, {"gyakorlati hely", model.TypeInternship, true}, // also "experience": whole field only
	// Estonian.
	{"täistööaeg", model.TypeFullTime, false}, {"täiskohaga", model.TypeFullTime, false}, {"palgatöötaja", model.TypeFullTime, false},
	{"tähtajatu", model.TypeFullTime, false}, {"osaline tööaeg", model.TypePartTime, false}, {"osalise tööajaga", model.TypePartTime, false},
	{"osalise koormusega", model.TypePartTime, false}, {"tähtajaline", model.TypeContract, false}, {"ajutine", model.TypeContract, false},
	{"töövõtuleping", model.TypeContract, false}, {"käsundusleping", model.TypeContract, false}, {"vabakutseline", model.TypeContract, false},
	{"lepinguline", model.TypeContract, true}, {"hooajatöö", model.TypeContract, false}, {"praktikakoht", model.TypeInternship, false},
	{"praktikant", model.TypeInternship, false}, {"vabatahtlik", model.TypeVolunteer, false},
	// English side work, a whole field part: "Side", "Side job".
	{"side", model.TypePartTime, true}, {"side job", model.TypePartTime, true}, {"side gig", model.TypePartTime, true}, {"side hustle", model.TypePartTime, true},
	// Romanian.
	{"normă întreagă", model.TypeFullTime, false}, {"normă completă", model.TypeFullTime, false}, {"perioadă nedeterminată", model.TypeFullTime, false},
	{"normă redusă", model.TypePartTime, false}, {"normă parțială", model.TypePartTime, false}, {"jumătate de normă", model.TypePartTime, false},
	{"perioadă determinată", model.TypeContract, false}, {"sezonier", model.TypeContract, false}, {"temporar", model.TypeContract, true},
	{"colaborare", model.TypeContract, true}, {"pfa", model.TypeContract, true}, {"stagiu", model.TypeInternship, false},
	{"stagiar", model.TypeInternship, false}, {"voluntar", model.TypeVolunteer, false},
	// Greek.
	{"πλήρης απασχόληση", model.TypeFullTime, false}, {"πλήρους απασχόλησης", model.TypeFullTime, false}, {"αορίστου", model.TypeFullTime, false},
	{"μερική απασχόληση", model.TypePartTime, false}, {"μερικής απασχόλησης", model.TypePartTime, false}, {"ορισμένου χρόνου", model.TypeContract, false},
	{"εποχικ", model.TypeContract, false}, {"ελεύθερος επαγγελματίας", model.TypeContract, false}, {"πρακτική άσκηση", model.TypeInternship, false},
	{"εθελοντ", model.TypeVolunteer, false},
	// Ukrainian and Russian.
	{"повна зайнятість", model.TypeFullTime, false}, {"полная занятость", model.TypeFullTime, false}, {"повний робочий день", model.TypeFullTime, false},
	{"полный рабочий день", model.TypeFullTime, false}, {"часткова зайнятість", model.TypePartTime, false}, {"неповна зайнятість", model.TypePartTime, false},
	{"частичная занятость", model.TypePartTime, false}, {"неполная занятость", model.TypePartTime, false}, {"неповний робочий день", model.TypePartTime, false},
	{"неполный рабочий день", model.TypePartTime, false}, {"подработка", model.TypePartTime, false}, {"підробіток", model.TypePartTime, false},
	{"стажування", model.TypeInternship, false}, {"стажер", model.TypeInternship, false}, {"стажёр", model.TypeInternship, false},
	{"стажировка", model.TypeInternship, false}, {"практика", model.TypeInternship, true}, {"фриланс", model.TypeContract, false},
	{"фріланс", model.TypeContract, false}, {"временная", model.TypeContract, false}, {"тимчасова", model.TypeContract, false},
	{"сезонн", model.TypeContract, false}, {"гпх", model.TypeContract, true}, {"фоп", model.TypeContract, true},
	{"договор гпх", model.TypeContract, false}, {"проектная работа", model.TypeProject, false}, {"проєктна робота", model.TypeProject, false},
	{"проектна робота", model.TypeProject, false}, {"волонт", model.TypeVolunteer, false},
	// Spanish, European and Latin American.
	{"medio tiempo", model.TypePartTime, false}, {"jornada parcial", model.TypePartTime, false}, {"por horas", model.TypePartTime, true},
	{"contrato por obra", model.TypeContract, false}, {"obra o labor", model.TypeContract, false}, {"autónomo", model.TypeContract, true},
	{"honorarios", model.TypeContract, false}, {"prestación de servicios", model.TypeContract, false}, {"plazo fijo", model.TypeContract, false},
	{"por temporada", model.TypeContract, false}, {"sustitución", model.TypeContract, true}, {"de planta", model.TypeFullTime, true},
	{"aprendiz", model.TypeInternship, true}, {"residencia profesional", model.TypeInternship, false}, {"servicio social", model.TypeInternship, true},
	{"voluntari", model.TypeVolunteer, false}, {"por proyecto", model.TypeProject, false},
	{"estacional", model.TypeContract, false}, {"de temporada", model.TypeContract, false},
	// Portuguese, European and Brazilian.
	{"tempo integral", model.TypeFullTime, false}, {"período integral", model.TypeFullTime, false}, {"efetivo", model.TypeFullTime, true},
	{"sem termo", model.TypeFullTime, false}, {"meio período", model.TypePartTime, false}, {"meio-período", model.TypePartTime, false},
	{"tempo parcial", model.TypePartTime, false}, {"temporário", model.TypeContract, false}, {"a termo", model.TypeContract, false},
	{"prestador de serviço", model.TypeContract, false}, {"estágio", model.TypeInternship, false}, {"estagiário", model.TypeInternship, false},
	{"jovem aprendiz", model.TypeInternship, false}, {"voluntário", model.TypeVolunteer, false},
	// Italian.
	{"apprendistato", model.TypeInternship, false}, {"praticantato", model.TypeInternship, false}, {"collaborazione", model.TypeContract, false},
	{"partita iva", model.TypeContract, false}, {"libero professionista", model.TypeContract, false}, {"stagionale", model.TypeContract, false},
	{"somministrazione", model.TypeContract, false}, {"a chiamata", model.TypePartTime, false}, {"volontariato", model.TypeVolunteer, false},
	// French.
	{"indépendant", model.TypeContract, false}, {"saisonnier", model.TypeContract, false}, {"vacataire", model.TypeContract, false},
	{"mission", model.TypeContract, true}, {"contrat de professionnalisation", model.TypeInternship, false}, {"vie", model.TypeInternship, true},
	{"job étudiant", model.TypeInternship, false}, {"bénévol", model.TypeVolunteer, false},
	{"apprenti", model.TypeInternship, false}, // "Apprenti", "Apprentie", "Apprentis", "Apprentissage"
	// German.
	{"ausbildung", model.TypeInternship, true}, {"ausbildung zum", model.TypeInternship, false}, {"ausbildung zur", model.TypeInternship, false}, {"ausbildungsplatz", model.TypeInternship, false}, {"duales studium", model.TypeInternship, false}, {"traineeprogramm", model.TypeInternship, false},
	{"freiberuf", model.TypeContract, false}, {"freie mitarbeit", model.TypeContract, false}, {"honorarbasis", model.TypeContract, false},
	{"zeitarbeit", model.TypeContract, false}, {"leiharbeit", model.TypeContract, false}, {"arbeitnehmerüberlassung", model.TypeContract, false},
	{"saisonarbeit", model.TypeContract, false}, {"saisonkraft", model.TypeContract, false}, {"werkvertrag", model.TypeContract, false},
	{"aushilfe", model.TypePartTime, false}, {"nebenjob", model.TypePartTime, false}, {"ehrenamt", model.TypeVolunteer, false},
	// Japanese, Chinese and Korean.
	{"フリーランス", model.TypeContract, false}, {"嘱託", model.TypeContract, false}, {"日雇い", model.TypeContract, false},
	{"ボランティア", model.TypeVolunteer, false}, {"合同工", model.TypeContract, false}, {"临时工", model.TypeContract, false},
	{"臨時", model.TypeContract, false}, {"外包", model.TypeContract, false}, {"自由职业", model.TypeContract, false},
	{"自由職業", model.TypeContract, false}, {"約聘", model.TypeContract, false}, {"约聘", model.TypeContract, false},
	{"派遣", model.TypeContract, false}, {"志愿", model.TypeVolunteer, false}, {"志願", model.TypeVolunteer, false},
	{"義工", model.TypeVolunteer, false}, {"全職", model.TypeFullTime, false}, {"兼職", model.TypePartTime, false},
	{"工讀", model.TypePartTime, false}, {"實習", model.TypeInternship, false}, {"见习", model.TypeInternship, false},
	{"알바", model.TypePartTime, false}, {"프리랜서", model.TypeContract, false}, {"파견", model.TypeContract, false},
	{"위촉", model.TypeContract, false}, {"일용직", model.TypeContract, false}, {"단기", model.TypeContract, false},
	{"봉사", model.TypeVolunteer, false}, {"외주", model.TypeContract, false},
	// Japanese regular and non-regular posts (正規 alone is a whole field:
	// 非正規 holds it), a staff member (社員 alone, not 社員食堂), a side job
	// (バイト, アルバイト), a contract alone; Chinese labour-service work;
	// Korean part-time words.
	{"正規", model.TypeFullTime, true}, {"正規雇用", model.TypeFullTime, false}, {"正規職員", model.TypeFullTime, false},
	{"非正規", model.TypeContract, false}, {"社員", model.TypeFullTime, true}, {"バイト", model.TypePartTime, false},
	{"契約", model.TypeContract, true}, {"劳务", model.TypeContract, false}, {"勞務", model.TypeContract, false},
	{"파트타임", model.TypePartTime, false}, {"아르바이트", model.TypePartTime, false},
	// Vietnamese.
	{"hợp đồng", model.TypeContract, false}, {"thời vụ", model.TypeContract, false}, {"tự do", model.TypeContract, true},
	{"cộng tác viên", model.TypeContract, false}, {"thực tập", model.TypeInternship, false}, {"tình nguyện", model.TypeVolunteer, false},
	// Thai.
	{"งานประจำ", model.TypeFullTime, false}, {"พนักงานประจำ", model.TypeFullTime, false}, {"เต็มเวลา", model.TypeFullTime, false},
	{"พาร์ทไทม์", model.TypePartTime, false}, {"พาร์ตไทม์", model.TypePartTime, false}, {"นอกเวลา", model.TypePartTime, false},
	{"สัญญาจ้าง", model.TypeContract, false}, {"ชั่วคราว", model.TypeContract, false}, {"ฟรีแลนซ์", model.TypeContract, false},
	{"ฝึกงาน", model.TypeInternship, false}, {"อาสาสมัคร", model.TypeVolunteer, false},
	// Hebrew and Arabic.
	{"זמני", model.TypeContract, false}, {"עונתי", model.TypeContract, false}, {"קבלן", model.TypeContract, false},
	{"סטודנט", model.TypeInternship, false}, {"התנדבות", model.TypeVolunteer, false}, {"מתנדב", model.TypeVolunteer, false},
	{"عقد", model.TypeContract, false}, {"عمل حر", model.TypeContract, false}, {"مستقل", model.TypeContract, false},
	{"موسمي", model.TypeContract, false}, {"تدريب", model.TypeInternship, true}, {"متدرب", model.TypeInternship, false},
	{"تطوع", model.TypeVolunteer, false}, {"متطوع", model.TypeVolunteer, false},
	// Indonesian and Malay.
	{"penuh waktu", model.TypeFullTime, false}, {"karyawan tetap", model.TypeFullTime, false}, {"pegawai tetap", model.TypeFullTime, false}, {"pekerjaan tetap", model.TypeFullTime, false},
	{"tetap", model.TypeFullTime, true}, {"sepenuh masa", model.TypeFullTime, false}, {"paruh waktu", model.TypePartTime, false},
	{"separuh masa", model.TypePartTime, false}, {"sambilan", model.TypePartTime, false}, {"kontrak", model.TypeContract, false},
	{"pekerja lepas", model.TypeContract, false}, {"musiman", model.TypeContract, false}, {"magang", model.TypeInternship, false},
	{"latihan industri", model.TypeInternship, false}, {"relawan", model.TypeVolunteer, false},
	// Hindi, in Devanagari and romanized.
	{"पूर्णकालिक", model.TypeFullTime, false}, {"अंशकालिक", model.TypePartTime, false}, {"संविदा", model.TypeContract, false},
	{"इंटर्नशिप", model.TypeInternship, false}, {"purnakalik", model.TypeFullTime, false}, {"anshkalik", model.TypePartTime, false},
	{"samvida", model.TypeContract, false},
}

// worldTermOrder is which kind wins when a field part holds words of two.
var worldTermOrder = [...]model.JobType{model.TypeInternship, model.TypeVolunteer, model.TypePartTime, model.TypeContract, model.TypeProject, model.TypeFullTime}

// worldExact and worldStems are worldTerms by their keys (termKey).
var worldExact, worldStems = func() (map[string]model.JobType, []worldTerm) {
	exact := map[string]model.JobType{}
	var stems []worldTerm
	// The word lists of type_field_words_more.go, type_field_words_asian.go,
	// type_field_words_civic_maghreb.go and type_field_words_partial_autonomous.go
	// follow worldTerms.
	for _, list := range [][]worldTerm{worldTerms, moreWorldTerms, asianWorldTerms, civicMaghrebWorldTerms, partialAutonomousWorldTerms} {
		for _, w := range list {
			k := termKey(w.phrase)
			if w.exact {
				exact[k] = w.t
				continue
			}
			stems = append(stems, worldTerm{k, w.t, false})
		}
	}
	return exact, stems
}()

// termFold maps the accented Latin and Greek letters type words are
// written with, and without, to the plain letter: "Määräaikainen" and
// "Maaraaikainen", "Normă întreagă" and "Norma intreaga" read alike.
var termFold = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range []string{"áàâäãåăąā a", "çćč c", "ďđ d", "éèêëěęēė e", "ğ g", "íìîïıīį i", "ľĺłļ l", "ñńňņ n", "ķ k", "ģ g", "óòôöõőø o",
		"řŕ r", "śšşș s", "ťţț t", "úùûüůűūų u", "ýÿ y", "žźż z", "ά α", "έ ε", "ή η", "ίϊΐ ι", "ό ο", "ύϋΰ υ", "ώ ω", "ς σ"} {
		from, to, _ := strings.Cut(p, " ")
		for _, r := range from {
			m[r] = []rune(to)[0]
		}
	}
	return m
}()

// termKey is s lower-cased and folded, with only its letters and digits:
// "Osa-aikainen" is "osaaikainen", "Umowa o pracę" "umowaoprace".
func termKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := termFold[r]; ok {
			r = f
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && r != 0x307 {
			b.WriteRune(r) // Thai and Devanagari vowel signs are marks, part of the word (not the dot "İ" lowers to)
		}
	}
	return b.String()
}

// worldTermType reads a type field's parts with worldTerms (ParseType
// calls it on the source's type field after the other field readers, not
// on text lines: "Mission" or "Ausbildung" heading a section is no type);
// unknown when none holds one.
func worldTermType(raw string) model.JobType {
	return termTableType(raw, 120, nil, worldExact, worldStems)
}

// termTableType reads the parts of a type field (split at , / ; | and
// brackets) of at most maxLen bytes, each folded by fold (nil: none) and
// keyed by termKey, first as a whole term of exact, then by the stems it
// holds: of two kinds in one part the first in worldTermOrder wins, and a
// stem inside a longer one found there counts as the longer only.
func termTableType(raw string, maxLen int, fold func(string) string, exact map[string]model.JobType, stems []worldTerm) model.JobType {
	if len(raw) == 0 || len(raw) > maxLen {
		return model.TypeUnknown
	}
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' || r == '(' || r == ')' }) {
		if fold != nil {
			part = fold(part)
		}
		k := termKey(part)
		if k == "" {
			continue
		}
		if t, ok := exact[k]; ok {
			return t
		}
		var hits []worldTerm
		for _, w := range stems {
			if strings.Contains(k, w.phrase) {
				hits = append(hits, w)
			}
		}
		found := [len(worldTermOrder)]bool{}
		for _, h := range hits {
			if !withinLonger(h.phrase, hits) { // "onbepaalde tijd" is not "bepaalde tijd"
				found[slices.Index(worldTermOrder[:], h.t)] = true
			}
		}
		for i, f := range found {
			if f {
				return worldTermOrder[i]
			}
		}
	}
	return model.TypeUnknown
}

// withinLonger reports whether another hit holds stem and is longer.
func withinLonger(stem string, hits []worldTerm) bool {
	for _, h := range hits {
		if len(h.phrase) > len(stem) && strings.Contains(h.phrase, stem) {
			return true
		}
	}
	return false
}
