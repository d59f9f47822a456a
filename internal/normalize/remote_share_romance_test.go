package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A share of telework below all of the working time, in Spanish, Catalan,
// French and Portuguese, is a hybrid role.
func TestRomanceRemoteShare(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Tècnic de suport", text: "Fins al 40% de la jornada en teletreball.", want: model.RemoteHybrid},
		{title: "Analista", text: "Ofrecemos un 60% de teletrabajo y horario flexible.", want: model.RemoteHybrid},
		{title: "Chargé de clientèle", text: "Le poste prévoit 50 % de télétravail.", want: model.RemoteHybrid},
		{title: "Analista", text: "Modelo com 80% de teletrabalho.", want: model.RemoteHybrid},
	})
}

// All of the time is remote; a percentage of something else changes nothing.
func TestRomanceRemoteShareTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Analista", text: "Puesto 100% teletrabajo desde cualquier lugar de España.", want: model.RemoteRemote},
		{title: "Analista", text: "Teletrabajo total. Bonus del 10% de salario.", want: model.RemoteRemote},
	})
}
