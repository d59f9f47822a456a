package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Fit disclaimers that name remote work only as a candidate's wish, and
// the near misses. Written in our own words.
func TestRemoteFitDisclaimer(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"not a fit if you want to work remotely", model.Posting{Title: "Bakery Lead", DescriptionText: "Early starts. This is not a good fit if you want to work remotely."}, model.RemoteUnknown},
		{"won't suit you if you'd rather work from home", model.Posting{Title: "Store Planner", DescriptionText: "The job won't suit you if you'd rather work from home. We open at eight."}, model.RemoteUnknown},
		{"wish first, then the refusal", model.Posting{Title: "Lab Assistant", DescriptionText: "If remote work is what you want, this isn't the role for you."}, model.RemoteUnknown},
		{"wish for a remote job", model.Posting{Title: "Coordinator", DescriptionText: "Honestly, we are not the right match if you are looking for a remote job."}, model.RemoteUnknown},
		{"past the guard", model.Posting{Title: "Bakery Lead", DescriptionText: shopsPad + "Not a great fit if you prefer working remotely."}, model.RemoteUnknown},
		{"the rest of the text still reads", model.Posting{Title: "Studio Tech", DescriptionText: "Not a fit if you prefer to work remotely. This is a hybrid role with three studio days a week."}, model.RemoteHybrid},
		// traps: a remote role, a refusal of something else, a wish the role grants
		{"trap: a remote role turning away office-seekers", model.Posting{Title: "Writer", DescriptionText: "This is a fully remote role. It is not a fit if you want an office to go to."}, model.RemoteRemote},
		{"trap: a disclaimer about travel", model.Posting{Title: "Field Rep", DescriptionText: "You can work remotely. Not a good fit if you dislike travel."}, model.RemoteRemote},
		{"trap: a remote statement beside the disclaimer", model.Posting{Title: "Analyst", DescriptionText: "The role is 100% remote. It is not the right fit if you need a lot of structure."}, model.RemoteRemote},
		{"trap: the wish granted", model.Posting{Title: "Editor", DescriptionText: "If you prefer to work remotely, you can: the team is distributed."}, model.RemoteRemote},
	})
}
