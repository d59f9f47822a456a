package normalize

import "github.com/gigscout/gigscout/internal/model"

// "Medio tiempo" (half time: Latin American Spanish for part time) in a
// title ("Soporte de medio tiempo", "Cajero medio tiempo") or as a type
// field value ("Medio tiempo") is part time, as "tiempo parcial" and
// "media jornada" are.
var medioTiempoTitleWords = []titleLocalWord{{"medio tiempo", model.TypePartTime, false}}

func init() {
	titleLocalWords = append(titleLocalWords, medioTiempoTitleWords...)
	titleLocalASCII = append(titleLocalASCII, medioTiempoTitleWords...)
	addEmploymentTypes(map[string]model.JobType{"mediotiempo": model.TypePartTime, "demediotiempo": model.TypePartTime})
}
