package normalize

import "github.com/gigscout/gigscout/internal/model"

// A Brazilian university or school hires a "professor substituto" (or
// "professora substituta", "docente substituto") for a set term, to cover
// a vacancy: a temporary post, a contract as the Nordic "vikariat" is.
// These phrases join titleLocalWords (type_title_local_words.go), so a
// title naming a second kind is left to the readers after. Only the
// teaching posts: a "diretor substituto" or "coordenador substituto" is a
// deputy, a standing post. Table tests:
// type_title_substitute_teacher_pt_test.go.
var substituteTeacherTitleWords = []titleLocalWord{
	{"professor substituto", model.TypeContract, false}, {"professora substituta", model.TypeContract, false},
	{"professores substitutos", model.TypeContract, false}, {"docente substituto", model.TypeContract, false},
	{"docente substituta", model.TypeContract, false},
}

func init() {
	titleLocalWords = append(titleLocalWords, substituteTeacherTitleWords...)
	titleLocalASCII = append(titleLocalASCII, substituteTeacherTitleWords...)
}
