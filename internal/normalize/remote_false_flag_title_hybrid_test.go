package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A false remote flag beside a title that names a hybrid work model in a
// Romance language, and the near misses that must stay as they were.
// Written in our own words; the outside tables are scored from outside the
// repository.
func TestRemoteFalseFlagTitleHybrid(t *testing.T) {
	cases := []postingModeCase{
		{"pt regime hybrid", model.Posting{Title: "Analista de Dados — regime híbrido", RemoteHint: "false"}, model.RemoteHybrid},
		{"pt modalidade hybrid in parentheses", model.Posting{Title: "Engenheira de Software (modalidade híbrida)", RemoteHint: "no", Locations: []string{"Campinas"}}, model.RemoteHybrid},
		{"es modalidad hybrid after a bar", model.Posting{Title: "Contador Senior | modalidad híbrida", RemoteHint: "0"}, model.RemoteHybrid},
		{"es trabajo hybrid unaccented", model.Posting{Title: "Soporte TI, trabajo hibrido", RemoteHint: "false"}, model.RemoteHybrid},
		{"fr mode hybride", model.Posting{Title: "Chef de projet - mode hybride", RemoteHint: "false"}, model.RemoteHybrid},
		{"it lavoro ibrido", model.Posting{Title: "Sviluppatore Java, lavoro ibrido", RemoteHint: "false"}, model.RemoteHybrid},
		{"pt modelo de trabalho hybrid", model.Posting{Title: "Designer UX - Modelo de Trabalho Híbrido", RemoteHint: "false"}, model.RemoteHybrid},
		// traps: the adjective names a product, a car or a cloud, or the field is not a bare flag
		{"hybrid apps stay on-site", model.Posting{Title: "Desenvolvedor de aplicativos híbridos", RemoteHint: "false"}, model.RemoteOnsite},
		{"hybrid cars stay on-site", model.Posting{Title: "Técnico de veículos híbridos", RemoteHint: "false"}, model.RemoteOnsite},
		{"mobile hybrid developer stays on-site", model.Posting{Title: "Développeur mobile hybride", RemoteHint: "false"}, model.RemoteOnsite},
		{"hybrid cloud architect stays on-site", model.Posting{Title: "Arquitecto de nube híbrida", RemoteHint: "false"}, model.RemoteOnsite},
		{"explicit on-site field stays on-site", model.Posting{Title: "Analista de Dados — regime híbrido", RemoteHint: "onsite"}, model.RemoteOnsite},
		{"false flag, plain title stays on-site", model.Posting{Title: "Analista de Dados", RemoteHint: "false", Locations: []string{"Recife"}}, model.RemoteOnsite},
		{"true flag keeps its reading", model.Posting{Title: "Analista de Dados — regime híbrido", RemoteHint: "true"}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}
