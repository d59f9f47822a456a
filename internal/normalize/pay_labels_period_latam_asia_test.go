package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// latamAsiaPeriodLabelCases pin pay_labels_period_latam_asia.go: a pay
// label naming its period before the amount in Spanish, Portuguese and
// Indonesian ("sueldo semanal", "pago por día", "valor hora", "ingreso
// mensual", "gaji harian", "upah mingguan"), a small hourly amount so
// labelled, and a company's capital. Traps: a fee or a price after
// "pago"/"valor" with no period, a capital, a count of days.
var latamAsiaPeriodLabelCases = []truthCase{
	{name: "weekly wage adjective", p: model.Posting{Title: "Almacenista", Locations: []string{"León, Guanajuato, México"}, DescriptionText: "Ofrecemos un sueldo semanal de $3,100 netos y comedor."}, pay: "3100 3100 MXN week"},
	{name: "weekly wage with colon", p: model.Posting{Title: "Chofer", Locations: []string{"Toluca, México"}, DescriptionText: "Pago semanal: $4,200 con bono de puntualidad aparte."}, pay: "4200 4200 MXN week"},
	{name: "pay per working day", p: model.Posting{Title: "Ayudante de cocina", Locations: []string{"Cartagena, Colombia"}, DescriptionText: "Pago por jornada: $85.000 más alimentación."}, pay: "85000 85000 COP day"},
	{name: "pay per day peso", p: model.Posting{Title: "Promotora", Locations: []string{"Concepción, Chile"}, DescriptionText: "Pago por día: $40.000 líquidos, fines de semana."}, pay: "40000 40000 CLP day"},
	{name: "monthly income", p: model.Posting{Title: "Asesor", Locations: []string{"Monterrey, México"}, DescriptionText: "Ingreso mensual: $16,500 garantizados."}, pay: "16500 16500 MXN month"},
	{name: "hourly value small sol", p: model.Posting{Title: "Docente", Locations: []string{"Cusco, Perú"}, DescriptionText: "Pago por hora: S/ 22 por clase dictada."}, pay: "22 22 PEN hour"},
	{name: "hourly salary small sol", p: model.Posting{Title: "Tutor", Locations: []string{"Trujillo, Perú"}, DescriptionText: "Sueldo por hora: S/ 18."}, pay: "18 18 PEN hour"},
	{name: "rupiah daily wage", p: model.Posting{Title: "Tukang", Locations: []string{"Semarang, Indonesia"}, DescriptionText: "Upah harian Rp 175.000, dibayar setiap Sabtu."}, pay: "175000 175000 IDR day"},
	{name: "rupiah weekly wage", p: model.Posting{Title: "Kurir", Locations: []string{"Medan, Indonesia"}, DescriptionText: "Gaji mingguan: Rp 1.100.000 plus uang makan."}, pay: "1.1e+06 1.1e+06 IDR week"},
	{name: "rupiah per day label", p: model.Posting{Title: "Helper", Locations: []string{"Bekasi, Indonesia"}, DescriptionText: "Gaji per hari Rp 120.000."}, pay: "120000 120000 IDR day"},
	{name: "rupiah monthly label stays", p: model.Posting{Title: "Admin", Locations: []string{"Depok, Indonesia"}, DescriptionText: "Gaji Rp 5.200.000 per bulan."}, pay: "5.2e+06 5.2e+06 IDR month"},
	{name: "trap: fee after pago", p: model.Posting{Title: "Vendedor", Locations: []string{"Mérida, México"}, DescriptionText: "Pago de inscripción al curso: $450."}, pay: "-"},
	{name: "trap: price after valor", p: model.Posting{Title: "Vendedor", Locations: []string{"Mendoza, Argentina"}, DescriptionText: "Valor del kit de inicio $12.000."}, pay: "-"},
	{name: "trap: capital social", p: model.Posting{Title: "Auxiliar", Locations: []string{"Campinas, SP"}, DescriptionText: "Somos uma empresa com capital social de R$ 2.000.000 no setor de logística."}, pay: "-"},
	{name: "trap: capital suscrito", p: model.Posting{Title: "Auxiliar", Locations: []string{"Lima, Perú"}, DescriptionText: "Empresa con capital suscrito de S/ 800,000."}, pay: "-"},
	{name: "trap: days a week", p: model.Posting{Title: "Cajero", Locations: []string{"Quito, Ecuador"}, DescriptionText: "Trabajo 6 días por semana, turno rotativo."}, pay: "-"},
}

func TestLatamAsiaPeriodLabelCases(t *testing.T) {
	runFieldCasesShortAndLong(t, latamAsiaPeriodLabelCases)
}

// A shift is paid as a day: "turno" beside a weak label, "per shift"
// before a rupiah amount. Trap: shifts named away from the amount.
func TestPayShiftAsDayLabels(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "valor turno", p: model.Posting{Title: "Guardia", Locations: []string{"Valparaíso, Chile"}, DescriptionText: "Valor turno: $38.000 líquido."}, pay: "38000 38000 CLP day"},
		{name: "pago por turno", p: model.Posting{Title: "Mesero", Locations: []string{"Lima, Perú"}, DescriptionText: "Pago por turno: S/ 120."}, pay: "120 120 PEN day"},
		{name: "bayaran per shift", p: model.Posting{Title: "Barista", Locations: []string{"Bandung, Indonesia"}, DescriptionText: "Bayaran per shift Rp 85.000, dibayar mingguan."}, pay: "85000 85000 IDR day"},

		{name: "trap: shifts named away from the amount", p: model.Posting{Title: "Cajero", Locations: []string{"Santiago, Chile"}, DescriptionText: "Trabajo por turnos rotativos. Sueldo: $650.000 mensual."}, pay: "650000 650000 CLP month"},
	})
}
