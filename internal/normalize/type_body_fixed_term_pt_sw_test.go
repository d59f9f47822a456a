package normalize

import "testing"

// A fixed-term contract named in a Portuguese or Swahili sentence.
func TestFixedTermPortugueseSwahiliBody(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Oferecemos contrato a termo certo de 12 meses na loja do Porto.", "contract"},
		{"Contrato de trabalho a termo incerto, para substituição de licença.", "contract"},
		{"Tunatoa mkataba wa muda wa miezi sita kwa afisa wa ghala.", "contract"},
		// traps: open-ended contracts and other uses of the words
		{"Contrato sem termo na equipa de Lisboa.", "unknown"},
		{"Assinatura do termo de responsabilidade no primeiro dia.", "unknown"},
		{"Mkataba wa kudumu kwa mhasibu mkuu.", "unknown"},
	} {
		if got := ParseType("", "Assistente", c.text); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
