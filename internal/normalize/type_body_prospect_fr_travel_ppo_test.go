package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// typeProspectTravelPlacementCases pin type_body_prospect_fr_travel_ppo.go
// and the "alternance possible" form of type_french_body.go: a French CDI
// held out as where the post may lead is not the post's contract; a
// travel assignment of set weeks is a contract; a stipend with a
// pre-placement offer is an internship. Traps: a CDI that is the post's
// own, an evolution towards a role (not a CDI), alternance meaning
// alternating, weeks of travel a year, travel in a first week,
// a pre-placement offer or a stipend alone.
var typeProspectTravelPlacementCases = []truthCase{
	{name: "fixed-term post with a permanent prospect", p: model.Posting{Title: "Technicienne de laboratoire", DescriptionText: "Poste en CDD de 12 mois, possibilité de CDI ensuite."}, jobType: "contract"},
	{name: "work-study with a permanent prospect", p: model.Posting{Title: "Chargé de communication", DescriptionText: "Formation en alternance sur deux ans, perspective d'un CDI pour la suite."}, jobType: "internship"},
	{name: "work-study offered as possible", p: model.Posting{Title: "Technicien support", DescriptionText: "Alternance possible pour ce poste, rythme trois semaines sur quatre."}, jobType: "internship"},
	{name: "a numbered travel assignment", p: model.Posting{Title: "Travel Respiratory Therapist", DescriptionText: "Join us for a 12-week travel assignment in Denver with housing provided."}, jobType: "contract"},
	{name: "a travel assignment of weeks", p: model.Posting{Title: "Cath Lab Technologist", DescriptionText: "Travel assignment of 8 weeks, day shift."}, jobType: "contract"},
	{name: "stipend with a pre-placement offer", p: model.Posting{Title: "Analyst", DescriptionText: "A monthly stipend is paid, and strong performers get a pre-placement offer."}, jobType: "internship"},

	{name: "trap: the post's own permanent contract", p: model.Posting{Title: "Comptable (H/F)", DescriptionText: "Poste en CDI à temps plein, évolution vers un rôle de responsable."}, jobType: "full_time"},
	{name: "trap: alternating between places", p: model.Posting{Title: "Traductrice", DescriptionText: "Alternance entre télétravail et bureau, possible selon les semaines."}, jobType: "!internship"},
	{name: "trap: weeks of travel a year", p: model.Posting{Title: "Sales Engineer", DescriptionText: "Up to 6 weeks of travel per year to customer sites."}, jobType: "!contract"},
	{name: "trap: travel in the first week", p: model.Posting{Title: "Data Analyst", DescriptionText: "Travel to the Austin office during your first week; the assignment list follows."}, jobType: "!contract"},
	{name: "trap: a pre-placement offer without a stipend", p: model.Posting{Title: "Campus Recruiter", DescriptionText: "Last year most of our interns accepted a pre-placement offer."}, jobType: "!internship"},
	{name: "trap: a stipend alone", p: model.Posting{Title: "Analyst", DescriptionText: "We pay a home office stipend every month."}, jobType: "!internship"},
}

func TestTypeProspectTravelPlacementCases(t *testing.T) {
	runFieldCases(t, typeProspectTravelPlacementCases)
}
