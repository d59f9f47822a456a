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
// It is searched only in windows around its keys (the shared key scan
// already holds them), so a description without them costs no regexp run.
var romanceTechMode = newKeyRegexp(`(?i)\b(?:`+
	// remote + a technical noun before it
	`(?:acesso|acceso|accesso|monitoramento|monitora[çc][ãa]o|monitoreo|monitoraggio|conex[ãa]o|conexi[óo]n|connessione|`+
	`controle|control|controllo|gerenciamento|gerenciamiento|administra[çc][ãa]o|administraci[óo]n|amministrazione|`+
	`depura[çc][ãa]o|depuraci[óo]n|diagn[óo]stico|desktop|servidor(?:es)?|server|reposit[óo]rios?|`+
	`[áa]rea de trabalho|escritorio|suporte|soporte|supporto|assist[êe]ncia|asistencia|assistenza)\s+remot[oa]s?`+
	`|`+
	// hybrid + a technical noun before it
	`(?:nuvem|nuvens|nubes?|cloud|ambientes|entornos|infraestrutura|infraestructura|infrastruttura|arquitetura|arquitectura|`+
	`architettura|aplicativos?|aplicaciones|aplica[çc][õo]es|apps?|sistemas|redes|ve[íi]culos|veicoli|motores|solu[çc][õo]es|soluciones)`+
	`(?:\s+(?:p[úu]blicas?|privadas?|multicloud)\s+e)?\s+h[íi]brid[oa]s?`+
	`|`+
	// French: hybrid after a technical noun ("cloud hybride"); German:
	// hybrid before one ("hybride Cloud") (round 39s)
	`(?:cloud|clouds|infrastructures?|architectures?|solutions?|environnements?|syst[èe]mes?|v[ée]hicules?|moteurs?|applications?)\s+hybrides?`+
	`|`+
	`hybride[nrsm]?\s+(?:Multi-?Cloud|Cloud|IT-Infrastruktur|Infrastruktur(?:en)?|Architektur(?:en)?|Systeme?n?|L(?:ö|oe)sung(?:en)?|Umgebung(?:en)?|Fahrzeuge?n?|Antriebe?n?|Apps?|Veranstaltung(?:en)?|Events?)`+
	`|`+
	// an allowance for the home office
	`(?:aux[íi]lio|ajuda de custo|subs[íi]dio|bono|ayuda|reembolso)\s+(?:(?:para|de|do|para o)\s+)?home[- ]?office`+
	`)\b`, 48, 10, "remot", "brid", "home")

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
		!containsFold(ev, "hibrid") && !containsFold(ev, "hybrid") && !containsFold(ev, "home") {
		return ri // no word the phrases hold: English "fully remote" or "hybrid" costs no scan
	}
	spans := romanceTechMode.FindAllStringIndex(text, -1)
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
	return ParseRemote(hint, locs, string(b))
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
