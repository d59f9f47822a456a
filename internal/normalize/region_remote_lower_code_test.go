package normalize

import (
	"testing"
	"time"
)

var remoteLowerCodeCases = []truthCase{
	{name: "lower code: dash before a country code", p: remotePost("Remote - ng"), regions: "NG"},
	{name: "lower code: colon before a country code", p: remotePost("Remote: ke"), regions: "KE"},
	{name: "lower code: em dash before india", p: remotePost("remote — in"), regions: "IN"},
	{name: "lower code: en dash before a country code", p: remotePost("Remote – vn"), regions: "VN"},
	{name: "lower code: comma before us", p: remotePost("Remote, us"), regions: "US"},
	{name: "lower code: dash before us", p: remotePost("REMOTE - us"), regions: "US"},
	{name: "lower code: comma form still read", p: remotePost("Remote, bd"), regions: "BD"},
	{name: "trap lower code: upper-case state code stays the state", p: remotePost("Remote, MD"), regions: "US"},
	{name: "trap lower code: unknown code names nothing", p: remotePost("Remote - qx"), regions: "none"},
	{name: "trap lower code: a word after the code is another shape", p: remotePost("Remote - us only team"), regions: "none"},
	{name: "trap lower code: no separator", p: remotePost("Remote in"), regions: "none"},
}

func TestRemoteLowerCodeRegions(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range remoteLowerCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestRemoteLowerCodeLoc(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Remote - ng", "Remote, nigeria"},
		{"Remote, us", "Remote, united states"},
		{"Remote, ng", ""},
		{"Remote - NG", ""},
		{"Remotely - ng", ""},
		{"Remote - ngx", ""},
	} {
		if got := remoteLowerCodeLoc(c.in); got != c.want {
			t.Errorf("remoteLowerCodeLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
