package normalize

// Spanish listings exported in the ISO form write a place as the
// autonomous community's code and the country's ("MD, ES" for the Madrid
// region, "CT, ES" for Catalonia). brazilPlace would read "ES" after a
// comma as Espírito Santo; after one of these codes it is Spain. A
// Brazilian town or shorthand before ES ("Vitória, ES", "Serra, ES") is
// none of them and still reads Brazil.
var spainCommunityCodes = map[string]bool{
	"AN": true, "AR": true, "AS": true, "CB": true, "CE": true, "CL": true, "CM": true,
	"CN": true, "CT": true, "EX": true, "GA": true, "IB": true, "MC": true, "MD": true,
	"ML": true, "NC": true, "PV": true, "RI": true, "VC": true,
}
