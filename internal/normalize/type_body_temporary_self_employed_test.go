package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A post named temporary or self-employed in a description's sentence,
// French hours said with "est à", and a French label whose value runs
// on into the next sentence.
func TestBodyTemporarySelfEmployedType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"french temporary post", "Acheteur", "Vous rejoindrez le service achats sur un poste temporaire de trois mois.", model.TypeContract},
		{"french temporary mission", "Magasinier", "Mission temporaire au sein de notre entrepôt de Lille.", model.TypeContract},
		{"french post is part time", "Vendeur", "Le poste est à temps partiel, idéal pour compléter vos études.", model.TypePartTime},
		{"french job will be full time", "Comptable", "Cet emploi sera à temps plein dès la rentrée de septembre.", model.TypeFullTime},
		{"self-employed basis", "Bookkeeper", "You would join us on a self-employed basis and invoice monthly.", model.TypeContract},
		{"self-employed position", "Tutor", "It is a self-employed position with flexible evening sessions.", model.TypeContract},
		{"freelance mission", "Copywriter", "A short freelance mission for our brand team this spring.", model.TypeContract},
		{"interim mission", "Controller", "An interim mission at our Lyon site while the role is filled.", model.TypeContract},
		{"label then sentence", "Agent d'accueil", "Temps de travail : mi-temps. Envoyez votre candidature avant vendredi.", model.TypePartTime},
		{"german label then sentence", "Kassierer", "Arbeitszeit: Teilzeit. Bewerbungen bitte per E-Mail.", model.TypePartTime},
		{"label read whole", "Agent d'accueil", "Temps de travail : temps plein", model.TypeFullTime},
		// traps: the words name no post's terms
		{"temporarily absent", "Assistant RH", "Vous remplacerez un salarié temporairement absent.", model.TypeUnknown},
		{"post denied part time", "Assistant RH", "Le poste n'est pas à temps partiel.", model.TypeUnknown},
		{"app for the self-employed", "Product Designer", "Our app helps self-employed workers track their invoices.", model.TypeUnknown},
		{"self-employed past", "Analyst", "Self-employed experience is welcome.", model.TypeUnknown},
		{"company mission", "Engineer", "Our mission is bold and our team is small.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
