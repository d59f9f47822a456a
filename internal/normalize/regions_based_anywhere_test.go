package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// basedAnywhereCases pin the fixes guided by a ninth round of other projects'
// own test tables (23 test files from 23 projects, 362 cases, kept
// outside the repository and scored with TestAgreementOutside), written
// in other words than those tables, each with traps the fix must leave
// alone. First looks: the first tuning batch (168 cases) on main 8c3abd1
// 161/168 (95.8 %: region 37/40, type 21/25), a second batch 34/37, a
// third 8/8; the held table (149 cases, scored only after the tuning
// fixes) 120/149 (80.5 %: type 39/61, region 15/20). After: 358/362
// (98.9 %); the four left are conventions kept ("gig" is a project, a
// lone k-amount is no pay, a structured location's country wins over a
// worldwide sentence) and "starting at X, up to Y" not joined as a range.
var basedAnywhereCases = []truthCase{
	// A remote role introduced by the place it is based in.
	{name: "uk-based remote role", p: model.Posting{Title: "Support Analyst", DescriptionText: "This is a UK-based remote role for a support analyst."}, remote: "remote", regions: "GB"},
	{name: "canada-based fully remote position", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Canada-based, fully remote position with flexible hours."}, regions: "CA"},
	{name: "europe-based remote job", p: model.Posting{Title: "Tester", DescriptionText: "A Europe-based remote job on our QA team."}, regions: "EU"},
	{name: "trap: the company is based somewhere, not the role", p: model.Posting{Title: "Tester", Locations: []string{"Remote"}, DescriptionText: "We are a Germany-based startup and our remote team meets twice a year."}, regions: "none"},
	{name: "trap: remote-first company based in a country", p: model.Posting{Title: "Tester", Locations: []string{"Remote"}, DescriptionText: "A Netherlands-based remote-first company."}, regions: "none"},
	// The role placed without the word remote, on a listing remote by its
	// location (a held table: "This is a US-based role.").
	{name: "us-based role of a remote listing", p: model.Posting{Title: "Account Executive", Locations: []string{"Remote"}, DescriptionText: "This is a US-based role."}, remote: "remote", regions: "US"},
	{name: "trap: us-based company of a remote listing", p: model.Posting{Title: "Account Executive", Locations: []string{"Remote"}, DescriptionText: "We are a US-based company."}, remote: "remote", regions: "none"},
	{name: "trap: us-based role on site names no region", p: model.Posting{Title: "Account Executive", Locations: []string{"Boston, MA"}, DescriptionText: "This is a US-based role in our Boston office."}, regions: "none"},
	// "Work from anywhere" closed by a dash rather than a full stop.
	{name: "anywhere then em dash", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "Work from anywhere — no office, no commute."}, regions: "worldwide"},
	{name: "anywhere then en dash", p: model.Posting{Title: "Editor", RemoteHint: "remote", DescriptionText: "You can be working from anywhere – the whole team is distributed."}, regions: "worldwide"},
	{name: "trap: anywhere then a dash and a country", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "Work from anywhere - in Canada."}, regions: "none"}, // not worldwide; this wording names no region today
	{name: "trap: anywhere then a dash and a limit", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "Work from anywhere — as long as you can overlap four hours with our team."}, regions: "none"},
	// Fixed-term and agency work in French and German titles and fields.
	{name: "french agency title", p: model.Posting{Title: "Plongeur (H/F) - Intérim"}, jobType: "contract"},
	{name: "french temporary title", p: model.Posting{Title: "Agent d'accueil - temporaire"}, jobType: "contract"},
	{name: "french fixed-term title", p: model.Posting{Title: "Réceptionniste - CDD 6 mois"}, jobType: "contract"},
	{name: "french fixed-term bracket", p: model.Posting{Title: "Vendeuse (CDD)"}, jobType: "contract"},
	{name: "german fixed-term title", p: model.Posting{Title: "Lagerhelfer (befristet auf 12 Monate)"}, jobType: "contract"},
	{name: "german fixed-term post", p: model.Posting{Title: "Erzieherin - befristete Stelle"}, jobType: "contract"},
	{name: "french temporary field", p: model.Posting{Title: "Serveur", EmploymentType: "Temporaire"}, jobType: "contract"},
	{name: "french agency field", p: model.Posting{Title: "Serveur", EmploymentType: "Intérimaire"}, jobType: "contract"},
	{name: "trap: customer due diligence", p: model.Posting{Title: "KYC/CDD Analyst"}, jobType: "unknown"},
	{name: "trap: due diligence first", p: model.Posting{Title: "CDD Operations Specialist"}, jobType: "unknown"},
	{name: "trap: permanent german title", p: model.Posting{Title: "Buchhalter (unbefristet)"}, jobType: "unknown"},
	{name: "trap: english interim still contract", p: model.Posting{Title: "Interim Finance Lead"}, jobType: "contract"},
	// Two schedules in a title: the first named decides.
	{name: "full time named first", p: model.Posting{Title: "Full-time or part-time cashier"}, jobType: "full_time"},
	{name: "full time first with a slash", p: model.Posting{Title: "Stocker - Full Time / Part Time"}, jobType: "full_time"},
	{name: "trap: part time named first", p: model.Posting{Title: "Part-time or full-time cashier"}, jobType: "part_time"},
	{name: "trap: part time title with full-time hours later", p: model.Posting{Title: "Barista - Part Time (full time in summer)"}, jobType: "part_time"},
	{name: "trap: a contract title keeps its contract", p: model.Posting{Title: "Full-time contract welder"}, jobType: "contract"},
	// Remote for part of the week is hybrid.
	{name: "remote two days then office", p: model.Posting{Title: "Planner", DescriptionText: "Remote two days a week; the rest of the week in our Leeds office."}, remote: "hybrid"},
	{name: "remote a day or two a week", p: model.Posting{Title: "Planner", DescriptionText: "You will be remote 1-2 days per week."}, remote: "hybrid"},
	{name: "remotely three days each week", p: model.Posting{Title: "Planner", DescriptionText: "Staff work remotely three days each week."}, remote: "hybrid"},
	{name: "trap: remote five days", p: model.Posting{Title: "Planner", DescriptionText: "Remote 5 days a week."}, remote: "remote"}, // not hybrid: five remote days are the whole week (remoteWholeWeek; it read unknown before)
	{name: "trap: a four-day remote week", p: model.Posting{Title: "Planner", DescriptionText: "Remote, 4 days a week (32 hours)."}, remote: "remote"},
	{name: "trap: fully remote on three days", p: model.Posting{Title: "Planner", DescriptionText: "Fully remote 3 days a week."}, remote: "remote"},
	{name: "trap: remote days off the topic", p: model.Posting{Title: "Planner", DescriptionText: "Our remote controls ship in 2 days a week after order."}, remote: "unknown"},
	// Work that can be done remote (adjective).
	{name: "can be done remote", p: model.Posting{Title: "Analyst", Locations: []string{"Chicago, IL"}, DescriptionText: "This job can be done remote."}, remote: "remote"},
	{name: "may be performed remote", p: model.Posting{Title: "Analyst", DescriptionText: "The duties may be performed remote from a home office."}, remote: "remote"},
	{name: "trap: cannot be done remote", p: model.Posting{Title: "Analyst", Locations: []string{"Chicago, IL"}, DescriptionText: "This job cannot be done remote."}, remote: "unknown"},
	{name: "trap: done remotely already read", p: model.Posting{Title: "Analyst", Locations: []string{"Chicago, IL"}, DescriptionText: "This job can be done remotely."}, remote: "remote"},
	{name: "trap: remote desktop support", p: model.Posting{Title: "Analyst", DescriptionText: "Tickets can be done remote desktop style."}, remote: "unknown"},
	// A US time zone beside another place is US hours, not the US.
	{name: "canada on eastern time", p: model.Posting{Title: "Agent", Locations: []string{"Remote in Canada in EST timezone"}}, regions: "CA"},
	{name: "mexico with central overlap", p: model.Posting{Title: "Agent", Locations: []string{"Remote - Mexico (CST overlap)"}}, regions: "MX"},
	{name: "trap: a time zone alone is the US", p: model.Posting{Title: "Agent", Locations: []string{"Remote (PST)"}}, regions: "US"},
	{name: "trap: the US and its time zone", p: model.Posting{Title: "Agent", Locations: []string{"Remote - USA, CST (UTC-6)"}}, regions: "US"},
	{name: "trap: anywhere on eastern hours", p: model.Posting{Title: "Agent", Locations: []string{"Remote - Anywhere (EST hours)"}}, regions: "US"},
	// Found by the held table (scored once before these fixes).
	// A hiring scope said of the applicants.
	{name: "only considering us applicants", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "We are only considering U.S. applicants at this time."}, regions: "US"},
	{name: "open to canadian applicants", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "This opening is open to Canadian applicants."}, regions: "CA"},
	{name: "irish candidates welcome", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "Irish candidates are very welcome."}, regions: "IE"},
	{name: "trap: qualified candidates welcome", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "Qualified candidates welcome to apply."}, regions: "none"},
	{name: "trap: a language, not a country", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "Spanish-speaking candidates welcome."}, regions: "none"},
	// A US city and state with LinkedIn's workplace note.
	{name: "city state remote note", p: model.Posting{Title: "Agent", Locations: []string{"Tulsa, OK (Remote)"}}, remote: "remote", regions: "US"},
	{name: "trap: germany's code before a note", p: model.Posting{Title: "Agent", Locations: []string{"Berlin, DE (Remote)"}}, regions: "DE"},
	// Per diem and PRN schedules are contract work (as "Per diem" already is).
	{name: "prn field", p: model.Posting{Title: "Nurse", EmploymentType: "PRN"}, jobType: "contract"},
	{name: "as needed prn field", p: model.Posting{Title: "Nurse", EmploymentType: "As needed (PRN)"}, jobType: "contract"},
	{name: "1099 field", p: model.Posting{Title: "Therapist", EmploymentType: "1099"}, jobType: "contract"},
	{name: "prn title", p: model.Posting{Title: "PRN Registered Nurse - Night Shift"}, jobType: "contract"},
	{name: "prn basis text", p: model.Posting{Title: "Nurse", DescriptionText: "Cover weekend shifts on a PRN basis."}, jobType: "contract"},
	{name: "per diem role text", p: model.Posting{Title: "Nurse", DescriptionText: "This per diem role covers holidays."}, jobType: "contract"},
	{name: "1099 independent text", p: model.Posting{Title: "Therapist", DescriptionText: "A 1099 independent practice with flexible hours."}, jobType: "contract"},
	{name: "trap: prn medication title", p: model.Posting{Title: "NP - PRN Medication Management"}, jobType: "unknown"},
	{name: "trap: prn coverage is a duty", p: model.Posting{Title: "Nurse", DescriptionText: "Provide PRN coverage for the unit."}, jobType: "unknown"},
	{name: "trap: prn dosing with a full-time schedule", p: model.Posting{Title: "Nurse", DescriptionText: "Give medications on a PRN basis. We offer a full-time schedule."}, jobType: "full_time"},
	{name: "trap: per diem travel allowance", p: model.Posting{Title: "Nurse", DescriptionText: "A per diem allowance for travel is included."}, jobType: "unknown"},
	{name: "trap: tax form reporting", p: model.Posting{Title: "Accountant", DescriptionText: "Prepare 1099 reporting for vendors."}, jobType: "unknown"},
	// Schedules, loads and labels.
	{name: "first of two schedules", p: model.Posting{Title: "Clerk", DescriptionText: "We have part-time or full-time shifts available."}, jobType: "part_time"},
	{name: "full-time schedule offered", p: model.Posting{Title: "Clerk", DescriptionText: "We offer a full-time schedule with benefits."}, jobType: "full_time"},
	{name: "full time day shift", p: model.Posting{Title: "Clerk", DescriptionText: "Full time, night shift."}, jobType: "full_time"},
	{name: "half a full-time load", p: model.Posting{Title: "Clerk", DescriptionText: "FTE: 0.6"}, jobType: "part_time"},
	{name: "a full load", p: model.Posting{Title: "Clerk", DescriptionText: "1.0 FTE, Monday to Friday."}, jobType: "full_time"},
	{name: "status label", p: model.Posting{Title: "Clerk", DescriptionText: "Status: Part time\nDepartment: Records"}, jobType: "part_time"},
	{name: "employment type line without a colon", p: model.Posting{Title: "Clerk", DescriptionText: "Employment Type Part time\nShift Evening"}, jobType: "part_time"},
	{name: "intern role in text", p: model.Posting{Title: "Data Analyst", DescriptionText: "Apply for our data analyst intern role today."}, jobType: "internship"},
	{name: "trap: staff benefits for both schedules", p: model.Posting{Title: "Clerk", DescriptionText: "Full-time and part-time employees are eligible for PTO."}, jobType: "unknown"},
	{name: "trap: team size in FTE", p: model.Posting{Title: "Clerk", DescriptionText: "A team of 12 FTE."}, jobType: "unknown"},
	{name: "trap: a status that names no type", p: model.Posting{Title: "Clerk", DescriptionText: "Status: Active license required"}, jobType: "unknown"},
	{name: "trap: intern role for a senior title", p: model.Posting{Title: "Senior Engineer", DescriptionText: "You will mentor each intern role on the team."}, jobType: "unknown"},
}

func TestBasedAnywhereCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range basedAnywhereCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// FuzzBasedAnywhere runs these readers on any input: none may panic,
// each answers only when its literal words are there, and the title
// reader gives one of its known values.
func FuzzBasedAnywhere(f *testing.F) {
	for _, tc := range basedAnywhereCases {
		f.Add(tc.p.Title + "\n" + tc.p.DescriptionText + "\n" + tc.p.EmploymentType)
	}
	for _, s := range []string{"US-based remote role", "-based remote job", "anywhere —", "work from anywhere – ", "CDD", "(cdd", "befristet", "Full time part time", "full-time/part-time", "remote 2 days / week", "can be done remote", "Remote (EST)", "PRN", "(FT/PRN)", "FTE: 0.5", "Status: PRN", "Employment Type Full time", "Austin, TX (Remote)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if workAnywhereDash(s) && !containsFold(s, "anywhere") {
			t.Errorf("workAnywhereDash(%q) without anywhere", s)
		}
		if fullBeforePart(s) && !(titleFull.MatchString(s) && titlePart.MatchString(s)) {
			t.Errorf("fullBeforePart(%q) without both schedules", s)
		}
		if r, ev := bodySomeDays(s); r == model.RemoteUnknown && ev != "" || r != model.RemoteUnknown && (!strings.Contains(s, ev) || !containsFold(ev, "remote")) {
			t.Errorf("bodySomeDays(%q) = %s, %q", s, r, ev)
		}
		if rs := addTimezoneUS(Regions(s)); len(rs) == 0 {
			t.Errorf("addTimezoneUS(Regions(%q)) is empty", s)
		}
		switch labelBodyType(s, s) {
		case model.TypeUnknown, model.TypeContract, model.TypeFullTime, model.TypePartTime, model.TypeInternship:
		default:
			t.Errorf("labelBodyType(%q): unexpected type", s)
		}
		if rs := hiringScopeRegions(s); len(rs) > 0 && !strings.Contains(strings.ToLower(s), "-based") && !containsAnyFold(s, []string{"candidates", "applicants", "applications", "talent"}) {
			t.Errorf("hiringScopeRegions(%q) = %v without its words", s, rs)
		}
		if stateNoteUS(s) && !strings.Contains(s, "(") {
			t.Errorf("stateNoteUS(%q) without a note", s)
		}
		switch titleScheduleType(s) {
		case model.TypeUnknown, model.TypeContract, model.TypeFullTime, model.TypePartTime:
		default:
			t.Errorf("titleScheduleType(%q): unexpected type", s)
		}
	})
}

// BenchmarkBasedAnywhereReaders runs every reader this round added, as Normalize
// calls them, on the two description files (about 250 and 1,500 words):
// the CPU they add to a listing, to set beside BenchmarkNormalizeDesc.
func BenchmarkBasedAnywhereReaders(b *testing.B) {
	texts := []string{Text(readTestdata(b, "desc.html")), Text(readTestdata(b, "large.html"))}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			labelBodyType("Data Analyst", s)
			bodySomeDays(s)
			hiringScopeRegions(s)
			workAnywhereDash(s)
			titleScheduleType("Data Analyst (Remote)")
			stateNoteUS("Austin, TX (Remote)")
		}
	}
}
