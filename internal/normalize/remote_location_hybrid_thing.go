package normalize

// A location field may name hybrid technology, not a way of working: "Cloud
// Analyst - experience with hybrid cloud", "Hybrid cloud team, Berlin".
// fromLocations read every "hybrid" there as a hybrid week.
// hybridThingsOnly reports a field whose every "hybrid" names a thing
// (hybridThing, remote_foreign_fields.go: cloud, infrastructure, systems,
// vehicles ...); "Hybrid - Berlin" and "Hybrid (cloud team)" are left as
// they were read.
func hybridThingsOnly(loc string) bool {
	found := false
	for from := 0; ; {
		i := indexFoldFrom(loc, "hybrid", from)
		if i < 0 {
			return found
		}
		end := i + len("hybrid")
		if !hybridThing.MatchString(loc[end:]) {
			return false
		}
		found, from = true, end
	}
}
