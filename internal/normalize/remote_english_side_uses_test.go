package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// englishSideUseCases pin remote_english_side_uses.go. Traps sit beside
// each shape.
var englishSideUseCases = []truthCase{
	// remote as a side use beside an office job
	{name: "remote freelancers beside an on-site role", p: model.Posting{Title: "Production Assistant",
		DescriptionText: "You will brief our remote freelancers. This is an in-person job at our Leeds studio."}, remote: "onsite"},
	{name: "folks work remotely, this one on site", p: model.Posting{Title: "Store Lead",
		DescriptionText: "Some of our head-office folks work remotely, but this role is on-site every day."}, remote: "onsite"},
	{name: "tests taken online and remotely beside an office job", p: model.Posting{Title: "Receptionist",
		DescriptionText: "Skills tests are taken online and remotely. The job is in-office in Cork."}, remote: "onsite"},
	{name: "remote work will not be considered", p: model.Posting{Title: "Office Manager",
		DescriptionText: "Remote work will not be considered for this position."}, remote: "onsite"},
	{name: "trap: remote freelancers as the hire", p: model.Posting{Title: "Illustrator",
		DescriptionText: "We are hiring remote freelancers. Work from anywhere."}, remote: "remote"},
	{name: "remote screening calls beside a plant job", p: model.Posting{Title: "Maintenance Planner",
		DescriptionText: "First-round screening calls happen remotely. The job itself is on-site at our Gdansk yard."}, remote: "onsite"},
	{name: "remote colleagues beside an in-person role", p: model.Posting{Title: "Studio Coordinator",
		DescriptionText: "You will support our remote design colleagues. This is an in-person job at our Lisbon studio."}, remote: "onsite"},
	{name: "other teams work remotely, this one on site", p: model.Posting{Title: "Line Lead",
		DescriptionText: "Plenty of our office staff work remotely, but you will be on-site every shift."}, remote: "onsite"},
	{name: "remote weeks a year beside an office job", p: model.Posting{Title: "Copywriter",
		DescriptionText: "Enjoy two weeks of remote work a year. The post is office-based in Bristol."}, remote: "onsite"},
	{name: "remote induction then the office full-time", p: model.Posting{Title: "Claims Clerk",
		DescriptionText: "Induction sessions are run remotely; the job is in-office."}, remote: "onsite"},
	{name: "a perk list naming remote work", p: model.Posting{Title: "Bookkeeper",
		DescriptionText: "Whether it is remote working or a four-day week, we care about balance."}, remote: "!remote"},
	{name: "a product that helps remote teams", p: model.Posting{Title: "Account Manager",
		DescriptionText: "Our app helps companies run remote teams smoothly. You will grow our key accounts."}, remote: "unknown"},
	{name: "trap: a product for remote work on a remote role", p: model.Posting{Title: "Account Manager",
		DescriptionText: "We build software for remote workers, and this position is fully remote."}, remote: "remote"},
	{name: "trap: remote support duties on a remote role", p: model.Posting{Title: "Helpdesk Analyst",
		DescriptionText: "This role is fully remote. You will give remote support to our users."}, remote: "remote"},
	{name: "trap: remote tools with no place of work", p: model.Posting{Title: "Scrum Master",
		DescriptionText: "Comfortable with remote collaboration tools and agile rituals."}, remote: "unknown"},

	// remote work denied in other words
	{name: "employer does not provide remote work", p: model.Posting{Title: "Cashier",
		DescriptionText: "We don't provide remote work for store staff."}, remote: "onsite"},
	{name: "ineligible for telework", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "This vacancy is ineligible for remote arrangements."}, remote: "onsite"},
	{name: "not a home-based job", p: model.Posting{Title: "Chef",
		DescriptionText: "Please note this is not a WFH position."}, remote: "onsite"},
	{name: "trap: a remote stipend denied on a remote role", p: model.Posting{Title: "Developer",
		DescriptionText: "This role is fully remote. We do not provide a remote work stipend."}, remote: "remote"},

	// on-site work said otherwise
	{name: "a field-based post", p: model.Posting{Title: "Area Manager",
		DescriptionText: "This is a field-based post covering the Midlands."}, remote: "onsite"},
	{name: "a role that is depot-based", p: model.Posting{Title: "Driver",
		DescriptionText: "The job is depot-based in Swindon."}, remote: "onsite"},
	{name: "an in-store position", p: model.Posting{Title: "Sales Associate",
		DescriptionText: "An in-store position with weekend shifts."}, remote: "onsite"},
	{name: "an office-based role with occasional remote work", p: model.Posting{Title: "Coordinator", Locations: []string{"Mesa, AZ"},
		DescriptionText: "This is an office-based role with occasional remote work."}, remote: "onsite"},
	{name: "trap: an office-based role with remote days a week", p: model.Posting{Title: "Coordinator", Locations: []string{"Mesa, AZ"},
		DescriptionText: "This is an office-based role with two remote days a week."}, remote: "hybrid"},
	{name: "work performed in the lab", p: model.Posting{Title: "Research Aide", Locations: []string{"Ames, IA"},
		DescriptionText: "Work is performed in the lab. Training is provided."}, remote: "onsite"},
	{name: "in-store shifts", p: model.Posting{Title: "Cashier", Locations: []string{"Eugene, OR"},
		DescriptionText: "Must be able to work in-store shifts, including some Sundays."}, remote: "onsite"},
	{name: "stationed at the customer premises", p: model.Posting{Title: "Network Technician",
		DescriptionText: "You will be stationed at the customer's premises in Leeds."}, remote: "onsite"},
	{name: "duties in a production setting", p: model.Posting{Title: "Operator",
		DescriptionText: "Duties are carried out in a production environment with shifts."}, remote: "onsite"},
	{name: "full-time at the headquarters", p: model.Posting{Title: "Paralegal",
		DescriptionText: "You are located full-time at our Zurich headquarters."}, remote: "onsite"},
	{name: "in the office, five days a week", p: model.Posting{Title: "Receptionist",
		DescriptionText: "You will work from the Cardiff office, five days a week."}, remote: "onsite"},
	{name: "presence on the production floor", p: model.Posting{Title: "Shift Supervisor",
		DescriptionText: "The job needs constant presence on the production floor."}, remote: "onsite"},
	{name: "trap: travel to client sites", p: model.Posting{Title: "Consultant",
		DescriptionText: "Some travel to work at the client site may be needed."}, remote: "unknown"},
	{name: "trap: an evidence-based practice", p: model.Posting{Title: "Therapist",
		DescriptionText: "We follow an evidence-based approach to care."}, remote: "unknown"},

	// hybrid said otherwise
	{name: "on site a share of the time", p: model.Posting{Title: "Planner",
		DescriptionText: "Staff are on-site roughly 40% of the week."}, remote: "hybrid"},
	{name: "in the office half the week", p: model.Posting{Title: "Analyst",
		DescriptionText: "You are in the office half the week."}, remote: "hybrid"},
	{name: "split the week between office and home", p: model.Posting{Title: "Editor",
		DescriptionText: "Editors split their week between the Soho office and home."}, remote: "hybrid"},
	{name: "office-first with remote days", p: model.Posting{Title: "Designer",
		DescriptionText: "We are office-first, though Fridays can be spent working remotely."}, remote: "hybrid"},
	{name: "a blend of home and on-site work", p: model.Posting{Title: "Coordinator",
		DescriptionText: "Expect a blend of home and on-site work."}, remote: "hybrid"},
	{name: "trap: a share of time that is not the office", p: model.Posting{Title: "Engineer",
		DescriptionText: "You will spend 30% of the time on code reviews."}, remote: "unknown"},

	// remote said otherwise
	{name: "a teleworking role", p: model.Posting{Title: "Translator",
		DescriptionText: "This is a teleworking role with flexible hours."}, remote: "remote"},
	{name: "an all-remote startup", p: model.Posting{Title: "Engineer",
		DescriptionText: "We are an all-remote startup of twelve people."}, remote: "remote"},
	{name: "trap: a telework policy for other staff", p: model.Posting{Title: "Nurse",
		DescriptionText: "Our telework policy covers administrative staff only."}, remote: "unknown"},
}

func TestEnglishSideUses(t *testing.T) { runFieldCasesShortAndLong(t, englishSideUseCases) }
