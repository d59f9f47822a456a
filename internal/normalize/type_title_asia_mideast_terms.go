package normalize

import "github.com/gigscout/gigscout/internal/model"

// More type words for titleLocalWords (type_title_local_words.go) from
// Asian and Middle Eastern boards: a volunteer named in the singular as
// the post (Vietnamese "Tình nguyện viên", Indonesian "Relawan", Russian
// "Волонтёр", Arabic "متطوع"; Thai "อาสาสมัคร" opening the title or
// after a space, as Thai writes words together and a role word before it
// makes the volunteers the subject: "ผู้ประสานงานอาสาสมัคร"), a Thai
// student trainee ("นักศึกษาฝึกงาน") and a Malaysian industrial training
// place ("Latihan Industri", "Pelatih Industri"; "Pelatih" alone is a
// coach). Plurals are left out: "Координатор волонтёров" and "منسق
// المتطوعين" manage volunteers.
var asiaMideastTitleWords = []titleLocalWord{
	{"tình nguyện viên", model.TypeVolunteer, false}, {"relawan", model.TypeVolunteer, false},
	{"волонтёр", model.TypeVolunteer, false}, {"волонтер", model.TypeVolunteer, false},
	{"волонтёрка", model.TypeVolunteer, false}, {"волонтерка", model.TypeVolunteer, false},
	{"متطوع", model.TypeVolunteer, false}, {"متطوعة", model.TypeVolunteer, false},
	{"อาสาสมัคร", model.TypeVolunteer, true}, {"นักศึกษาฝึกงาน", model.TypeInternship, true},
	{"latihan industri", model.TypeInternship, false}, {"pelatih industri", model.TypeInternship, false},
}

func init() {
	titleLocalWords = append(titleLocalWords, asiaMideastTitleWords...)
	for _, w := range asiaMideastTitleWords {
		if isASCIIText(w.phrase) {
			titleLocalASCII = append(titleLocalASCII, w)
		}
	}
	// 志工, the Taiwanese volunteer, as a type field (義工 is read).
	worldStems = append(worldStems, worldTerm{termKey("志工"), model.TypeVolunteer, false})
}
