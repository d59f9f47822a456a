package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// boardValueFieldType reads a short employment-type field written as a board's
// or an app's own value:
//   - two-letter codes of job apps: "IN" and "AP" (an intern, an apprentice),
//     "CO", "FR", "FL", "SL", "SE" (contract, freelance, seasonal and
//     self-employed work, all contract work by our convention); "TP" is left
//     unread: one app's temporary post, but French boards' "temps partiel";
//   - staffing order kinds glued in camel case: "PermPlacement" (a permanent
//     hire: full-time), "OpenPerDiem" (per diem shifts: contract);
//   - contract words of several languages: Korean project, service and
//     commission contracts ("프로젝트 기반", "용역", "위촉직", "도급"), a Brazilian
//     daily rate ("Diária", "Diarista"), Indonesian day labour, outsourcing
//     and temporary staff ("Harian Lepas", "Karyawan Outsource", "Karyawan
//     Temporer"), French insertion contracts, temp missions, contractors and
//     sole traders ("Contrat d'insertion", "Mission d'intérim 3 mois",
//     "Prestataire", "Auto-entrepreneur"); a French student's side job ("Job
//     étudiant": part-time, by our convention for side jobs), a French
//     trainee on a fixed term ("Stagiaire (durée déterminée)": the trainee
//     decides) and a Spanish contract for professional practice (an
//     internship);
//   - schedule values standing for the type: "Weekends only" and "Casual or
//     on-call" (part-time: casual named first).
//
// It reads only the field (at most 80 bytes), so it costs nothing on a
// listing without one. Unknown for anything else.
func boardValueFieldType(employmentType string) model.JobType {
	f := strings.TrimSpace(employmentType)
	if f == "" || len(f) > 80 {
		return model.TypeUnknown
	}
	if len(f) == 2 {
		switch strings.ToLower(f) {
		case "in", "ap":
			return model.TypeInternship
		case "co", "fr", "fl", "sl", "se":
			return model.TypeContract
		}
		return model.TypeUnknown
	}
	switch lettersLower(f) {
	case "permplacement", "permanentplacement":
		return model.TypeFullTime
	case "openperdiem", "perdiemorder":
		return model.TypeContract
	case "weekendsonly", "weekendonly":
		return model.TypePartTime
	case "casualoroncall", "casualandoncall", "casualoncall":
		return model.TypePartTime
	}
	if t := koreanContractField(f); t != model.TypeUnknown {
		return t
	}
	low := strings.ToLower(f)
	low = strings.NewReplacer("’", "'", "é", "e", "è", "e", "á", "a", "ó", "o", "í", "i", "ã", "a").Replace(low)
	return latinContractField(low)
}

// koreanContractField reads Korean project, service-contract and commission
// values ("프로젝트 기반", "용역", "위촉직", "도급").
func koreanContractField(f string) model.JobType {
	if f[0] < 0x80 {
		return model.TypeUnknown
	}
	switch {
	case strings.HasPrefix(f, "프로젝트"):
		return model.TypeProject
	case strings.Contains(f, "용역"), strings.HasPrefix(f, "위촉"), strings.HasPrefix(f, "도급"):
		return model.TypeContract
	}
	return model.TypeUnknown
}

// latinContractField reads the Latin-script values named on boardValueFieldType,
// lower-cased and with their accents dropped.
func latinContractField(low string) model.JobType {
	for _, p := range []string{"karyawan ", "pekerja ", "tenaga ", "trabalhador "} {
		low = strings.TrimPrefix(low, p)
	}
	switch low {
	case "diaria", "diarista", "por diaria", "harian", "harian lepas", "lepas harian",
		"outsource", "outsourcing", "outsourced", "temporer",
		"prestataire", "prestataires", "auto-entrepreneur", "auto entrepreneur", "micro-entrepreneur",
		"contrat d'insertion", "cddi":
		return model.TypeContract
	case "job etudiant", "jobs etudiants", "job etudiants", "petit boulot etudiant":
		return model.TypePartTime
	}
	switch {
	case strings.HasPrefix(low, "mission d'interim"), strings.HasPrefix(low, "mission interim"):
		return model.TypeContract // "Mission d'intérim 3 mois"
	case strings.HasPrefix(low, "stagiaire"):
		return model.TypeInternship // "Stagiaire (durée déterminée)"
	case strings.HasPrefix(low, "contrato") && (strings.Contains(low, "practica profesional") || strings.Contains(low, "practicas profesionales")):
		return model.TypeInternship // "Contrato para la obtención de práctica profesional"
	}
	return model.TypeUnknown
}
