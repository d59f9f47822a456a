package normalize

import "github.com/gigscout/gigscout/internal/model"

// moreBodyModes (called by ParseRemote when no reader before it decided)
// reads the work-mode wording of the twenty-third outside round: LinkedIn
// hashtags (remote_li_hashtags.go), "based remotely in <country>"
// (remote_based_remotely.go) and Spanish "trabajarás en nuestras oficinas"
// (remote_spanish_office_work.go); and of the twenty-sixth: a header line's
// "— remote" (remote_header_dash.go) and "work anywhere"
// (remote_work_anywhere.go). Unknown when none says a mode.
func moreBodyModes(text string) (model.Remote, string) {
	for _, read := range []func(string) (model.Remote, string){liTagMode, remotelyInMode, spanishOfficeMode,
		headerDashWorkMode, workAnywhereMode, typedRoleMode, remoteRoleBodyMode, locationFreeMode} { // typedRoleMode: remote_typed_role.go; remoteRoleBodyMode: remote_role_body_shapes.go; locationFreeMode: remote_location_free.go
		if r, ev := read(text); r != model.RemoteUnknown {
			return r, ev
		}
	}
	return model.RemoteUnknown, ""
}
