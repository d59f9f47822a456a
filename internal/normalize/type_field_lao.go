package normalize

import "github.com/gigscout/gigscout/internal/model"

// Lao type words in a source's type field (table tests in
// type_field_lao_test.go), read with localTerms: "ເຕັມເວລາ" (full time),
// "ບໍ່ເຕັມເວລາ" and "ນອກເວລາ" (part time: "not full time", "outside
// hours") and "ຝຶກງານ" (an internship). Each must be the whole field part:
// "ບໍ່ເຕັມເວລາ" holds "ເຕັມເວລາ", and a stem search would read the
// part-time word as full time.
var laoTerms = []worldTerm{
	{"ເຕັມເວລາ", model.TypeFullTime, true}, {"ບໍ່ເຕັມເວລາ", model.TypePartTime, true},
	{"ນອກເວລາ", model.TypePartTime, true}, {"ຝຶກງານ", model.TypeInternship, true},
}
