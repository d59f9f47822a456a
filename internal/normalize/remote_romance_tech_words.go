package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Portuguese, Spanish and Italian phrases in which a remote or hybrid word
// names technology or a perk, not the place of work (table tests in
// remote_romance_tech_words_test.go): "acesso remoto" (remote access),
// "suporte remoto ao usuário" (remote support, remote_romance_support_test.go),
// "monitoramento remoto de servidores", "nuvem híbrida" (hybrid cloud),
// "ambientes híbridos" (hybrid environments, plural: systems), "auxílio
// home office" (a home-office allowance). English has its own guards
// (remoteTopic, homeOfficeThing); these words were read as the mode.
//
// Work-mode nouns ("modelo híbrido", "regime híbrido", "trabalho
// remoto", a singular "ambiente híbrido") are deliberately absent: they
// do say where the work is.
// Dutch, Italian and Nordic hybrid clouds, French, Polish and Nordic
// home-office allowances, Italian and Dutch remote monitoring and a
// product made for home work ("verktyg för distansarbete") are read the
// same way (remote_european_descriptions.go names the round).
//
// It is searched only in windows around its keys (the shared key scan
// already holds them), so a description without them costs no regexp run.
var romanceTechMode = newKeyRegexp(`(?i)\b(?:`+
	// remote + a technical noun before it
	`(?:acesso|acceso|accesso|monitoramento|monitora[çc][ãa]o|monitoreo|monitoriza[çc][ãa]o|monitorizaci[óo]n|supervis[ãa]o|supervisi[óo]n|monitoraggio|conex[ãa]o|conexi[óo]n|connessione|`+
	`controle|control|controllo|gerenciamento|gerenciamiento|administra[çc][ãa]o|administraci[óo]n|amministrazione|`+
	`depura[çc][ãa]o|depuraci[óo]n|diagn[óo]stico|desktop|servidor(?:es)?|server|reposit[óo]rios?|`+
	`[áa]rea de trabalho|escritorio|suporte|soporte|supporto|assist[êe]ncia|asistencia|assistenza)\s+remot[oa]s?`+
	`|`+
	// hybrid + a technical noun before it
	`(?:nuvem|nuvens|nubes?|cloud|ambientes|entornos|infraestrutura|infraestructura|infrastruttura|arquitetura|arquitectura|`+
	`architettura|aplicativos?|aplicaciones|aplica[çc][õo]es|apps?|sistemas|redes|veh?[íi]culos|veicoli|motores|solu[çc][õo]es|soluciones)`+
	`(?:\s+(?:p[úu]blicas?|privadas?|multicloud)\s+e)?\s+h[íi]brid[oa]s?`+
	`|`+
	// French: hybrid after a technical noun ("cloud hybride"); German:
	// hybrid before one ("hybride Cloud") (round 39s)
	`(?:cloud|clouds|infrastructures?|architectures?|solutions?|environnements?|syst[èe]mes?|v[ée]hicules?|moteurs?|applications?)\s+hybrides?`+
	`|`+
	`hybride[nrsm]?\s+(?:Multi-?Cloud|Cloud|IT-Infrastruktur|Infrastruktur(?:en)?|Architektur(?:en)?|Systeme?n?|L(?:ö|oe)sung(?:en)?|Umgebung(?:en)?|Fahrzeug\p{L}*|Antrieb\p{L}*|Apps?|Veranstaltung(?:en)?|Events?)`+
	`|`+
	// an allowance for the home office
	`(?:aux[íi]lio|ajuda de custo|subs[íi]dio|bono|ayuda|reembolso)\s+(?:(?:para|de|do|para o)\s+)?home[- ]?office`+
	`|`+
	// Dutch, Italian and Nordic: hybrid cloud and IT ("hybride
	// cloudomgeving", "cloud ibrida", "hybride sky-plattform")
	`hybride?\s+(?:cloud\p{L}*|sky(?:-?\p{L}+)?|it-\p{L}+|infrastructu(?:ur|re)\p{L}*|infrastruktur\p{L}*)`+
	`|`+
	`(?:cloud|infrastruttura|architettura|soluzioni|sistemi|ambienti|piattaforma)\s+ibrid[oaei]`+
	`|`+
	// French, Polish and Nordic: an allowance for the home office or its
	// equipment ("prime d'équipement télétravail", "dofinansowanie do
	// wyposażenia home office", "tilskud til hjemmekontor")
	`(?:prime|indemnit[ée]|allocation|forfait|budget|dofinansowanie|dodatek|bidrag|tilskud|tilskudd|dekning|vergoeding|rimborso|indennit[àa])`+
	`\s+(?:\p{L}+\s+){0,2}?(?:(?:d['’]|de\s+|du\s+|do\s+|na\s+|til\s+|till\s+|av\s+|voor\s+|per\s+(?:il\s+|la\s+)?)?(?:[ée]quipement|wyposa[żz]eni\p{L}*|utstyr|udstyr|utrustning|attrezzatura)\s+)?`+
	`(?:d['’]|de\s+|du\s+|do\s+|na\s+|til\s+|till\s+|voor\s+|per\s+(?:il\s+|la\s+|lo\s+)?)?(?:home[- ]?office|t[ée]l[ée]travail|hjemmekontor|hemmakontor|thuiswerk(?:en|plek)?|smart\s*working)`+
	`|`+
	// Italian and Dutch remote technology: "monitoraggio da remoto",
	// "beheer op afstand"
	`(?:monitoraggio|controllo|gestione|assistenza|supporto|accesso|manutenzione)\s+da\s+remoto`+
	`|`+
	`(?:monitoring|beheer|bediening|besturing|uitlezing|onderhoud|toegang)\s+op\s+afstand`+
	`|`+
	// a product for home work ("Plattform für Remote-Arbeit", "narzędzia
	// do pracy zdalnej", "verktyg för distansarbete")
	`(?:software|plattform|platform|plateforme|applications?|apps?|outils|tools|l(?:ö|oe)sungen|solutions|l(?:ø|ö)sning(?:er|ar)|narz(?:ę|e)dzi[ae]?|rozwi(?:ą|a)zania|verktyg|verkt(?:ø|o)y|v(?:æ|ae)rkt(?:ø|o)jer)`+
	`\s+(?:\p{L}+\s+){0,2}?(?:f(?:ü|u)r|for|f(?:ö|o)r|til|voor|pour|do|dla|per)\s+(?:(?:le|la|les|l['’]|die|den|das|het)\s*)?`+
	`(?:remote[- ]?(?:arbeit|work(?:ing)?|teams?)|pracy\s+zdalnej|distansarbete|hjemmearbejde|fjernarbeid|hjemmekontor|thuiswerk(?:en|ers)?|t(?:é|e)l(?:é|e)travail|smart\s*working|home[- ]?office)`+
	`|`+
	// a product that eases home work ("facilite le télétravail des
	// équipes", "vereinfacht Remote-Arbeit")
	`(?:facilite|simplifie|facilitent|simplifient|erleichter[nt]|vereinfach(?:t|en)|vereenvoudig(?:t|en)|semplifica(?:no)?|f(?:ö|o)renklar|forenkler)`+
	`\s+(?:(?:le|la|les|l['’]|die|den|das|het|il|lo)\s*)?`+
	`(?:remote[- ]?(?:arbeit|work(?:ing)?)|distansarbete|hjemmearbejde|fjernarbeid|thuiswerken|t(?:é|e)l(?:é|e)travail|smart\s*working|home[- ]?office)`+
	`)\b`, 100, 10, "remot", "brid", "home", "travail", "hjemmekontor", "hemmakontor", "thuiswerk", "smart", "afstand", "zdalnej", "distansarbete",
	"hjemmearbejde", "fjernarbeid", "zdaln")

// reviseRomanceTechModes re-reads the work mode without the technical and
// perk phrases when the mode was read from the text and every place the
// text says its evidence lies inside such a phrase ("Vaga 100% remota.
// Experiência em nuvem híbrida": remote, not hybrid; "acesso remoto via
// VPN" alone: no mode). Anything else is returned as read.
func reviseRomanceTechModes(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	ev, ok := strings.CutPrefix(ri.Evidence, "text: ")
	if !ok || !containsFold(ev, "remoto") && !containsFold(ev, "remota") && !containsFold(ev, "híbrid") &&
		!containsFold(ev, "hibrid") && !containsFold(ev, "hybrid") && !containsFold(ev, "home") &&
		!containsFold(ev, "ibrid") && !containsFold(ev, "hybride") && !containsFold(ev, "travail") &&
		!containsFold(ev, "kontor") && !containsFold(ev, "thuiswerk") && !containsFold(ev, "smart") && !containsFold(ev, "afstand") &&
		!containsFold(ev, "zdaln") && !containsFold(ev, "distans") && !containsFold(ev, "hjemme") && !containsFold(ev, "fjernarbeid") &&
		!eastTechEvidence(ev) {
		return ri // no word the phrases hold: English "fully remote" or "hybrid" costs no scan
	}
	east := eastTechMode.FindAllStringIndex(text, -1) // remote_east_tech_perks.go
	spans := append(romanceTechMode.FindAllStringIndex(text, -1), east...)
	if spans == nil {
		return ri
	}
	for from := 0; ; {
		i := strings.Index(text[from:], ev)
		if i < 0 {
			break
		}
		at := from + i
		if !insideSpan(spans, at, at+len(ev)) {
			return ri // the evidence is said outside the phrases too
		}
		from = at + len(ev)
	}
	b := []byte(text)
	for _, s := range spans {
		for k := s[0]; k < s[1]; k++ {
			b[k] = ' '
		}
	}
	out := ParseRemote(hint, locs, string(b))
	if out.Remote == model.RemoteUnknown && east != nil {
		// "сервис для удалённой работы. Работа в офисе": the world words
		// (read before this, while the product was taken as the mode).
		if r, ev := worldTextMode(string(b)); r != model.RemoteUnknown {
			out.Remote, out.Evidence = r, "text: "+ev
		}
	}
	return out
}

// insideSpan reports a byte range [a, b) within one of spans.
func insideSpan(spans [][]int, a, b int) bool {
	for _, s := range spans {
		if a >= s[0] && b <= s[1] {
			return true
		}
	}
	return false
}
