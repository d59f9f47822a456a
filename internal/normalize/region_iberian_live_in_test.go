package normalize

import (
	"testing"
	"time"
)

// iberianLookingCases: Spanish and Portuguese sentences naming where the
// worker lives, and English "looking for <people> in <place>", beside
// traps that keep their reading.
var iberianLookingCases = []truthCase{
	{name: "iberian: people who live in a country", p: remoteText("Queremos sumar personas que vivan en Perú a nuestro equipo."), regions: "PE"},
	{name: "iberian: need to live in a city", p: remoteText("Es necesario vivir en Guadalajara."), regions: "MX"},
	{name: "iberian: portuguese live in", p: remoteText("É preciso morar no Brasil para esta vaga."), regions: "BR"},
	{name: "iberian: reside in, subjunctive", p: remoteText("Buscamos talentos que residan en Uruguay o Argentina."), regions: "UY,AR"},
	{name: "iberian: any country of a region", p: remoteText("Aceptamos postulaciones de cualquier país de Centroamérica."), regions: "LATAM"},
	{name: "iberian: portuguese any state of", p: remoteText("Pode atuar de qualquer estado do Brasil."), regions: "BR"},
	{name: "iberian: for all of a region", p: remoteText("Vacante abierta para toda LATAM."), regions: "LATAM"},
	{name: "trap iberian: all of the team", p: remoteText("Beneficios para todo el equipo, trabajo remoto."), regions: "none"},
	{name: "trap iberian: lives in the cloud", p: remoteText("Nuestra plataforma vive en la nube."), regions: "none"},
	{name: "looking for: engineers in a country", p: remoteText("We're looking for backend engineers in Argentina."), regions: "AR"},
	{name: "looking for: someone based in a region", p: remoteText("We are looking for someone based in the MENA region."), regions: "MENA"},
	{name: "looking for: hire across a continent", p: remoteText("We hire engineers across Africa."), regions: "Africa"},
	{name: "trap looking for: a language", p: remoteText("We are looking for engineers in Go and Rust."), regions: "none"},
	{name: "trap looking for: a role", p: remoteText("We are looking for someone in a senior role."), regions: "none"},
}

func TestIberianLookingFor(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range iberianLookingCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
