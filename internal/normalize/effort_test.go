package normalize

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func rangeString(r *model.Range) string {
	if r == nil {
		return "-"
	}
	return fmt.Sprintf("%v-%v", r.Min, r.Max)
}

// effortCases: hours, weekly and days are "MIN-MAX" or "-".
var effortCases = []struct {
	name, text, hours, weekly, days string
}{
	{"range of hours", "The project takes 10-20 hours.", "10-20", "-", "-"},
	{"about hours", "Expect ~15 hrs of work.", "15-15", "-", "-"},
	{"approximately", "approximately 30 hours total", "30-30", "-", "-"},
	{"weeks range", "Timeline: 2-4 weeks", "-", "-", "14-28"},
	{"one month", "Duration: 1 month", "-", "-", "30-30"},
	{"weekly times weeks", "10 hours a week for 4 weeks", "40-40", "10-10", "28-28"},
	{"weekly cap", "no more than 25 hours a week", "-", "0-25", "-"},
	{"weekly cap with duration", "no more than 25 hours a week for 2 weeks", "0-50", "0-25", "14-14"},
	{"hours per week range", "Available to work part-time (15-20 hours/week)", "-", "15-20", "-"},
	{"hours per week words", "10 to 15 hours per week", "-", "10-15", "-"},
	{"floor and cap", "at least 13 hours per week, max 20 hours per week", "-", "13-20", "-"},
	{"hrs a week", "Current workload is between 10 and 15 hrs a week", "-", "15-15", "-"},
	{"minimum weekly", "Commit to a schedule and a minimum of 15 hours per week", "-", "15-15", "-"},
	{"weekly with month duration", "20 hours per week over 3 months", "257.14-257.14", "20-20", "90-90"},
	{"hours a day", "4 hours a day", "-", "20-20", "-"},
	{"hours per month", "20 hours per month", "-", "4.62-4.62", "-"},
	{"workweek", "This range assumes a 40-hour workweek and includes up to 10 hours of pre-approved weekly overtime", "-", "40-40", "-"},
	{"hour project", "a 10-hour project", "10-10", "-", "-"},
	{"for 6 months", "Availability to work full-time for 6 months.", "-", "-", "180-180"},
	{"month commitment", "with the option for preferably a 4 to 8-month commitment", "-", "-", "120-240"},
	{"week internship", "a 6-week internship", "-", "-", "42-42"},
	{"week project", "This is a 3 week project.", "-", "-", "21-21"},
	{"lasting", "an engagement lasting two weeks", "-", "-", "14-14"},
	{"completed within", "to be completed within 3 weeks", "-", "-", "21-21"},
	{"over weeks", "over 5 weeks", "-", "-", "35-35"},
	{"days project", "a 10 day project", "-", "-", "10-10"},
	{"words weeks", "for three weeks", "-", "-", "21-21"},
	{"a month cue", "for a month", "-", "-", "30-30"},
	{"twelve week program", "our 12-week program", "-", "-", "84-84"},
	{"summer internship months", "3 month summer internship", "-", "-", "90-90"},
	{"contract of months", "6-month contract", "-", "-", "180-180"},
	{"micro fee with hours", "$300 for about 15 hours", "15-15", "-", "-"},
	// traps
	{"parental leave", "Paid parental leave is provided after 6 months.", "-", "-", "-"},
	{"leave for parents", "Up to 12 weeks for parents.", "-", "-", "-"},
	{"course length", "complete their novel in just 3 months.", "-", "-", "-"},
	{"experience years", "3+ years of experience", "-", "-", "-"},
	{"experience months", "6 months of experience in sales", "-", "-", "-"},
	{"delayed hours", "Jobs displayed are delayed by 24 hours", "-", "-", "-"},
	{"reply within hours", "We reply within 48 hours.", "-", "-", "-"},
	{"benefits after days", "full benefits after 90 days", "-", "-", "-"},
	{"days a week", "in-person 5 days a week in SF", "-", "-", "-"},
	{"pto weeks", "3 weeks paid time off per year", "-", "-", "-"},
	{"notice", "2 weeks notice", "-", "-", "-"},
	{"a month pay", "$500 a month", "-", "-", "-"},
	{"an hour pay", "$20 an hour", "-", "-", "-"},
	{"24/7", "Support 24 hours a day", "-", "120-120", "-"},
	{"shift hours", "8 hour shift", "-", "-", "-"},
	{"program hours", "program hours are from 7:00 am – 12:00 midnight, seven days a week", "-", "-", "-"},
	{"every weeks", "meet every 2 weeks", "-", "-", "-"},
	{"last months", "in the last 6 months", "-", "-", "-"},
	{"years duration not", "a 2 year degree", "-", "-", "-"},
	{"year contract", "a 1 year contract", "-", "-", "365-365"},
	// smarterdx (greenhouse/jobs_smarterdx.json)
	{"smarterdx weekly cap", "SmarterDx is seeking a part-time Client Support Analyst (no more than 25 hours a week, 5PM - 9PM ET) who thrives", "-", "0-25", "-"},
	{"smarterdx leave", "Generous paid leave to support families through birth or adoption: Up to 12 weeks for parents.", "-", "-", "-"},
	// reedsy (ashby/jobboard_reedsy.json)
	{"reedsy part-time", "Available to work part-time (15-20 hours/week) - Based in the US", "-", "15-20", "-"},
	{"reedsy full-time 6 months", "Availability to work every other weekend and full-time for 6 months", "-", "-", "180-180"},
	// remotive notice (remotive/remote-jobs_ikevinxie.json)
	{"remotive delay", "Jobs displayed are delayed by 24 hours, the goal being that jobs are attributed to Remotive", "-", "-", "-"},
	// emscad (redflags/emscad_sample.csv)
	{"emscad shorter than months", "Duration: no longer than 4 months. Time commitment: flexible, at least 13 hours per week, max 20 hours per week", "0-342.86", "13-20", "0-120"},
	// demo boards (internal/demo/boards): hyphenated weeks before a paid
	// program, and the duration the hours are spread over.
	{"hyphen weeks paid fellowship", "A 10-week paid summer fellowship building tools with city governments. 30 hours a week, $28/hour.", "300-300", "30-30", "70-70"},
	{"hyphen weeks paid summer internship", "A 12-week paid summer internship on our web platform team.", "-", "-", "84-84"},
	{"hyphen weeks unpaid research internship", "an 8-week unpaid research internship", "-", "-", "56-56"},
	{"hours over weeks", "About 20 hours over 4 weeks; $500 for the project.", "20-20", "-", "28-28"},
	{"hours within weeks", "Approximately 30 hours within 5 weeks. $900 flat.", "30-30", "-", "35-35"},
	{"hours in weeks", "About 10 hours in 2 weeks. Fixed price: $250.", "10-10", "-", "14-14"},
	{"hours within days", "About 12 hours within 10 days. $240 flat.", "12-12", "-", "10-10"},
	{"hours across weeks", "Estimated 25 hours across 3 weeks; $875 flat fee.", "25-25", "-", "21-21"},
	{"effort duration beats months of data", "Analyze six months of AWS billing data, find the biggest savings. About 20 hours over 3 weeks.", "20-20", "-", "21-21"},
	{"effort duration beats year model", "Build a three-year revenue model in Excel. About 10 hours in 2 weeks.", "10-10", "-", "14-14"},
	{"effort duration beats earlier for", "Open for 2 months of applications. 15 hours over 3 weeks.", "15-15", "-", "21-21"},
	// traps
	{"months of data", "Analyze six months of AWS billing data.", "-", "-", "-"},
	{"months of purchase history", "We keep 18 months of customer purchase history.", "-", "-", "-"},
	{"years of hands-on experience", "2 years of hands-on Python experience", "-", "-", "-"},
	{"weeks paid parental leave", "Up to 12 weeks paid parental leave.", "-", "-", "-"},
	{"reply within days", "We reply within 2 days.", "-", "-", "-"},
	{"in weeks without hours", "Hear back in 2 weeks.", "-", "-", "-"},
}

func TestParseEffort(t *testing.T) {
	for _, tc := range effortCases {
		t.Run(tc.name, func(t *testing.T) {
			e := ParseEffort(tc.text)
			if got := rangeString(e.Hours); got != tc.hours {
				t.Errorf("hours = %s, want %s", got, tc.hours)
			}
			if got := rangeString(e.Weekly); got != tc.weekly {
				t.Errorf("weekly = %s, want %s", got, tc.weekly)
			}
			if got := rangeString(e.DurationDays); got != tc.days {
				t.Errorf("days = %s, want %s", got, tc.days)
			}
		})
	}
}

var deadlineNow = time.Date(2026, 5, 10, 12, 0, 0, 0, time.UTC)

var deadlineCases = []struct{ name, text, want string }{
	{"due by month day", "Deliverables due by June 30.", "2026-06-30"},
	{"apply by", "Apply by July 15, 2026", "2026-07-15"},
	{"apply by passed rolls over", "Apply by March 1", "2027-03-01"},
	{"today stays", "Apply by May 10", "2026-05-10"},
	{"deadline colon", "Deadline: 2026-08-01", "2026-08-01"},
	{"day month", "Applications close 30 June 2026", "2026-06-30"},
	{"ordinal", "Application deadline is June 5th", "2026-06-05"},
	{"abbrev", "Apply before Sept. 3", "2026-09-03"},
	{"us numeric", "Applications due 7/15/2026", "2026-07-15"},
	{"us numeric no year", "Submit your application by 6/1", "2026-06-01"},
	{"weekday", "Deadline: Friday, June 12", "2026-06-12"},
	{"closing date", "Closing date: 15 July", "2026-07-15"},
	{"invalid date", "Apply by February 30", "-"},
	{"no cue", "Founded on June 30, 2010", "-"},
	{"due to", "Due to high demand we reply late.", "-"},
	{"no date", "Apply by sending your CV", "-"},
	{"two digit year", "Deadline 12/31/26", "2026-12-31"},
	{"of month", "Apply by the 20th of June", "2026-06-20"},
}

func TestParseDeadline(t *testing.T) {
	for _, tc := range deadlineCases {
		t.Run(tc.name, func(t *testing.T) {
			got := "-"
			if d := ParseDeadline(tc.text, deadlineNow); d != nil {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

var remoteCases = []struct {
	name, hint, loc, text string
	want                  model.Remote
	regions               string
}{
	// greenhouse/jobs_smarterdx.json, jobs_honeycomb.json, jobs_helsing.json
	{"gh remote us parens", "", "Remote (United States)", "", model.RemoteRemote, "US"},
	{"gh remote dash", "", "Remote - United States", "", model.RemoteRemote, "US"},
	{"gh multi city", "", "Berlin; London; Munich; Paris", "", model.RemoteUnknown, ""},
	{"gh munich", "", "Munich", "", model.RemoteUnknown, ""},
	// ashby fixtures
	{"ashby canada remote", "", "Canada (Remote)", "", model.RemoteRemote, "CA"},
	{"ashby uk remote", "", "UK (Remote)", "", model.RemoteRemote, "GB"},
	{"ashby usa remote", "", "USA (Remote)", "", model.RemoteRemote, "US"},
	{"ashby nigeria", "", "Nigeria (Remote)", "", model.RemoteRemote, "NG"},
	{"ashby hong kong", "", "Hong Kong (Remote)", "", model.RemoteRemote, "HK"},
	{"ashby anywhere in france", "", "Anywhere in France", "", model.RemoteRemote, "FR"},
	{"ashby anywhere in three", "", "Anywhere in France, Belgium, Spain", "", model.RemoteRemote, "FR,BE,ES"},
	{"ashby remote bare", "", "Remote", "", model.RemoteRemote, ""},
	{"ashby hint remote", "Remote", "Remote", "", model.RemoteRemote, ""},
	{"ashby hint onsite", "OnSite", "San Francisco Office", "", model.RemoteOnsite, ""},
	{"ashby hint hybrid", "Hybrid", "Paris, France", "", model.RemoteHybrid, "FR"},
	{"ashby isRemote false", "false", "Boston, MA", "", model.RemoteOnsite, ""},
	{"openevidence in-person body", "", "San Francisco", "All full-time roles on our engineering team are in-person 5 days a week in SF or Miami.", model.RemoteOnsite, ""},
	// lever fixtures
	{"lever bangalore remote", "remote", "Bangalore, India - Remote", "", model.RemoteRemote, "IN"},
	{"lever singapore", "", "Singapore, Singapore - Remote", "", model.RemoteRemote, "SG"},
	{"lever hybrid hint", "hybrid", "London, United Kingdom", "", model.RemoteHybrid, "GB"},
	{"lever palo alto", "", "Palo Alto, CA", "", model.RemoteUnknown, ""},
	// remotive
	{"remotive cst", "", "USA, CST (UTC-6)", "", model.RemoteUnknown, ""},
	{"remotive cst with hint", "remote", "USA, CST (UTC-6)", "", model.RemoteRemote, "US"},
	{"remotive worldwide", "", "Worldwide", "", model.RemoteRemote, "worldwide"},
	{"remotive canada hint", "remote", "Canada", "", model.RemoteRemote, "CA"},
	// jobicy jobGeo
	{"jobicy multi", "remote", "EMEA, LATAM, Canada, USA", "", model.RemoteRemote, "EMEA,LATAM,CA,US"},
	{"jobicy anywhere", "", "Anywhere", "", model.RemoteRemote, "worldwide"},
	{"jobicy uk", "remote", "UK", "", model.RemoteRemote, "GB"},
	// workingnomads (other_boards)
	{"nomads global", "", "Global", "", model.RemoteRemote, "worldwide"},
	{"nomads japan remote", "", "Japan - Remote", "", model.RemoteRemote, "JP"},
	// recruitee/offers_aikido.json
	{"aikido remote job", "", "Remote job", "", model.RemoteRemote, ""},
	{"aikido onsite body", "", "Chicago, Illinois, United States", "Must be comfortable being on-site 5 days a week in our River North office.", model.RemoteOnsite, ""},
	// workable telecommuting
	{"workable telecommuting", "true", "London, England, United Kingdom", "", model.RemoteRemote, "GB"},
	// body overrides
	{"onsite beats remote bucket", "", "Remote", "This role is on-site in Austin.", model.RemoteOnsite, ""},
	{"office days beats remote", "", "Remote - US", "You must work from our NYC office 5 days a week.", model.RemoteOnsite, ""},
	{"weak onsite does not beat", "", "Remote - US", "We meet on-site twice a year.", model.RemoteRemote, "US"},
	{"hybrid location", "", "Hybrid - London", "", model.RemoteHybrid, "GB"},
	{"remote eu", "", "Remote (EU)", "", model.RemoteRemote, "EU"},
	{"remote us short", "", "Remote - US", "", model.RemoteRemote, "US"},
	{"remote europe", "", "Remote Europe", "", model.RemoteRemote, "EU"},
	{"remote latam", "", "Remote, Latin America", "", model.RemoteRemote, "LATAM"},
	{"remote apac", "", "Remote - APAC", "", model.RemoteRemote, "APAC"},
	{"remote americas", "", "Remote (Americas)", "", model.RemoteRemote, "Americas"},
	{"remote north america", "", "Remote - North America", "", model.RemoteRemote, "US,CA"}, // settled with the outside tables (region_requirements_test.go)
	{"remote germany", "", "Remote, Germany", "", model.RemoteRemote, "DE"},
	{"remote india", "", "Remote - India", "", model.RemoteRemote, "IN"},
	{"remote us state", "", "Remote - Austin, TX", "", model.RemoteRemote, "US"},
	{"wfh", "", "Work From Home", "", model.RemoteRemote, ""},
	{"on-site location", "", "On-site - Berlin", "", model.RemoteOnsite, ""},
	{"body remote us", "", "", "This role is fully remote. Work from anywhere in the U.S.", model.RemoteRemote, "US"},
	{"body remote europe based", "", "", "This is a remote position. Europe-based applicants only.", model.RemoteRemote, "EU"},
	{"body hybrid", "", "", "This position will work in the office in a hybrid capacity.", model.RemoteHybrid, ""},
	{"body nothing", "", "", "We build tools for teams.", model.RemoteUnknown, ""},
	{"reedsy anywhere europe", "", "", "This is a remote role. We welcome applicants based anywhere in Europe.", model.RemoteRemote, "EU"},
	{"smarterdx us-based", "", "Remote (United States)", "100% US-based remote", model.RemoteRemote, "US"},
	{"hint telecommute", "TELECOMMUTE", "", "", model.RemoteRemote, ""},
	// demo boards (internal/demo/boards): a city location and an office the
	// work is done in.
	{"city with our office", "", "New York, NY", "Support our operations team in our New York office. Other duties as assigned.", model.RemoteOnsite, ""},
	{"city based at the office", "", "Berlin", "You will be based at the Berlin office.", model.RemoteOnsite, ""},
	{"city with boilerplate remote projects", "", "New York, NY", "We hire students for short, paid, remote projects. Join us in our New York office.", model.RemoteOnsite, ""},
	{"city office visits not onsite", "", "Austin, TX", "We meet in our Austin office twice a year.", model.RemoteUnknown, ""},
	{"city office perk not onsite", "", "San Francisco Office", "Late night rides from the office.", model.RemoteUnknown, ""},
	{"city with company offices not onsite", "", "United States", "Our 300 people work in our offices across Europe and the US.", model.RemoteUnknown, ""},
	{"office without a place not onsite", "", "", "Support our team in our New York office.", model.RemoteUnknown, ""},
	{"remote body beats office", "", "New York, NY", "This role is fully remote; work from our New York office if you like.", model.RemoteRemote, "US"},
	{"hybrid body beats office", "", "Boston, MA", "Two days a week in our Boston office, a hybrid schedule.", model.RemoteHybrid, "US"},
}

func TestParseRemote(t *testing.T) {
	for _, tc := range remoteCases {
		t.Run(tc.name, func(t *testing.T) {
			var locs []string
			if tc.loc != "" {
				locs = []string{tc.loc}
			}
			got := ParseRemote(tc.hint, locs, tc.text)
			if got.Remote != tc.want {
				t.Errorf("remote = %s (%s), want %s", got.Remote, got.Evidence, tc.want)
			}
			if r := strings.Join(got.Regions, ","); r != tc.regions {
				t.Errorf("regions = %q, want %q", r, tc.regions)
			}
			if got.Remote != model.RemoteUnknown && got.Evidence == "" {
				t.Error("no evidence")
			}
		})
	}
}

var typeCases = []struct {
	name, et, title, text string
	want                  model.JobType
}{
	{"ashby FullTime", "FullTime", "Software Engineer", "", model.TypeFullTime},
	{"ashby PartTime", "PartTime", "Course Instructor", "", model.TypePartTime},
	{"ashby Intern", "Intern", "Talent Acquisition Intern - Remote Europe", "", model.TypeInternship},
	{"ashby Contract", "Contract", "Linguist", "", model.TypeContract},
	{"ashby Temporary", "Temporary", "Event Staff", "", model.TypeContract},
	{"recruitee fulltime_permanent", "fulltime_permanent", "Account Executive", "", model.TypeFullTime},
	{"recruitee parttime", "parttime", "Support Agent", "", model.TypePartTime},
	{"recruitee internship", "internship", "Marketing", "", model.TypeInternship},
	{"recruitee freelance", "freelance", "Designer", "", model.TypeContract},
	{"jsonld CONTRACTOR", "CONTRACTOR", "Writer", "", model.TypeContract},
	{"jsonld INTERN", "INTERN", "Analyst", "", model.TypeInternship},
	{"jsonld VOLUNTEER", "VOLUNTEER", "Mentor", "", model.TypeVolunteer},
	{"jsonld list", "FULL_TIME, PART_TIME", "Engineer", "", model.TypeFullTime},
	{"lever Short Term", "Short Term", "Data Entry", "", model.TypeContract},
	{"lever Full-time", "Full-time", "Engineer", "", model.TypeFullTime},
	{"lever Contract", "Contract", "Salesforce Consultant", "", model.TypeContract},
	{"remotive full_time", "full_time", "Engineer", "", model.TypeFullTime},
	{"remotive contract", "contract", "Engineer", "", model.TypeContract},
	{"remotive freelance", "freelance", "Illustrator", "", model.TypeContract},
	{"remotive internship", "internship", "Research", "", model.TypeInternship},
	{"himalayas Full Time", "Full Time", "Engineer", "", model.TypeFullTime},
	{"himalayas Contractor", "Contractor", "Physics Expert", "", model.TypeContract},
	{"smartrecruiters permanent", "permanent", "Engineer", "", model.TypeFullTime},
	{"smartrecruiters intern", "intern", "Engineer", "", model.TypeInternship},
	{"personio working_student", "working_student", "Werkstudent Marketing", "", model.TypeInternship},
	{"intern title beats full-time", "Full-time", "Software Engineering Intern", "", model.TypeInternship},
	{"micro-internship title", "", "Micro-Internship: Market Research", "", model.TypeMicroInternship},
	{"micro internship body", "Contract", "Market Research", "This micro-internship takes 20 hours.", model.TypeMicroInternship},
	{"volunteer title", "", "Volunteer Tutor", "", model.TypeVolunteer},
	{"freelance title", "", "Freelance Copywriter", "", model.TypeContract},
	{"part-time title", "", "Part-Time Customer Support", "", model.TypePartTime},
	{"project title", "", "Short project: logo design", "", model.TypeProject},
	{"project manager is not a project", "", "Project Manager", "", model.TypeUnknown},
	{"body internship", "", "Marketing Assistant", "This is a paid internship for students.", model.TypeInternship},
	{"body project", "", "Logo design", "A fixed price, project-based engagement.", model.TypeProject},
	{"body contract", "", "Developer", "This is a contract role for 3 months.", model.TypeContract},
	{"body volunteer", "", "Mentor", "This is a volunteer position.", model.TypeVolunteer},
	{"body part-time", "", "Support", "This is a part-time role.", model.TypePartTime},
	{"unknown", "", "Engineer", "Build things.", model.TypeUnknown},
	{"trainee", "", "Trainee Data Analyst", "", model.TypeInternship},
	{"co-op", "", "Co-op Student, Software", "", model.TypeInternship},
	{"stage fr", "", "Stage - Business Developer", "", model.TypeInternship},
	{"international not intern", "", "International Sales Manager", "", model.TypeUnknown},
	{"internal not intern", "", "Internal Auditor", "", model.TypeUnknown},
	// demo boards (internal/demo/boards): a title that names the work a
	// project; a fellowship is an internship.
	{"project title noun", "", "Data Labeling Project", "", model.TypeProject},
	{"project title bracket", "", "Curriculum Writing Project (Algebra)", "", model.TypeProject},
	{"micro-project title", "", "Market Research Micro-Project", "", model.TypeProject},
	{"micro-project title bracket", "", "Translation Micro-Project (Vietnamese)", "", model.TypeProject},
	{"project colon title", "", "Project: Logo Design", "", model.TypeProject},
	{"source type beats project title", "Full-time", "Open Data Cleanup Project", "", model.TypeFullTime},
	{"micro-internship beats project title", "", "Micro-Internship: Data Cleanup Project", "", model.TypeMicroInternship},
	{"fellowship title", "", "Civic Tech Summer Fellowship", "", model.TypeInternship},
	{"fellowship title bracket", "Full-time", "Fellowship (Data Science)", "", model.TypeInternship},
	{"fellowship body", "", "Civic Tech", "A 10-week paid summer fellowship building tools.", model.TypeInternship},
	{"project coordinator not a project", "", "Project Coordinator", "", model.TypeUnknown},
	{"project manager remote not a project", "", "Senior Project Manager - Remote", "", model.TypeUnknown},
	{"project/program manager not a project", "", "Project/Program Manager", "", model.TypeUnknown},
	{"head of projects not a project", "", "Head of Special Projects", "", model.TypeUnknown},
	{"fellowship program manager not an internship", "", "Fellowship Program Manager", "", model.TypeUnknown},
	{"research fellow not an internship", "", "Research Fellow", "", model.TypeUnknown},
}

func TestParseType(t *testing.T) {
	for _, tc := range typeCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := ParseType(tc.et, tc.title, tc.text); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
