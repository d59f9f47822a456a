package normalize

import "testing"

// localTermCases: type fields that type_field_local_terms.go reads, in this
// project's own wording, with the traps the reader must leave alone.
var localTermCases = []struct{ field, want string }{
	// Dutch and Flemish: a permanent contract is no contract role.
	{"Vast contract, 38 uur", "full_time"}, {"Vaste contract", "full_time"}, {"Vast dienstverband", "full_time"},
	{"Contract van onbepaalde duur", "full_time"}, {"Contract van bepaalde duur", "contract"}, {"Zelfstandige", "contract"},
	// French, with and without accents.
	{"Emploi fixe", "full_time"}, {"Contrat à durée indéterminée", "full_time"}, {"Duree determinee", "contract"}, {"Contrat", "contract"},
	// Italian.
	{"A tempo pieno", "full_time"}, {"Posto fisso", "full_time"}, {"Contratto a tempo determinato", "contract"},
	{"Lavoro interinale", "contract"}, {"Contratto a progetto", "contract"}, {"Lavoro autonomo", "contract"}, {"Contratto", "contract"}, {"A contratto", "contract"},
	// Spanish and Portuguese.
	{"Contrato", "contract"}, {"Contrato en prácticas", "internship"}, {"Agencia de personal", "contract"}, {"Completa", "full_time"},
	{"Parcial", "part_time"}, {"CLT", "full_time"}, {"Terceirizado", "contract"}, {"Cooperado", "contract"}, {"Efetivo CLT", "full_time"}, {"PJ", "contract"},
	// German, Nordic, Polish.
	{"Lernende", "internship"}, {"Vanlig anställning", "full_time"}, {"Fastansaettelse", "full_time"}, {"Umowa o pracę stałą", "full_time"},
	// Cyrillic, Indonesian, CJK, Arabic.
	{"Фуллтайм", "full_time"}, {"Парттайм", "part_time"}, {"Подряд", "contract"}, {"Purna waktu", "full_time"},
	{"合同制", "contract"}, {"季节性", "contract"}, {"自営業", "contract"}, {"시즌직", "contract"}, {"정규", "full_time"}, {"계약", "contract"},
	{"عقد لمدة محددة", "contract"}, {"متعاقد", "contract"},
	// Vietnamese with and without tone marks.
	{"Toan thoi gian", "full_time"}, {"Ban thoi gian", "part_time"}, {"Thuc tap", "internship"}, {"Hop dong 6 thang", "contract"},
	{"Làm việc tự do", "contract"},
	// Traps: the pinned readings stay, and words that are no type.
	{"Umowa o pracę", "full_time"}, {"HPP", "full_time"}, {"Contrato indefinido", "full_time"}, {"Contratto a tempo indeterminato", "full_time"},
	{"Completamente remoto", "unknown"}, {"Parcialmente remoto", "unknown"}, {"Regular expression", "unknown"},
	{"Подряд 3 дня", "unknown"}, {"PJM", "unknown"}, {"Cliente", "unknown"}, {"Contrato social", "unknown"},
}

func TestLocalTermType(t *testing.T) {
	for _, c := range localTermCases {
		if got := ParseType(c.field, "Engineer", ""); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}
