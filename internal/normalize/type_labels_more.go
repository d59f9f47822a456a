package normalize

// moreTypeLabels are more type labels written out in a description (table
// tests in type_field_words_more_test.go), lower case, found from a
// line's colon (colonLabelValues, label_lines_more.go: not keys of the
// shared key scan) and read as worldTypeLabels' values are: Catalan, Bulgarian, Macedonian,
// Serbian, Croatian, Slovenian, Latvian, Lithuanian, Estonian, Icelandic,
// Arabic, Persian, Hebrew, Hindi, Bengali, Swahili, Tagalog, Thai,
// Japanese, Korean and Chinese; and "Tipo de contrato:", which the
// Iberian reader takes first, for values only worldTerms knows ("Tempo
// integral"). The English "Employment type:" is typeLabel's (jobtype.go),
// which reads its value with worldTermType too ("Side job"). Only a value that names a type counts, so
// a label read wrongly ("Radno vrijeme: 8-16") gives nothing.
var moreTypeLabels = []string{
	"tipo de contrato",
	"tipus de contracte", "tipus de jornada", "jornada laboral",
	"вид заетост", "тип заетост", "вид на договора", "работно време",
	"тип на вработување", "тип запослења", "радно време",
	"vrsta zaposlenja", "tip zaposlenja", "vrsta ugovora", "radno vrijeme", "radno vreme", "vrsta radnog odnosa",
	"vrsta zaposlitve", "delovni čas", "oblika zaposlitve",
	"darba veids", "darba laiks", "slodze", "līguma veids", "nodarbinātības veids",
	"darbo pobūdis", "darbo laikas", "sutarties tipas", "sutarties rūšis", "etatas", "užimtumas",
	"töö tüüp", "tööaeg", "töösuhte liik", "lepingu liik", "koormus", "töö iseloom",
	"starfshlutfall", "ráðningarform", "tegund starfs",
	"نوع الوظيفة", "نوع العقد", "نوع العمل", "نوع التوظيف",
	"نوع همکاری", "نوع قرارداد",
	"סוג משרה", "היקף משרה",
	"नौकरी का प्रकार", "रोजगार का प्रकार",
	"চাকরির ধরন", "চাকরির ধরণ",
	"aina ya kazi", "aina ya ajira",
	"uri ng trabaho", "uri ng empleyo",
	"ประเภทงาน", "ประเภทการจ้างงาน", "รูปแบบการจ้างงาน",
	"雇用形態", "고용형태", "고용 형태", "工作性质", "工作性質", "用工性质", "工作類型",
}
