package normalize

// A qualification about the reader's earlier employment (table tests in
// type_past_employment_markers_test.go): "Previous or current employment
// with us as an intern, employee or contractor is a plus" lists roles the
// reader may have held, not the post on offer, yet "as an intern" read as
// an internship. The sentence's opening words now mark it as the reader's
// past the way "previous experience" already does (pastMarkers,
// type_body_roles_stated.go).
func init() {
	pastMarkers = append(pastMarkers, "previous employment", "prior employment", "former employment",
		"previous or current employment", "current or previous employment", "past employment")
}
