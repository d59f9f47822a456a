package normalize

import "strings"

// Places as the job boards of Latin America write them.
//
// santiagoCommuneLoc rewrites one location item before the other readers see it:
// a commune of Greater Santiago (Chile), which Chilean boards give as
// "Commune, Santiago" or alone, becomes "Commune, Chile". "Santiago" alone
// names towns of four countries in the gazetteer, and the communes are
// below GeoNames' town list, so neither part decides the pair without
// this. The communes are data: the 32 communes of the Province of
// Santiago and the larger ones of the Metropolitan Region around it
// (Chile's INE commune list, División Político-Administrativa). Names
// that other countries share for a town of their own ("La Florida", "San
// Miguel", "Independencia", "Recoleta", "Providencia") are read only in
// the pair, followed by "Santiago" or the Metropolitan Region; a few
// that name nothing elsewhere (santiagoCommunesAlone) also alone.
func santiagoCommuneLoc(loc string) string {
	if len(loc) < 5 || len(loc) > 80 {
		return loc
	}
	comma := strings.IndexByte(loc, ',')
	if comma < 0 {
		if santiagoCommunesAlone[loc] {
			return loc + ", Chile"
		}
		return loc
	}
	if strings.IndexByte(loc[comma+1:], ',') >= 0 || !santiagoTail(strings.TrimSpace(loc[comma+1:])) {
		return loc // "Commune, Santiago, Chile" and longer forms are read already
	}
	head := strings.TrimSpace(loc[:comma])
	// keep a work-mode lead before the commune ("Remoto - Las Condes, Santiago")
	lead := ""
	if d := strings.LastIndex(head, " - "); d >= 0 {
		lead, head = head[:d+3], head[d+3:]
	}
	if len(head) < 4 || !santiagoCommunes[foldTown(head)] {
		return loc
	}
	return lead + head + ", Chile"
}

// santiagoTail reports whether the part after the comma names
// Santiago or its Metropolitan Region: byte compares, no allocation.
func santiagoTail(t string) bool {
	if len(t) < 2 {
		return false
	}
	switch t[0] {
	case 'S', 's':
		return strings.EqualFold(t, "Santiago") || strings.EqualFold(t, "Santiago de Chile")
	case 'R', 'r', 'M', 'm':
		if strings.EqualFold(t, "RM") {
			return true
		}
		i := strings.Index(t, "etropolitana")
		return i > 0 && (i == 1 || strings.HasPrefix(t, "Regi") || strings.HasPrefix(t, "regi"))
	}
	return false
}

// santiagoCommunesAlone are the communes read alone too, as boards write them (with
// and without their accents): names no other country's town takes.
var santiagoCommunesAlone = map[string]bool{
	"Las Condes": true, "Vitacura": true, "Lo Barnechea": true, "Ñuñoa": true, "Nunoa": true,
	"Peñalolén": true, "Penalolen": true, "Huechuraba": true, "Santiago Centro": true,
}

// santiagoCommunes are the communes, folded by foldTown.
var santiagoCommunes = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split("Santiago Centro|Las Condes|Vitacura|Lo Barnechea|Ñuñoa|Peñalolén|Huechuraba|Cerrillos|Cerro Navia|Conchalí|El Bosque|Estación Central|Independencia|La Cisterna|La Florida|La Granja|La Pintana|La Reina|Lo Espejo|Lo Prado|Macul|Maipú|Pedro Aguirre Cerda|Providencia|Pudahuel|Quilicura|Quinta Normal|Recoleta|Renca|San Joaquín|San Miguel|San Ramón|Puente Alto|San Bernardo|Colina|Lampa|Buin|Padre Hurtado|Pirque|Talagante|Peñaflor", "|") {
		m[foldTown(n)] = true
	}
	return m
}()
