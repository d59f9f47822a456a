package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The company's own remote mode beside a role based in a named town: no
// remote job. Traps: a based sentence naming remote work, a country, and
// a remote reading of the role itself.
func TestSelfRemoteRoleBased(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "remote-first company, role based in a town", p: model.Posting{Title: "Engineer", Locations: []string{"Denver, CO"}, DescriptionText: "We are a remote-first company. This role is based in Denver and joins the data team."}, remote: "unknown"},
		{name: "board's false field wins back", p: model.Posting{Title: "Engineer", Locations: []string{"Denver, CO"}, RemoteHint: "false", DescriptionText: "We are a remote-first company; the position is based in Denver."}, remote: "onsite"},

		{name: "trap: based sentence naming remote work", p: model.Posting{Title: "Engineer", DescriptionText: "We are a remote-first company. This role is based in Lisbon, fully remote within Portugal."}, remote: "remote"},
		{name: "trap: based in a country", p: model.Posting{Title: "Engineer", DescriptionText: "We are a remote-first company. This role is based in Canada."}, remote: "remote"},
		{name: "trap: based in the netherlands", p: model.Posting{Title: "Engineer", DescriptionText: "We are a remote-first company. This role is based in The Netherlands."}, remote: "remote"},
		{name: "trap: the role itself is remote", p: model.Posting{Title: "Engineer", DescriptionText: "This is a fully remote role. Our team is based in Denver."}, remote: "remote"},
	})
}
