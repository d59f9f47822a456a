package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "hybrid" as an adjective of the opening with describing words between
// calls the role hybrid.
func TestHybridAdjectiveRole(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Payments Analyst", text: "Hybrid Payments Analyst role based in Malmö, working with Kotlin and Snowflake.", want: model.RemoteHybrid},
		{title: "QA Lead", text: "We are hiring for a hybrid senior QA position in Leeds.", want: model.RemoteHybrid},
		{title: "Product Designer", text: "Join us in a hybrid product design opportunity near Porto.", want: model.RemoteHybrid},
		{title: "Data Intern", text: "Apply for this hybrid data engineering internship today.", want: model.RemoteHybrid},
	})
}

// Hybrid technology, team words and a denial stay as they
// were.
func TestHybridAdjectiveRoleTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Cloud Engineer", text: "An exciting hybrid cloud engineer role for our banking clients.", want: model.RemoteUnknown},
		{title: "Ionic Developer", text: "This hybrid mobile developer job uses Ionic and Capacitor.", want: model.RemoteUnknown},
		{title: "Test Engineer", text: "A hybrid vehicle test engineer position for powertrain work.", want: model.RemoteUnknown},
		{title: "Team Lead", text: "A hybrid team lead role for the support group.", want: model.RemoteUnknown},
		{title: "Engineer", text: "This is not a hybrid engineering role.", want: model.RemoteUnknown},
	})
}
