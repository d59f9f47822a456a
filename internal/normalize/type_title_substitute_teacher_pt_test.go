package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// substituteTeacherCases pin type_title_substitute_teacher_pt.go: a
// Brazilian substitute teaching post in a title is a contract; with
// traps: a deputy director's and a deputy manager's titles and a tenured
// professor.
var substituteTeacherCases = []truthCase{
	{name: "substitute professor with a notice number", p: model.Posting{Title: "Professor Substituto - Edital 07/2027"}, jobType: "contract"},
	{name: "feminine form with a subject", p: model.Posting{Title: "Professora Substituta de Física"}, jobType: "contract"},
	{name: "lecturer wording lower case", p: model.Posting{Title: "Seleção para docente substituto em Enfermagem"}, jobType: "contract"},
	{name: "plural in a notice", p: model.Posting{Title: "Processo seletivo: professores substitutos (Letras)"}, jobType: "contract"},

	{name: "trap: a deputy director is a standing post", p: model.Posting{Title: "Diretor Substituto do Campus"}, jobType: "unknown"},
	{name: "trap: a tenured professor", p: model.Posting{Title: "Professor Adjunto - Matemática"}, jobType: "unknown"},
	{name: "trap: a deputy manager", p: model.Posting{Title: "Gerente Substituto - Loja Centro"}, jobType: "unknown"},
}

func TestSubstituteTeacherCases(t *testing.T) { runFieldCases(t, substituteTeacherCases) }
