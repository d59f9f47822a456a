package normalize

func init() {
	// "Remote - Baltic region", "the Baltic countries": Estonia, Latvia
	// and Lithuania, as "Baltics" and "Baltic states" already read. The
	// adjective alone ("Baltic Sea") names no group.
	for _, k := range []string{"baltic region", "baltic countries", "baltic nations"} {
		if _, ok := regionGroups[k]; !ok {
			regionGroups[k] = []string{"EE", "LV", "LT"}
		}
	}
}
