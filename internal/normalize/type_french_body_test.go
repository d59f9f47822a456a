package normalize

import "testing"

// frenchBodyCases: descriptions in this project's own wording, read by
// type_french_body.go, and the traps it must leave alone.
var frenchBodyCases = []struct{ text, want string }{
	{"Comptable (H/F) - CDI - Bordeaux. Vous tiendrez la comptabilité de nos clients.", "full_time"},
	{"Notre agence recrute un chef de projet web. CDI basé à Nantes, télétravail partiel.", "full_time"},
	{"Technicien support, CDD 9 mois, remplacement d'un congé parental.", "contract"},
	{"We are hiring a Product Designer (CDI) in our Lyon studio.", "full_time"},
	{"Assistant marketing, stage de 6 mois à partir de mars, gratification selon profil.", "internship"},
	{"Offre de stage : développeur web au sein de l'équipe produit.", "internship"},
	{"Vous préparez un master ? Rejoignez notre équipe data en alternance pour deux ans.", "internship"},
	{"Contrat d'apprentissage : électricien du bâtiment, CFA partenaire.", "internship"},
	{"Nous ouvrons un poste permanent de gestionnaire de paie à Lille.", "full_time"},
	{"Emploi permanent, temps plein, au sein de notre service juridique.", "full_time"},
	// Traps: English due diligence and documentation integrity, English
	// stages, past experience, supervising interns.
	{"Analyst, Financial Crime. You will carry out KYC and CDD reviews for corporate clients.", "unknown"},
	{"Join our Customer Due Diligence (CDD) team as a senior analyst.", "unknown"},
	{"Clinical Documentation Integrity (CDI) specialist for our hospital network.", "unknown"},
	{"An early stage startup with 18 months of runway, building tools for nurses.", "unknown"},
	{"Une première expérience en alternance serait un plus pour ce poste.", "unknown"},
	{"Vous encadrerez deux stagiaires et un apprenti au sein de l'atelier.", "unknown"},
	{"Une formation permanente est proposée à toute l'équipe.", "unknown"}, // permanent training, no post
}

func TestFrenchBodyType(t *testing.T) {
	for _, c := range frenchBodyCases {
		if got := ParseType("", "Poste", c.text); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
