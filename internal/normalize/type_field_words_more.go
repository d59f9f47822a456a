package normalize

import "github.com/gigscout/gigscout/internal/model"

// More employment-type words for a type field and for the value of a
// written-out type label (table tests in type_field_words_more_test.go),
// from a coverage audit of about 35 languages: Bulgarian, Macedonian,
// Serbian (both scripts), Croatian, Bosnian and Slovenian ("Puno radno
// vrijeme", "Ugovor o djelu", "Za določen čas"); Latvian and Lithuanian
// ("Pilna slodze", "Terminuota sutartis"); Icelandic ("Hlutastarf");
// Persian, Bengali, Swahili, Tagalog; and words the other tables lack in
// languages they hold (Catalan "Mitja jornada", Greek "Μπλοκάκι", Russian
// "Самозанятый", Korean "기간제", Indonesian "PKWT", Estonian "Osaajaga").
// They join worldTerms (worldExact, worldStems) and follow its readings:
// a fixed term, a season, agency work, self-employment and a work or
// author's contract are a contract; project work is a project; a
// traineeship or practice an internship; a permanent post alone is
// full-time. A bare "contract" word that does not say fixed-term or
// freelance ("Договір", "Ugovor") is not listed: an employment
// relationship alone says nothing. Words that also mean something else
// are exact (the whole field part): "Praksa" (practice), "Stalni"
// (steady), "ИП".
var moreWorldTerms = []worldTerm{
	// English "half-time" and the bare Italian "determinato" (fixed term).
	{"half-time", model.TypePartTime, true}, {"determinato", model.TypeContract, true},
	// Bulgarian.
	{"пълно работно време", model.TypeFullTime, false}, {"непълно работно време", model.TypePartTime, false},
	{"пълен работен ден", model.TypeFullTime, false}, {"непълен работен ден", model.TypePartTime, false}, // the "working day" wording
	{"постоянна работа", model.TypeFullTime, false}, {"безсрочен", model.TypeFullTime, false}, {"безсрочен договор", model.TypeFullTime, false},
	{"срочен договор", model.TypeContract, false}, {"временна работа", model.TypeContract, false}, {"граждански договор", model.TypeContract, false},
	{"почасова работа", model.TypePartTime, false}, {"стаж", model.TypeInternship, true}, {"стажант", model.TypeInternship, false},
	{"фрийланс", model.TypeContract, false}, {"хонорар", model.TypeContract, false},
	{"стаж за студенти", model.TypeInternship, false}, {"стаж за студент", model.TypeInternship, false}, // "стаж" alone is exact: Russian work experience
	// French fixed term with its length: "CDD 6 mois", "CDD de 12 mois" (a bare "CDD" is MapEmploymentType's).
	{"cdd de", model.TypeContract, false}, {"cdd 1", model.TypeContract, false}, {"cdd 2", model.TypeContract, false}, {"cdd 3", model.TypeContract, false},
	{"cdd 4", model.TypeContract, false}, {"cdd 5", model.TypeContract, false}, {"cdd 6", model.TypeContract, false}, {"cdd 7", model.TypeContract, false},
	{"cdd 8", model.TypeContract, false}, {"cdd 9", model.TypeContract, false},
	// Macedonian.
	{"полно работно време", model.TypeFullTime, false}, {"скратено работно време", model.TypePartTime, false},
	{"половина работно време", model.TypePartTime, false}, {"неопределено време", model.TypeFullTime, false},
	{"определено време", model.TypeContract, false}, {"договор на дело", model.TypeContract, false}, {"сезонска", model.TypeContract, false},
	{"пракса", model.TypeInternship, true}, {"практикант", model.TypeInternship, false},
	// Serbian in Cyrillic.
	{"пуно радно време", model.TypeFullTime, false}, {"непуно радно време", model.TypePartTime, false},
	{"скраћено радно време", model.TypePartTime, false}, {"неодређено време", model.TypeFullTime, false},
	{"одређено време", model.TypeContract, false}, {"уговор о делу", model.TypeContract, false}, {"сезонски", model.TypeContract, false},
	{"стажирање", model.TypeInternship, false},
	// Croatian, Bosnian and Serbian in Latin letters (folded: "đ" is "d").
	{"puno radno vrijeme", model.TypeFullTime, false}, {"puno radno vreme", model.TypeFullTime, false},
	{"nepuno radno", model.TypePartTime, false}, {"skraceno radno", model.TypePartTime, false},
	{"neodredeno", model.TypeFullTime, false}, {"odredeno", model.TypeContract, false}, {"stalni radni odnos", model.TypeFullTime, false},
	{"ugovor o djelu", model.TypeContract, false}, {"ugovor o delu", model.TypeContract, false}, {"autorski ugovor", model.TypeContract, false},
	{"honorarn", model.TypeContract, false}, {"sezonski", model.TypeContract, false}, {"privremen", model.TypeContract, false},
	{"frilens", model.TypeContract, false}, {"praksa", model.TypeInternship, true}, {"pripravni", model.TypeInternship, false},
	{"strucno osposobljavanje", model.TypeInternship, false}, {"staziranje", model.TypeInternship, false},
	{"studentski posao", model.TypeInternship, false},
	// Slovenian.
	{"polni delovni cas", model.TypeFullTime, false}, {"krajsi delovni cas", model.TypePartTime, false},
	{"skrajsan delovni cas", model.TypePartTime, false}, {"nedolocen cas", model.TypeFullTime, false}, {"dolocen cas", model.TypeContract, false},
	{"redna zaposlitev", model.TypeFullTime, false}, {"podjemna pogodba", model.TypeContract, false}, {"avtorska pogodba", model.TypeContract, false},
	{"samozaposlen", model.TypeContract, false}, {"sp", model.TypeContract, true}, {"sezonsko delo", model.TypeContract, false},
	{"zacasno delo", model.TypeContract, false}, {"studentsko delo", model.TypeInternship, false}, {"studentska praksa", model.TypeInternship, false},
	// Czech and Slovak.
	{"docasna prac", model.TypeContract, false}, {"prax", model.TypeInternship, true},
	{"dohoda o vykonani prace", model.TypePartTime, false}, {"projektova spoluprace", model.TypeProject, false},
	// Latvian (folded: "ā" is "a", "ļ" "l", "ņ" "n").
	{"pilna slodze", model.TypeFullTime, false}, {"nepilna slodze", model.TypePartTime, false}, {"daleja slodze", model.TypePartTime, false},
	{"pilna laika", model.TypeFullTime, false}, {"nepilna laika", model.TypePartTime, false}, {"pastavigs darbs", model.TypeFullTime, false},
	{"uz noteiktu laiku", model.TypeContract, false}, {"uz nenoteiktu laiku", model.TypeFullTime, false}, {"ligumdarbs", model.TypeContract, false},
	{"pagaidu darbs", model.TypeContract, false}, {"arstata", model.TypeContract, false}, {"sezonas darbs", model.TypeContract, false},
	{"projekta darbs", model.TypeProject, false}, {"uznemuma ligums", model.TypeContract, false}, {"prakse", model.TypeInternship, true},
	{"stazier", model.TypeInternship, false},
	// Lithuanian (folded: "ė" is "e", "ų" "u").
	{"pilnas etatas", model.TypeFullTime, false}, {"pilnu etatu", model.TypeFullTime, false}, {"visa darbo diena", model.TypeFullTime, false},
	{"nepilnas etatas", model.TypePartTime, false}, {"nepilnu etatu", model.TypePartTime, false}, {"puse etato", model.TypePartTime, false},
	{"ne visa darbo diena", model.TypePartTime, false}, {"neterminuot", model.TypeFullTime, false}, {"terminuot", model.TypeContract, false},
	{"laikinas darbas", model.TypeContract, false}, {"sezoninis", model.TypeContract, false}, {"projektinis darbas", model.TypeProject, false},
	{"individuali veikla", model.TypeContract, false}, {"autorine sutartis", model.TypeContract, false}, {"paslaugu sutartis", model.TypeContract, false},
	{"stazuote", model.TypeInternship, false}, {"praktika", model.TypeInternship, true},
	// Estonian, Finnish, Hungarian.
	{"osaajaga", model.TypePartTime, false}, {"projektipohine", model.TypeProject, false}, {"projektityo", model.TypeProject, false},
	{"toimeksiantosopimus", model.TypeContract, false}, {"szabaduszo", model.TypeContract, false}, {"projekt alapu", model.TypeProject, false},
	// Icelandic ("ð" stays as written).
	{"fullt starf", model.TypeFullTime, false}, {"hlutastarf", model.TypePartTime, false}, {"starfsnam", model.TypeInternship, false},
	{"timabundi", model.TypeContract, false}, {"fastraðning", model.TypeFullTime, false}, {"verktak", model.TypeContract, false},
	{"sumarstarf", model.TypeContract, false},
	// Nordic and Dutch project and trainee posts, Danish hourly pay.
	{"projektanstall", model.TypeContract, false}, {"projektansæt", model.TypeContract, false}, {"prosjektstilling", model.TypeContract, false},
	{"traineestilling", model.TypeInternship, false}, {"timelon", model.TypePartTime, true}, {"projectbasis", model.TypeProject, false},
	// English.
	{"traineeship", model.TypeInternship, false}, {"placement", model.TypeInternship, true}, {"project work", model.TypeProject, true},
	{"agency", model.TypeContract, true},
	// German, Catalan, Spanish, Portuguese, Romanian, Polish.
	{"projektarbeit", model.TypeProject, true}, {"selbststandig", model.TypeContract, true}, {"selbstandig", model.TypeContract, true},
	{"temps parcial", model.TypePartTime, false}, {"mitja jornada", model.TypePartTime, false}, {"temps complet", model.TypeFullTime, false},
	{"indefinit", model.TypeFullTime, false}, {"practiques", model.TypeInternship, false}, {"becari", model.TypeInternship, false},
	{"autonom", model.TypeContract, true}, {"autonoma", model.TypeContract, true}, {"obra i servei", model.TypeContract, false},
	{"obra determinada", model.TypeContract, false}, {"temporada", model.TypeContract, true}, {"eventual", model.TypeContract, true},
	{"prestacao de servicos", model.TypeContract, false}, {"sazonal", model.TypeContract, false},
	{"practica", model.TypeInternship, true}, {"proiect", model.TypeProject, true}, {"praktyka", model.TypeInternship, true},
	// Greek (folded: accents dropped).
	{"ασκουμεν", model.TypeInternship, false}, {"εκ περιτροπης", model.TypePartTime, false}, {"μπλοκακι", model.TypeContract, false},
	{"μονιμη", model.TypeFullTime, true}, {"μονιμος", model.TypeFullTime, true}, {"μονιμη θεση", model.TypeFullTime, false},
	{"προσωριν", model.TypeContract, false}, {"συμβαση εργου", model.TypeContract, false},
	// Russian and Ukrainian.
	{"бессрочн", model.TypeFullTime, false}, {"бессрочный трудовой договор", model.TypeFullTime, false},
	{"срочный трудовой договор", model.TypeContract, false}, {"ип", model.TypeContract, true}, {"самозанят", model.TypeContract, false},
	{"неполный день", model.TypePartTime, false}, {"полный день", model.TypeFullTime, false}, {"постоянная работа", model.TypeFullTime, false},
	{"цпх", model.TypeContract, true}, {"договір цпх", model.TypeContract, false}, {"контракт", model.TypeContract, true}, {"контракт на ", model.TypeContract, false},
	{"постійна робота", model.TypeFullTime, false}, {"трудовой договор", model.TypeFullTime, true}, {"трудовий договір", model.TypeFullTime, true},
	// Arabic, Persian (the zero-width non-joiner drops out of the key), Hebrew.
	{"وظيفة دائمة", model.TypeFullTime, false}, {"دائم", model.TypeFullTime, true}, {"تدريب صيفي", model.TypeInternship, false},
	{"مؤقت", model.TypeContract, false},
	{"تمام وقت", model.TypeFullTime, false}, {"استخدام دائم", model.TypeFullTime, false}, {"پاره وقت", model.TypePartTime, false},
	{"نیمه وقت", model.TypePartTime, false}, {"قراردادی", model.TypeContract, false}, {"پروژه ای", model.TypeProject, false},
	{"فریلنس", model.TypeContract, false}, {"موقت", model.TypeContract, true}, {"قرارداد موقت", model.TypeContract, false},
	{"فصلی", model.TypeContract, true}, {"کارآموز", model.TypeInternship, false},
	{"חוזה", model.TypeContract, true}, {"מתמחה", model.TypeInternship, false}, {"עצמאי", model.TypeContract, true},
	{"פרויקט", model.TypeProject, true}, {"קבוע", model.TypeFullTime, true}, {"משרה קבועה", model.TypeFullTime, false},
	{"משרה חלקית", model.TypePartTime, false}, {"חלקית", model.TypePartTime, true},
	// Hindi and Bengali ("अस्थायी", temporary, holds "स्थायी", permanent: the longer wins).
	{"अनुबंध", model.TypeContract, false}, {"अस्थायी", model.TypeContract, false}, {"स्थायी", model.TypeFullTime, false},
	{"पार्ट टाइम", model.TypePartTime, false}, {"फुल टाइम", model.TypeFullTime, false}, {"प्रशिक्षु", model.TypeInternship, false},
	{"फ्रीलांस", model.TypeContract, false},
	{"পূর্ণকালীন", model.TypeFullTime, false}, {"খণ্ডকালীন", model.TypePartTime, false}, {"চুক্তিভিত্তিক", model.TypeContract, false},
	{"অস্থায়ী", model.TypeContract, false}, {"স্থায়ী", model.TypeFullTime, false}, {"পার্ট টাইম", model.TypePartTime, false},
	{"ফুল টাইম", model.TypeFullTime, false}, {"ইন্টার্নশিপ", model.TypeInternship, false}, {"শিক্ষানবিশ", model.TypeInternship, false},
	{"ফ্রিল্যান্স", model.TypeContract, false},
	// Indonesian, Malay, Tagalog.
	{"harian lepas", model.TypeContract, false}, {"pkwt", model.TypeContract, true}, {"pkwtt", model.TypeFullTime, true},
	{"praktik kerja", model.TypeInternship, false}, {"proyek", model.TypeProject, true}, {"pekerja bebas", model.TypeContract, false},
	{"pelatih", model.TypeInternship, true}, {"praktikal", model.TypeInternship, true}, {"sementara", model.TypeContract, true},
	{"ojt", model.TypeInternship, true}, {"on the job training", model.TypeInternship, false}, {"pansamantala", model.TypeContract, false},
	{"permanente", model.TypeFullTime, true},
	// Swahili ("kazi ya muda wote" is full-time: "kazi ya muda" whole only).
	{"muda wote", model.TypeFullTime, false}, {"kudumu", model.TypeFullTime, false}, {"nusu muda", model.TypePartTime, false},
	{"muda mfupi", model.TypeContract, false}, {"kazi ya muda", model.TypeContract, true}, {"mkataba", model.TypeContract, false},
	{"kujitegemea", model.TypeContract, false}, {"mafunzo kwa vitendo", model.TypeInternship, false}, {"mwanafunzi wa mafunzo", model.TypeInternship, false},
	{"kujitolea", model.TypeVolunteer, false},
	// Thai, Japanese, Korean, Chinese, Vietnamese.
	{"งานอิสระ", model.TypeContract, false}, {"フルタイム", model.TypeFullTime, false}, {"풀타임", model.TypeFullTime, false},
	{"기간제", model.TypeContract, false}, {"正式员工", model.TypeFullTime, false}, {"正職", model.TypeFullTime, false},
	{"接案", model.TypeContract, false}, {"项目制", model.TypeProject, false}, {"nhân viên chính thức", model.TypeFullTime, false},
	// Latin American Spanish type fields, whole: "POR_CONTRATO" (by contract),
	// "Independiente" (self-employed), "Contratista" (a contractor).
	{"por contrato", model.TypeContract, true}, {"independiente", model.TypeContract, true}, {"contratista", model.TypeContract, true},
}
