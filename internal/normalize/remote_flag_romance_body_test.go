package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote-filed listing whose Spanish or Italian text places the work in
// the office (remote_flag_romance_body.go).
func TestRomanceBodyContradiction(t *testing.T) {
	cases := []struct {
		name, hint, text string
		want             model.Remote
	}{
		{"es office work", "remoto", "Buscamos analista. Trabajo presencial en nuestras oficinas de Sevilla.", model.RemoteOnsite},
		{"es presence at the client", "true", "El puesto requiere presencialidad en cliente, en Bilbao.", model.RemoteOnsite},
		{"es office weekdays", "Remote", "Horario: de lunes a miércoles en la oficina y el resto desde casa.", model.RemoteHybrid},
		{"es telework day", "remoto", "Jornada completa. Teletrabajo los viernes.", model.RemoteHybrid},
		{"es home day after", "remoto", "Los viernes puedes teletrabajar desde casa.", model.RemoteHybrid},
		{"it office work", "true", "La posizione prevede lavoro in sede a Bologna.", model.RemoteOnsite},
		{"it daily presence", "true", "È richiesta presenza quotidiana in ufficio.", model.RemoteOnsite},
		// traps: fully remote said too, a choice of modes, occasional
		// presence, no remote filing, a silent text
		{"es fully remote too", "remoto", "Puesto 100% remoto; trabajo presencial solo en la formación inicial.", model.RemoteRemote},
		{"es choice", "remoto", "Trabajo presencial o remoto, a elección.", model.RemoteRemote},
		{"es occasional", "remoto", "Reuniones puntualmente presenciales en Madrid; trabajo remoto.", model.RemoteRemote},
		{"it fully remote", "true", "Lavoro completamente da remoto, con incontri in sede ogni trimestre.", model.RemoteRemote},
		{"es silent", "remoto", "Buscamos una persona proactiva con experiencia en SQL.", model.RemoteRemote},
	}
	for _, c := range cases {
		p := model.Posting{Title: "Analista de datos", RemoteHint: c.hint, DescriptionText: c.text}
		l := Normalize(&p, Options{})
		if l.Remote != c.want {
			t.Errorf("%s: %q -> %s (%s), want %s", c.name, c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
