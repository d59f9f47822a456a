package normalize

import (
	"regexp"
	"strings"
)

// A type field that names a job family about contracts, as Workday and
// other ATS exports fill it ("Contracts Management", "Contract
// Administration", "Contracts & Procurement"), says what the work is
// about, not how the worker is hired (table tests in
// type_field_contract_function_test.go): the field is set aside and the
// type read from the title and text.

// contractFunctionField is such a field, whole.
var contractFunctionField = regexp.MustCompile(`(?i)^\s*contracts?\s*(?:&|and|/)?\s*(?:management|manager|administration|administrator|negotiations?|law|legal|compliance|procurement|purchasing|analysis|analyst|specialist|officer|review)\b[\p{L}\s&/,-]{0,30}$`)

// dropContractFunction returns "" for such a field, else the field.
func dropContractFunction(employmentType string) string {
	if len(employmentType) < 12 || len(employmentType) > 60 || !hasPrefixFold(strings.TrimSpace(employmentType), "contract") {
		return employmentType
	}
	if contractFunctionField.MatchString(employmentType) {
		return ""
	}
	return employmentType
}
