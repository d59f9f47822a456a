package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishTitleTailCases: a closing Spanish mode phrase in a title is the
// mode; "virtual" naming the role is not.
var spanishTitleTailCases = []truthCase{
	{name: "title semipresencial", p: model.Posting{Title: "Contador Semipresencial"}, remote: "hybrid"},
	{name: "title semipresencial over remote text", p: model.Posting{Title: "Ejecutivo de cuentas semipresencial", DescriptionText: "Ofrecemos días de trabajo remoto."}, remote: "hybrid"},
	{name: "title hybrid beside remote", p: model.Posting{Title: "Programador remoto híbrido"}, remote: "hybrid"},
	{name: "title from home", p: model.Posting{Title: "Asesor telefónico desde casa"}, remote: "remote"},
	{name: "title wholly virtual", p: model.Posting{Title: "Tutor de inglés 100% virtual"}, remote: "remote"},
	// Traps: the role's own name and a mode word mid-title.
	{name: "virtual assistant role", p: model.Posting{Title: "Asistente Virtual"}, remote: "unknown"},
	{name: "presencial alone stays on site", p: model.Posting{Title: "Cajero presencial"}, remote: "!hybrid"},
	{name: "house cleaning role", p: model.Posting{Title: "Limpieza de casa"}, remote: "unknown"},
}

func TestSpanishTitleTailCases(t *testing.T) { runFieldCases(t, spanishTitleTailCases) }
