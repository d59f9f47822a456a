package normalize

import "testing"

// Employment terms in German, French, Spanish, Portuguese, Italian, Dutch,
// Polish and Swedish description sentences (type_body_european_terms.go).
func TestEuropeanTermPhrasesBody(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		// German
		{"Trainer (m/w/d)", "Die Kurse vergeben wir auf Honorarbasis an erfahrene Trainer.", "contract"},
		{"Dozent (m/w/d)", "Abgerechnet wird über einen Honorarvertrag je Kursstunde.", "contract"},
		{"Texter", "Wir suchen ab sofort freiberufliche Mitarbeit für unser Redaktionsteam.", "contract"},
		{"Staplerfahrer (m/w/d)", "Der Einsatz erfolgt in Arbeitnehmerüberlassung bei einem Partner in Bremen.", "contract"},
		{"Monteur (m/w/d)", "Teilzeit, unbefristet, Start nach Absprache.", "part_time"},
		{"Monteur (m/w/d)", "Unbefristet / Vollzeit, Start nach Absprache.", "full_time"},
		// French
		{"Accompagnateur", "Nous recrutons des bénévoles pour accompagner les sorties du dimanche.", "volunteer"},
		{"Accompagnateur", "Engagement à titre bénévole, deux soirs par mois.", "volunteer"},
		// Spanish
		{"Asistente de investigación", "Beca remunerada para titulados en Química.", "internship"},
		{"Asistente de investigación", "Se ofrece beca de nueve meses en el laboratorio.", "internship"},
		{"Traductor", "Colaboración como autónomo con facturación mensual.", "contract"},
		{"Carretillero", "Incorporación mediante ETT durante la campaña.", "contract"},
		// Portuguese
		{"Vendedor", "Regime de part-time, fins de semana.", "part_time"},
		{"Operador", "Trabalho temporário durante a campanha de Natal.", "contract"},
		{"Assistente", "Vaga efetiva com plano de saúde.", "full_time"},
		{"Assistente", "Jornada de tempo integral, de segunda a sexta.", "full_time"},
		// Italian
		{"Carrellista", "Assunzione in somministrazione con possibilità di proroga.", "contract"},
		// Dutch
		{"Productiemedewerker", "Je start op uitzendbasis bij een klant in Venlo.", "contract"},
		{"Kassamedewerker", "Deeltijd functie voor 16 uur in de week.", "part_time"},
		// Polish
		{"Recepcjonistka", "Zatrudnienie na 3/4 etatu w recepcji.", "part_time"},
		{"Recepcjonistka", "Oferujemy cały etat i pakiet medyczny.", "full_time"},
		{"Tłumacz", "Rozliczenie na podstawie umowy o dzieło.", "contract"},
		{"Tłumacz", "Podpisujemy umowę zlecenie na okres wakacji.", "contract"},
		{"Magazynier", "Zatrudnienie tymczasowe w sezonie, praca tymczasowa od zaraz.", "contract"},
		// Swedish
		{"Kock", "Tillsvidaretjänst på deltid, 75 procent.", "part_time"},
		{"Kock", "Deltid/tillsvidare, start i augusti.", "part_time"},
		{"Kock", "Tillsvidareanställning med start i höst.", "full_time"},
		{"Kock", "Allmän visstid till och med december.", "contract"},
		{"Kock", "Tidsbegränsad anställning under sommaren.", "contract"},
		{"Kock", "Timvikarie vid sjukdom och ledighet.", "part_time"},
		{"Truckförare", "Som konsult hos oss blir du uthyrd hos våra kunder i Malmö.", "contract"},
		{"Utvecklare", "Uppdrag om tre månader med möjlig förlängning.", "contract"},
		{"Läxhjälp", "Vi söker fler volontärer till läxhjälpen.", "volunteer"},
		{"Läxhjälp", "Uppdraget sker på ideell basis.", "volunteer"},
		// traps: the words about something else
		{"Berater (m/w/d)", "Erfahrung in freiberuflicher Tätigkeit ist ein Plus.", "unknown"},
		{"Recruiter (m/w/d)", "Direktvermittlung, keine Arbeitnehmerüberlassung.", "unknown"},
		{"Vertriebler (m/w/d)", "Das Honorar unserer Kunden richtet sich nach dem Umsatz.", "unknown"},
		{"Coordinateur", "Vous animez le réseau des bénévoles de l'association.", "unknown"},
		{"Analista", "Buscamos una persona autónoma y organizada.", "unknown"},
		{"Analista", "Capacidad de trabajo autónomo en equipo.", "unknown"},
		{"Analista", "No somos una ETT: la contratación es directa.", "unknown"},
		{"Analista", "Acompanhar a evolução temporária dos indicadores.", "unknown"},
		{"Analista", "Uso efetivo de ferramentas de BI.", "unknown"},
		{"Analista", "Agenzia per il lavoro autorizzata alla somministrazione.", "unknown"},
		{"Analist", "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld, ook niet van uitzendbureaus.", "unknown"},
		{"Analityk", "Praca tymczasowo zdalna, potem w biurze.", "unknown"},
		{"Analityk", "Nie jesteśmy agencją pracy tymczasowej.", "unknown"},
		{"Analityk", "Liczba etatów w dziale rośnie.", "unknown"},
		{"Analytiker", "Vi är inget bemanningsföretag.", "unknown"},
		{"Analytiker", "Du har extrajobbat i butik tidigare.", "unknown"},
		{"Analytiker", "Erfarenhet av ideellt arbete är meriterande.", "unknown"},
		{"Analytiker", "Vårt konsultbolag har spännande uppdrag hos kunder.", "unknown"},
	} {
		if got := ParseType("", c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.title, c.text, got, c.want)
		}
	}
}

// Italian type-field words for self-employed work.
func TestEuropeanFieldTerms(t *testing.T) {
	for _, c := range []struct{ field, want string }{
		{"Libera professione", "contract"},
		{"Lavoro autonomo", "contract"},
		{"Libera professione (P.IVA)", "contract"},
		// trap: a profession named with no freelance word
		{"Professione sanitaria", "unknown"},
	} {
		if got := ParseType(c.field, "Consulente", ""); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}

// A title naming a role that looks after interns is no internship
// (type_title_intern_runner_eu.go).
func TestInternRunnerTitlesEU(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		{"Koordynatorka staży", "Umowa o pracę na pełny etat.", "full_time"},
		{"Praktikantenbetreuerin (m/w/d)", "Festanstellung in Vollzeit.", "full_time"},
		{"Chargée des stages et de l'alternance", "Poste en CDI.", "full_time"},
		{"Tuteur des apprentis", "Poste en CDI.", "full_time"},
		{"Coordinadora de prácticas", "Contrato indefinido.", "full_time"},
		{"Coordenadora de estagiários", "Regime CLT.", "full_time"},
		{"Responsabile tirocini", "Contratto a tempo indeterminato.", "full_time"},
		{"Stagebegeleider", "Vast contract, 32 uur.", "full_time"},
		{"Handledare för praktikanter", "", "unknown"},
		// traps: intern titles that name a department or a role to learn
		{"Stagiaire chargé de communication", "", "internship"},
		{"Stage - Responsable marketing", "", "internship"},
		{"Praktykant w dziale HR", "", "internship"},
		{"Praktikant Marketing (m/w/d)", "", "internship"},
	} {
		if got := ParseType("", c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.title, c.text, got, c.want)
		}
	}
}

// The second pass of European description terms (type_body_european_terms.go).
func TestEuropeanTermPhrasesBodyMore(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		{"Lesepate (m/w/d)", "Die Aufgabe ist rein ehrenamtlich und freiwillig.", "volunteer"},
		{"Lesepate (m/w/d)", "Wir suchen ehrenamtliche Helfer für die Bibliothek.", "volunteer"},
		{"Berater (m/w/d)", "Projektdauer: 9 Monate, Start im Mai.", "contract"},
		{"Serveur H/F", "Poste à mi-temps le midi.", "part_time"},
		{"Serveur H/F", "Deux contrats saisonniers pour la saison d'hiver.", "contract"},
		{"Dependiente", "Contrato de 25 horas semanales en turno de tarde.", "part_time"},
		{"Dependiente", "Contrato de 40 horas semanales.", "full_time"},
		{"Monitor", "Necesitamos voluntarios para la recogida de alimentos.", "volunteer"},
		{"Monitor", "Es un trabajo voluntario sin remuneración.", "volunteer"},
		{"Ilustrador", "Colaboración en régimen freelance por encargo.", "contract"},
		{"Ilustrador", "Contratação como autônoma para o projeto.", "contract"},
		{"Atendente", "Vaga de meio período no turno da manhã.", "part_time"},
		{"Atendente", "Regime de período integral.", "full_time"},
		{"Atendente", "Contrato sem termo, em horário parcial.", "part_time"},
		{"Contabile", "Inserimento diretto a tempo determinato per 12 mesi.", "contract"},
		{"Contabile", "Rapporto di lavoro a tempo indeterminato.", "full_time"},
		{"Architetto", "Collaborazione in qualità di libero professionista.", "contract"},
		{"Saldatore", "Lavoro interinale con proroghe.", "contract"},
		{"Bezorger", "Wij zoeken oproepkrachten voor de zomer.", "part_time"},
		{"Bezorger", "Het betreft een tijdelijke aanstelling tot het einde van het jaar.", "contract"},
		{"Tester", "Je wordt gedetacheerd bij een bank in Utrecht.", "contract"},
		{"Gastvrouw", "Het gaat om een vrijwillige functie van een dagdeel.", "volunteer"},
		{"Tester", "Rozliczenie na kontrakcie? Oferujemy kontrakt B2B lub UoP.", "contract"},
		{"Kelnerka", "Zatrudnienie dorywcze w sezonie letnim.", "part_time"},
		{"Księgowa", "Umowa na zastępstwo do końca roku.", "contract"},
		{"Opiekun", "Pomoc w charakterze wolontariuszki.", "volunteer"},
		{"Guide", "Säsongsarbete under sommaren.", "contract"},
		// traps
		{"Koordinator (m/w/d)", "Sie koordinieren unsere ehrenamtlichen Mitarbeiter.", "unknown"},
		{"Koordinator (m/w/d)", "Sie sind neben Ihrer Arbeit ehrenamtlich aktiv.", "unknown"},
		{"Analista", "Se valora experiencia en trabajo voluntario.", "unknown"},
		{"Analista", "Experiência de trabalho voluntário é um diferencial.", "unknown"},
		{"Analista", "Trabajamos con freelancers de toda Europa.", "unknown"},
		{"Analista", "Consulte o horário completo da loja no site.", "unknown"},
		{"Analista", "Gestirai la contabilità dei clienti liberi professionisti.", "unknown"},
		{"Analist", "Wij zijn een detacheringsbureau in Utrecht.", "unknown"},
		{"Analityk", "Sprzedaż B2B i obsługa klientów.", "unknown"},
		{"Analytiker", "Vi har säsongsvariationer i arbetet.", "unknown"},
	} {
		if got := ParseType("", c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.title, c.text, got, c.want)
		}
	}
}
