// Package normalize turns a source's Posting into a normalized Listing:
// sanitized HTML, plain text, pay, hours, duration, deadline, remote,
// type, skills and a fingerprint. Everything here is a pure function of its
// arguments: no I/O, no logging, no global state but read-only tables.
//
// Where the readers live, by what they read (each file's header says
// which wording it holds; its table tests are the _test.go file it names
// or of the same name):
//
//   - Pay: pay.go (ParsePay, bestPay), money.go and money_markers.go (the
//     money scanner), barepay.go (amounts with no currency), openrange.go;
//     pay_field_currency.go (a pay field's currency from the place or
//     Chinese pay words), pay_word_currency.go (pay words before a written
//     currency, ringgit, B2B contracts), pay_local_marks.go ("kr", "NRs",
//     "KSh"; perks, rewards, billed rates), pay_italian_spanish.go
//     (Romance-language periods, RAL, ranges in words, benefits),
//     pay_slavic_range.go ("od … do" ranges, perk budgets),
//     pay_not_for_work.go (a managed budget, signing and housing sums,
//     allowances: money that is not pay for the work),
//     pay_lakh_crore.go (crore, lakh, taka, "kEUR", "pw"/"pm"), pay_cjk.go
//     (Japanese, Korean and Chinese amounts and labels, tenge, hryvnia and
//     roubles written out, currency-word fields), pay_place_period.go
//     (rupees and periods by the listing's place, CTC, leva, a shared
//     multiplier), pay_rupiah.go (Rp, juta and ribu, Indonesian periods),
//     pay_rouble.go (thousands written after a range's second figure),
//     pay_euro_word.go ("euro" written out), pay_glued_code.go ("AED19,000"),
//     pay_code_parenthesized.go ("4.000 (EUR)"), pay_currency_names_after.go
//     ("200000 naira"), pay_million_amounts.go ("₦1.5M / month"; no
//     "AED 9,000,000"), pay_reference_numbers.go ("Ref 42 AED 10,000"),
//     pay_range_ends.go (a range's stray second end),
//     pay_currency_marks_more.go (marks the money scanner does not read:
//     R, kr and ":-", Ft, lei, TL, đ, ฿, ש"ח, E£, S/ ...; local thousands
//     such as "mil" and "tys."; local periods after an amount),
//     pay_chinese_labels.go (月薪/年薪 labels, 萬, 元 in Taiwan),
//     pay_vietnamese_short.go ("tr" for a million dong, VNĐ),
//     pay_salary_words_nl_hr.go (Dutch and Croatian/Serbian pay words),
//     pay_field_code_after.go (a lower-case code or "евро" after the amount),
//     pay_country_labels.go (ranges labelled by country),
//     pay_labels_world.go (pay labels before an amount and perk words that
//     turn one away, in about 25 languages), pay_periods_world.go (periods
//     after an amount in those languages: "mesačne", "το μήνα", "/kk"),
//     pay_range_words_world.go (range starts in words: "de X à Y",
//     "între X și Y", "X TL ile Y TL arası"), pay_french_period_lead.go
//     (French agency lines "Annuel de X à Y Euros", and a range whose ends
//     both carry the currency replacing its start alone),
//     pay_mixed_currency_range.go ("USD 80,000 - NGN 120,000" is no range),
//     barepay_period_note.go ("27.40 p/hr excl. super"),
//     pay_chinese_label_qualifiers.go ("薪资范围："), pay_dollar_place_sentence.go
//     (a "$" whose sentence names a Canadian or Australian place),
//     pay_money_only.go (a description that is only an amount),
//     pay_pounds_weight.go ("lift 50 pounds" is a weight), pay_spanish_bare.go
//     (Spanish and Portuguese salary labels with no currency),
//     pay_boliviano_mark.go ("Bs"), pay_span_range.go ("$230,000 $300,000
//     USD" in a pay field), pay_label_k_range.go ("Salary 120k to 180k"),
//     pay_labelled_crore.go ("Salary package: 1cr - 1.5cr"),
//     pay_vietnam_places.go (Hà Nội and other spellings place the pay).
//   - Work mode (remote, hybrid, on-site): remote.go (ParseRemote; Normalize then
//     runs reviseScopes, reviseUSScope, reviseExclusions and
//     reviseLanguageModes, from the files below), remote_contradicted.go (a
//     remote listing its description calls hybrid or office-bound),
//     onsite_cues.go, remote_foreign_fields.go, remote_polish_german.go,
//     remote_some_days.go, remote_office_days.go, remote_title_denial.go
//     (title notes and denials), remote_scopes.go (graded home office,
//     region scopes), remote_us_scope.go, remote_cyrillic_excluded.go
//     (Cyrillic modes, excluded and preferred places), remote_languages.go
//     (Japanese, Korean, Chinese, Arabic and other languages' modes),
//     remote_cjk_location.go (远程 as a location item),
//     remote_words_world.go (work-mode words and their denials in fourteen
//     more languages, read in descriptions and location fields),
//     workmode_title_tokens.go (WFO, a trailing "Onsite", home work after a
//     full stop in titles), remote_spanish_catalan.go,
//     remote_russian_hybrid.go, remote_chinese_traditional.go,
//     remote_french_distance.go ("à distance"), remote_office_month.go
//     (office days a month), remote_joined_modes.go ("Onsite / Hybrid"),
//     remote_body_modes_more.go (remote_li_hashtags.go "#LI-Remote",
//     remote_based_remotely.go, remote_spanish_office_work.go),
//     tag_strip_lines.go (a plain description's "Remote   IT   full time"),
//     remote_spanish_partial.go ("remoto parcial", "parcialmente remoto"),
//     remote_or_places.go ("Acme | Remote or Boston, Austin"),
//     remote_header_dash.go ("Data Engineer – remote" heading a post),
//     remote_work_anywhere.go ("Small team, work anywhere"),
//     remote_office_day_monthly.go (one office day a month stays remote),
//     remote_words_world_more.go (Finnish, Bulgarian and Russian forms),
//     workmode_field_words_more.go and workmode_labels_more.go (whole
//     workplace values and workplace labels in about 30 languages), read
//     with label_lines_more.go (colon-led label lines, type labels too);
//     remote_romance_tech_words.go ("acesso remoto", "nuvem híbrida": technology,
//     not the mode), remote_possible_hint_whole.go (a "Homeoffice möglich"
//     field beside fully remote text), remote_field_mode_words.go (whole
//     work-mode values of a workplace or type field: "Ofis", 혼합근무).
//   - Regions: regions.go, regions_text.go, regions_extra.go and
//     region_tokens.go (place names, codes and notes),
//     region_requirements.go (residence and work-authorization
//     requirements), regions_based_anywhere.go, regions_scope_clauses.go,
//     regions_brazil.go, regions_world_hebrew.go, regions_indonesia.go,
//     region_scope_tokens_more.go (NAMER, "amer"), region_timezone_scope.go
//     ("hours in CET"), region_section_heading.go ("Locations\nSpain"),
//     region_note_offsets.go ("Remote (North America, GMT-8–GMT-5)"),
//     region_remote_world.go ("REMOTE (World)"), regions_asia_cities.go
//     ("Seoul", "Hsinchu, TW"), region_town_state.go ("China Grove, NC"),
//     region_town_code.go ("Tel Aviv, IL", "Perth, WA": a code read in the
//     frame of the town's country, from region_world_cities.go's towns),
//     region_requirement_lists.go ("authorized to work in one of the
//     following countries: ..."), region_header_pipe.go ("Acme | REMOTE
//     US"), region_title_scope_global.go ("(Europe only)" over "Global"),
//     regions_endonyms.go (Česko, Slovensko, Ελλάδα: countries in their own
//     languages), region_text_scope_only.go ("Remote (US) only." in a
//     description over a worldwide location), region_place_or_remote.go
//     ("Naperville, IL or Remote"), region_code_words.go ("Work IN progress"
//     names no country), region_ats_joined.go ("Espoo, FI | Berlin, DE",
//     "Amsterdam, NH, NL", unaccented towns), region_remote_town_code.go
//     ("Remote - Nagpur, IN"); remote_mode_mix.go
//     ("Onsite + part remote"; a sentence saying the role is on site);
//     remote_scopes.go,
//     remote_us_scope.go and remote_cyrillic_excluded.go revise regions too.
//   - Employment type: jobtype.go (ParseType, MapEmploymentType),
//     type_title_cues.go, type_lines.go, type_title_words.go,
//     type_title_contract.go, type_slavic.go, type_vietnamese_arabic.go,
//     type_workload.go (workload percentages and schedule words),
//     type_apprentice.go, type_spanish.go, type_intern_engagement.go,
//     type_field_terms.go (German, Nordic and Brazilian terms in a type
//     field), type_title_regimes.go (CLT, PJ, freela in titles and text),
//     type_terms_world.go (type-field words in about 25 languages),
//     type_labels_world.go (type labels written out in descriptions),
//     type_apprenticeship_de.go (Ausbildung, Duales Studium, Azubi),
//     type_hospital_codes.go ("PTT(J1225-0381)"), type_apprentice_romance.go
//     (Apprendista, Aprendiz, Apprenti(e), en alternance),
//     type_field_words_more.go and type_labels_more.go (type words and
//     labels from a 35-language audit), type_line_duration.go
//     ("Internship for 6 months"), type_lines_cyrillic.go ("Полная
//     занятость." on a line of its own), type_title_b2b.go (B2B as a
//     contract form in a title), type_title_cjk.go (프리랜서, 계약직,
//     实习 in titles), type_france_travail_codes.go (MIS, SAI, LIB, DIN),
//     type_seniority_level.go ("Seniority level: Internship"),
//     type_thesis_title.go (Masterarbeit, thesis titles), type_per_diem_body.go
//     and type_permanent_body.go (per diem work, "permanent ... position" in
//     a description), type_arabic_body.go (عقد لمدة), type_field_codes_world.go
//     (Nepali, Greek and Vietnamese type values, "0.25 normă", Recruitee
//     codes), type_title_study_agency.go (alternance, contrat pro, PFE,
//     Leiharbeit, Werkstudierende, industrial attachments; "Series B stage"
//     is no internship).
//   - Effort and dates: hours.go (hours and duration), effort_checks.go,
//     deadline.go. Then skills*.go, text.go, textfast.go and text_plain.go
//     (HTML to text), fingerprint.go (dedup keys, SimHash).
//
// Much of their wording came from comparing our answers with tables built
// from other public job tools' own unit tests (salary parsers, remote and
// region classifiers, job-type normalizers), scored by
// TestAgreementOutside (agreement_test.go); the cases that pin it are
// written in our own words.
//
// The rest make the readers cheap without changing an answer: guard_*.go,
// keyscan.go, pairs.go, key_windowed.go, fastre.go, keyre.go,
// anchored_key_scan.go and guard_not_after.go let a regexp skip text that
// cannot match, window_each.go stops a window search once its caller is
// done; unit_quick.go, effort_words.go,
// simhash_shingles.go and simhash_fused.go (SimHash in one pass),
// byte_sets.go (anyScan: IndexAny's answers from IndexByte), fold_pairs.go
// (a folded copy and its byte pairs in one pass) and contains_fold_scan.go
// are hand-written paths for hot spots. Each is pinned
// by a test, most also by a fuzz target, to the plain regexp or code it
// stands for.
package normalize

import (
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Options tune normalization.
type Options struct {
	// USDRates converts a currency to US dollars (1 unit = rate USD), from
	// the config's dated table. USD is always 1; a currency without a rate
	// gets no HourlyUSD.
	USDRates map[string]float64
	// Now is the time a listing is seen; zero means time.Now(). Year-less
	// deadlines resolve to their next occurrence from Now.
	Now time.Time
}

// Project-based and micro-internship bounds: a duration of about three
// months, or a stated total of 500 hours, at most makes the work a bounded
// project; an internship of at most 60 total hours or six weeks is a
// micro-internship.
const (
	projectMaxDays  = 92
	projectMaxHours = 500
	microMaxHours   = 60
	microMaxDays    = 42
)

// titleWhere finds a work-place note in a title: "AI Engineer - Remote Europe".
var titleWhere = regexp.MustCompile(`(?i)(?:[-–—|,(\[]\s*|\b)(?:fully\s+)?(?:remote|hybrid)\b(?:\s*[-–(:,/]?\s*[\p{L} ]{0,30}(?:\s*[/&]\s*[\p{L} ]{1,30}){0,3})?[)\]]?\s*(?:[|]|$)`)

// titleLeadRemote is a title that opens with "Remote" before the role,
// however long the role is; also in Spanish, Portuguese, French and
// Italian ("Remoto Analista de Datos", "Teletrabalho Brasil").
var titleLeadRemote = regexp.MustCompile(`(?i)^\s*(?:fully\s+|100%\s+)?(?:remote|remot[oa]|teletrabajo|teletrabalho|t[ée]l[ée]travail|telelavoro)\s+\p{L}`)

// titleSegment splits a title at its brackets and separators: "Solutions
// Engineer, EMEA (Remote)" has the segments "Solutions Engineer", "EMEA"
// and "Remote".
var titleSegment = regexp.MustCompile(`\s*(?:[,|()\[\]:–—]|\s-\s)\s*`)

// remoteCompound is "remote" naming a technology or a kind of care, not
// the place of work: "Remote Sensing Analyst", "remote-controlled".
var remoteCompound = newCueRegexp(`(?i)\bremote[- ](?:sens\w*|control\w*|procedure[- ]calls?|camps?|patient|monitor\w*|access|desktop|pilot\w*|operat\w+ (?:center|centre|vehicle)|diagnostic\w*|learning centers?|areas?|communit(?:y|ies))\b|\bhybrid[- ](?:cloud|it|infrastructure|multi-?cloud|apps?|mobile|work ?loads?|networks?|integration)\b`)

// hintSeparators are the separators hintRemote drops from a structured
// remote hint ("fully-remote", "in_office"), built once: a replacer's
// tables cost more than the few bytes it replaces.
var hintSeparators = strings.NewReplacer("-", "", "_", "", " ", "")

// titleRegions returns the title's segments that name only places
// ("EMEA", "US Remote", "UK/France"): with a remote note in the title they
// say where the remote work may be done.
func titleRegions(title string) []string {
	var out []string
	for _, seg := range splitTitle(title) {
		seg = strings.TrimSpace(seg)
		if seg == "" || len(strings.Fields(seg)) > 3 || itTradeSegment(seg) || itStaffSegment(seg) { // "Nhân viên IT" (region_title_it_staff.go)
			continue
		}
		if len(regionList(seg)) > 0 {
			out = append(out, seg)
		}
	}
	return out
}

// Normalize builds the Listing of p. It does not assess red flags and never
// panics; unparsable values are left unknown.
func Normalize(p *model.Posting, opts Options) *model.Listing {
	now := opts.Now
	if now.IsZero() {
		now = time.Now().UTC()
	}
	l := baseListing(p, now)
	effort := listingEffort(p, l)
	l.Hours, l.DurationDays = effort.Hours, effort.DurationDays

	l.Deadline = p.Deadline
	if l.Deadline == nil {
		l.Deadline = ParseDeadline(l.Text, now)
	}
	locs := slashTownEntries(l.Locations) // "Reno, NV / Boise, ID" is two entries (region_entry_notes_offices.go)
	nLocs := len(locs)
	tail := titleTailMode(l.Title) // the title's last part as a short value (workmode_short_values.go)
	if m := spanishTitleTailMode(l.Title); m != "" {
		locs = append(append([]string(nil), locs...), m) // "Analista Semipresencial", "Asesor desde casa" (remote_spanish_title_tail.go)
	} else if m := titleTailFirst(l.Title, tail); m != "" {
		locs = append(append([]string(nil), locs...), m) // "Analyst - Deels remote", "Analista - Remoto: Não" (workmode_short_values.go)
	} else if m := titleModeNote(l.Title); m != "" {
		locs = append(append([]string(nil), locs...), m) // "Hybrid (non-remote)", "Berater Home Office"
	} else if m := noRemoteInTitle(l.Title); m != "" {
		locs = append(append([]string(nil), locs...), m) // "Barista (not remote)": a denial, not a note
	} else if m := titleNote(l.Title); m != "" {
		locs = append(append([]string(nil), locs...), m) // "(teilweise remote)", "(praca zdalna)"
	} else if m := titleWhereIn(l.Title); m != "" && !remoteCompound.MatchString(l.Title) {
		locs = append(append([]string(nil), locs...), strings.TrimSpace(strings.TrimLeft(m, "-–—|,([ ")))
		locs = append(locs, titleRegions(l.Title)...)
	} else if titleLeadRemote.MatchString(l.Title) && !remoteCompound.MatchString(l.Title) {
		locs = append(append([]string(nil), locs...), "Remote") // "Remote Frontend Development Internship"
	} else if m := TitlePlace(l.Title); m != "" {
		locs = append(append([]string(nil), locs...), m)
	} else if m := titleHybridOrToken(l.Title); m != "" { // "Hybrid: 3 days onsite", "Dev WFO di Medan" (workmode_title_hybrid_days.go)
		locs = append(append([]string(nil), locs...), m)
	} else if m := titleLeadMark(l.Title); m != "" { // "Remote · QA Engineer", "【远程】测试工程师" (workmode_title_lead_marks.go)
		locs = append(append([]string(nil), locs...), m)
	} else if tail != "" { // "Kirjanpitäjä - Etätyö"
		locs = append(append([]string(nil), locs...), tail)
	}
	locs = titleRemoteUnderOnsite(locs, nLocs) // "Remote Engineer" at "San Francisco (on-site)" (remote_title_under_onsite_loc.go)
	locs = earlyLocs(locs)                     // "Berlin, DE, 10557", "OH - Dublin", "Newry, Ireland", "Remote_USA" (loc_early_rewrites.go)
	// "is_remote: false" is a bare "false", "Hybrid: No" no field (remote_hint_flag_value.go)
	hint := flagHintWord(p.RemoteHint)
	if hint == "" {
		hint = employmentPlace(p.EmploymentType) // "Full Time, Remote"
	}
	// a false isRemote beside a "Hybrid" work-type field (remote_false_flag_lead_job.go)
	hint = falseFlagField(hint, p.EmploymentType)
	hint, emp := tagStripFields(p, hint) // "Remote   Marketing   Junior   full time" (tag_strip_lines.go)
	// "Acme | Dev | Remote (U.S. only)", "Canada only please", "12 Remote Road" (region_board_scopes.go)
	locs = boardLocs(l.Title, hint, l.Text, locs, len(locs) > nLocs)
	fullText := l.Text
	l.Text = maskDeniedHire(l.Text) // "We are not able to hire in Spain" names no region (region_denied_hire.go)
	ri := ParseRemote(hint, locs, l.Text)
	if r, ok := studySessionRemote(l.Title, l.Text, ri); ok {
		ri = r // "Paid research study" held over Zoom (remote_hands_on_titles.go)
		ri.Regions = remoteRegions(hintLocations(hint, locs), l.Text)
	}
	// "Hyrbid work schedule", "Hybird - Leeds" (remote_hybrid_misspelt.go)
	ri = reviseMisspeltHybrid(hint, locs, l.Text, ri)
	ri = reviseScopes(hint, locs, l.Text, ri)  // graded home office, region scopes
	ri = reviseUSScope(hint, locs, l.Text, ri) // remote grants, negated residence, state codes
	// Cyrillic modes, excluded and preferred places, title scopes, US hours
	ri = reviseExclusions(hint, locs, l.Title, l.Text, ri)
	// Japanese, Korean, Arabic and other modes, denied remote fields, ATS place codes, title regions
	ri = reviseLanguageModes(hint, locs, l.Title, l.Text, ri)
	ri = reviseJoinedModes(locs, l.Text, ri)      // "(Onsite- Hybrid)" (remote_joined_modes.go)
	ri = reviseModeMix(locs, l.Text, ri)          // "Onsite + part remote" (remote_mode_mix.go)
	ri = reviseRoleOnsite(l.Text, ri)             // "You will work on-site in Pune." (remote_mode_mix.go)
	ri = reviseSCIFOnsite(l.Text, ri)             // "Work happens in a SCIF" (remote_scif_onsite.go)
	ri = reviseSpanishModes(l.Text, ri)           // "No es remoto", "semipresencial" (remote_spanish_catalan.go)
	ri = reviseRomanceNounHybrid(l.Text, ri)      // "Esquema hybrid 3x2" (remote_romance_noun_hybrid.go)
	ri = revisePortugueseDenied(l.Text, ri)       // "A vaga não é remota" (remote_portuguese_denied.go)
	ri = reviseRomanceShare(l.Text, ri)           // "50% de la jornada de teletreball" (remote_share_romance.go)
	ri = reviseTeleworkDayCount(locs, l.Text, ri) // "Télétravail 2j/semaine" (remote_telework_day_count.go)
	ri = reviseFrenchDistance(locs, l.Text, ri)   // "À distance" (remote_french_distance.go)
	ri = reviseRussianHybrid(locs, l.Text, ri)    // "Частично удаленно" (remote_russian_hybrid.go)
	ri = reviseSectionPlaces(l.Text, ri)          // "Localization\nGermany, Poland" (region_section_heading.go)
	ri = reviseHeaderPipe(l.Text, ri)             // "Acme | REMOTE US", "Acme | Europe | REMOTE" (region_header_pipe.go)
	ri = reviseHeaderPipeCode(l.Text, ri)         // "Acme | REMOTE KZ" (remote_header_pipe_code.go)
	ri = reviseRemoteJobsSentence(l.Text, ri)     // "… at Northwind. Remote Jobs. Job Location: …" (remote_jobs_sentence.go)
	ri = reviseTitleScope(l.Title, ri)            // "(Europe only)", "Remote (US) …" over "Global" (region_title_scope_global.go)
	// "acesso remoto", "nuvem híbrida": technology, not the mode (remote_romance_tech_words.go)
	ri = reviseRomanceTechModes(hint, locs, l.Text, ri)
	// a "Homeoffice möglich" field beside "100% remote" text (remote_possible_hint_whole.go)
	ri = revisePossibleHintWhole(hint, l.Text, ri)
	// "Naperville, IL or Remote": the place scopes the remote choice (region_place_or_remote.go)
	ri = revisePlaceOrRemote(locs, ri)
	ri = reviseLocationAnywhere(locs, ri)     // "Location Independent", "WFA" (remote_location_anywhere.go)
	ri = reviseHeaderRemoteNote(l.Text, ri)   // "Acme | remote, overlap with CET" (remote_location_anywhere.go)
	ri = reviseNoRemoteApplicants(l.Text, ri) // "No remote or interstate applicants." (remote_no_remote_applicants.go)
	// "Удаленная работа • Работа в офисе", "présence 3 jours par semaine" (workmode_revise_more.go)
	ri = reviseWorkModesMore(hint, locs, l.Title, l.Text, ri)
	// "3 Tage vor Ort", "Präsenz im Büro", "pas éligible au télétravail" (remote_german_french_modes.go)
	ri = reviseGermanFrenchModes(hint, locs, l.Title, l.Text, ri)
	// "keine Möglichkeit zum Homeoffice", "Homeoffice und Büro" (remote_german_home_wording.go)
	ri = reviseGermanHomeWording(hint, locs, l.Text, ri)
	ri = reviseKoreanSchedules(hint, locs, l.Text, ri)                      // "격주 재택", "주 3일 출근" (remote_korean_schedules.go)
	ri = reviseCyrillicOffice(l.Text, ri)                                   // "частично в офисе", "офисный формат" (remote_cyrillic_office.go)
	ri = reviseOfficeRuleWordings(l.Text, ri)                               // "Работа только из офиса", "Hybrid attendance is required" (remote_office_rule_wordings.go)
	ri = revisePeriodDenial(l.Text, ri)                                     // "No remote work during the probation period. Remote afterwards." (remote_probation_denial.go)
	ri = reviseSentenceScopes(hint, locs, l.Text, ri)                       // "Eligible countries: ...", "U.S. citizen required", "innerhalb Deutschlands" (region_sentence_scopes.go)
	ri = reviseTitleWide(l.Title, ri)                                       // "Account Executive (US)" at "Worldwide" (region_title_scope_wide.go)
	ri = reviseTitleLeadOnly(l.Title, ri)                                   // "US only Product Manager" (region_title_lead_only.go)
	ri = reviseAlsoHire(l.Text, ri)                                         // "Remote, Europe" and "we also hire in the US" (region_also_hire.go)
	ri = reviseHireChannelAbroad(l.Text, ri)                                // "Remote (US)" and "we hire contractors in Chile through Deel" (region_hire_channel_abroad.go)
	ri = reviseWhereFrom(locs, l.Text, ri)                                  // "people in Canada may also apply", "anywhere except Peru" (region_where_from.go)
	ri = reviseBoardScopes(locs, l.Text, ri)                                // "Remote - Nationwide", "Remote · Worldwide · Lyon" (region_board_scopes.go)
	ri = reviseWorkIsRemote(locs, l.Text, ri)                               // "Work is remote, but you must live near Tulsa." (region_thread_header.go)
	ri = reviseThreadHeader(l.Title, l.Text, ri)                            // "Acme | Denver, CO / Remote", "[Hiring] Dev, remote, $80/hr" (region_thread_header.go)
	ri = reviseForeignWhereFrom(locs, l.Text, ri)                           // "depuis n'importe où en France", "z celé ČR", "cała Polska" (region_foreign_where_from.go)
	ri = reviseForeignScopeShapes(l.Text, ri)                               // "permis de travail valide pour le Canada", "ドイツ在住" (region_foreign_scope_shapes.go)
	ri = reviseFeedPayloadModes(hint, locs, l.Title, l.Text, ri)            // "hibridno delo", "prácticas presenciales", "WFH days" (workmode_feed_payload_words.go)
	ri = reviseEuropeanModes(hint, locs, l.Text, ri)                        // "ohne Homeoffice", "standortunabhängig", "teilweise im Büro" (remote_european_modes.go)
	ri = reviseEuropeanDescriptions(l.Text, ri)                             // "remote-first, aber vor Ort", "hybrydowy model pracy" (remote_european_descriptions.go)
	ri = reviseRemoteBoardModes(locs, l.Text, ri)                           // "Denver, CO (Hybrid)" line, "EU time zone required" (remote_board_modes.go)
	ri = revisePresenceDayModes(hint, l.Text, ri)                           // "dois dias presenciais por semana" (remote_nouns_day_counts.go)
	ri = revisePtOfficeCountModes(hint, locs, l.Text, ri)                   // "2x por semana no escritório", "presencial 4x na semana" (remote_pt_office_counts.go)
	ri = titleParenRemote(l.Title, ri)                                      // "Acme (Remote US) — Engineer" (region_hiring_posts.go)
	ri = noteListMode(l.Text, ri)                                           // "5 years of Go, 18 LPA, hybrid" (region_hiring_posts.go)
	ri = postTagsMode(l.Title, l.Text, ri)                                  // "[HIRING][FULLY-REMOTE][Global]" (remote_forum_posts.go)
	ri = headerSegmentHybrid(l.Title, l.Text, ri)                           // "Acme | London | ONSITE+PART REMOTE" (remote_forum_posts.go)
	ri = employmentFieldTelework(emp, ri)                                   // "VOLLZEIT, HEIM_TELEARBEIT" (remote_employment_telework.go)
	ri = reviseRemoteBoardPlaces(locs, l.Text, ri)                          // "USA Only", "🌏", "residing only in Peru" (region_remote_board_places.go)
	ri = reviseNationalPound(locs, l.Text, ri)                              // "National*" and "£" pay: a UK civil-service post (region_national_pound.go)
	ri = revisePlaceLabelRemote(hint, locs, l.Text, ri)                     // "Einsatzort: Remote aus Deutschland" (region_country_wide_fields.go)
	ri = reviseCountryWideField(locs, ri)                                   // "Deutschlandweit (100% Remote)", "France entière" (region_country_wide_fields.go)
	ri = reviseGroupListWholeText(locs, l.Text, ri)                         // "Americas; EMEA", a description "Anywhere." (region_group_list_whole_text.go)
	ri = revisePermitList(l.Text, ri)                                       // "NY (HQ), Remote" and "you can work remotely from the US, Canada or the UK" (region_permit_list.go)
	ri = reviseHintPlaceOnly(hint, ri)                                      // a remote-hint field "Mexico only", "Chile residents only" (region_hint_only_code_slash.go)
	ri = reviseFalseFlagLeadJob(hint, locs, l.Text, ri)                     // a false flag beside "Worldwide"; "Remote Go and SQL role." (remote_false_flag_lead_job.go)
	ri = reviseFalseFlagTitleHybrid(hint, locs, l.Title, l.Text, ri)        // a false flag and "Analista — modelo híbrido" (remote_false_flag_title_hybrid.go)
	ri = reviseRoleRemotePlace(l.Text, ri)                                  // "a Rust developer remote in Portugal" (region_role_remote_place.go)
	ri = reviseRemotePlaceRole(l.Text, ri)                                  // "Remote Canada Staff Backend Developer" (region_remote_place_role.go)
	ri = reviseWorldOverPlaceLoc(locs, l.Text, ri)                          // "Lisbon, Portugal" and "remote worldwide" (region_role_remote_place.go)
	ri = reviseGroupMembersNamed(l.Text, ri)                                // "Remote - Nordics" and "engineers in Sweden or Finland" (region_group_members_named.go)
	ri = reviseOfficeSegment(locs, reviseRemoteElsewhere(locs, l.Text, ri)) // an office field and "can be done remotely in the US" (region_remote_elsewhere.go)
	ri = reviseStateHomeField(locs, ri)                                     // "RI - Work from home" (region_state_home_field.go)
	ri = reviseStateCodeSiblings(locs, ri)                                  // "Remote - NV; Remote - CA" (region_state_code_siblings.go)
	ri = reviseDescLocationLine(locs, l.Text, ri)                           // a "Location: Portugal" line (region_desc_location_line.go)
	ri = reviseRoleDemandOverWorld(l.Text, ri)                              // "We hire globally" and "this role requires … APAC time zones" (region_role_demand_world.go)
	ri = reviseWorldDemandMore(hint, locs, l.Text, ri)                      // "We hire globally. US residency is required." (region_world_demand_more.go)
	ri = reviseWorldPhrasesMore(locs, l.Text, ri)                           // "Remote - Not location specific", "Location doesn't matter to us." (region_world_phrases_more.go)
	ri = reviseWorldJobHeading(locs, l.Text, ri)                            // a first line "Worldwide opportunity" (region_world_job_heading.go)
	ri = reviseTitleRemoteHybridOption(l.Title, l.Text, ri)                 // "Remote Engineer" and "hybrid schedule available" (remote_title_hybrid_option.go)
	ri = reviseEnglishConditions(l.Text, ri)                                // "WFH up to two days a week", "temporarily remote, then on-site" (remote_english_conditions.go)
	ri = onsiteWithHomeDays(l.Text, ri)                                     // "in-person with one remote day per week" (remote_student_presence.go)
	ri = reviseRemoteOrInPerson(l.Text, ri)                                 // "complete the internship remotely or in person" (remote_student_presence.go)
	ri = reviseRemoteOption(l.Text, ri)                                     // "Remote option: Available", "Remote work possible up to 50%." (remote_student_presence.go)
	ri = reviseRomanceTeamTemporary(l.Text, ri)                             // "remoto durante o treinamento, depois presencial", "o time remoto de outra área" (remote_romance_team_temporary.go)
	ri = reviseOfficeTimesWeek(l.Text, ri)                                  // "in the office for in-person collaboration [1x per week]" (remote_office_times_week.go)
	ri = reviseEnglishSideUses(l.Text, ri)                                  // "remote interviews; the role is on-site", "a field-based role" (remote_english_side_uses.go)
	ri = reviseEnglishCompanySelf(l.Text, fullText, ri)                     // "we are remote-first; the role is based in our Leeds office" (remote_english_company_self.go)
	ri = reviseSelfRemoteRoleBased(hint, l.Text, ri)                        // "we are remote-first" and "this role is based in San Francisco" (remote_self_remote_role_based.go)
	ri = reviseWorkPatternWordings(hint, locs, l.Text, ri)                  // "0 days / week in-office", "home and office-based working" (remote_work_pattern_wordings.go)
	ri = reviseContrastTitleTown(l.Title, l.Text, ri)                       // "Unlike firms using a hybrid model, we are fully remote", a title "- must work onsite every Tuesday" (remote_contrast_title_town.go)
	ri = reviseEastIberianModes(l.Text, ri)                                 // "удалённая работа не рассматривается", "práce v kanceláři" (remote_east_iberian_modes.go)
	ri = reviseAsianMideastModes(l.Title, l.Text, ri)                       // "需到公司办公", "WFH 2 hari seminggu", "在宅勤務手当" (remote_asian_mideast_phrases.go)
	ri = reviseBalkanBalticSouthAsianModes(l.Title, l.Text, ri)             // "работа в офиса", "Etätyö mahdollinen, mutta pääosin toimistolla", "دورکاری" (remote_balkan_baltic_south_asian_modes.go)
	ri = reviseAsianMideastScopes(l.Title, locs, l.Text, ri)                // "需居住在中国境内", "한국 거주자", "من أي مكان في العالم" (region_asian_mideast_scopes.go)
	ri = reviseEastNorthScopes(l.Text, ri)                                  // "bosatt i Sverige", "z celé České republiky", "из любой точки России" (region_east_north_scopes.go)
	ri = reviseOfficeOtherScope(hint, locs, l.Text, ri)                     // a remote field, "San Francisco, CA" and "Remote within Canada only." (region_office_other_scope.go)
	ri = reviseSomeRolesRemote(l.Text, ri)                                  // "remote work options for some senior roles" (remote_some_roles_offer.go)
	ri = reviseFullTimeInTown(l.Text, ri)                                   // "Role is full time in Towson, MD" (remote_full_time_in_town.go)
	ri = reviseCardHeaderMode(hint, locs, l.Title, l.Text, ri)              // "Engineer · Acme · United States · Remote" over an "On-site" field (remote_card_header_mode.go)
	ri = reviseFitDisclaimer(l.Text, ri)                                    // "Not a fit if you prefer to work remotely" (remote_fit_disclaimer.go)
	ri = reviseOfficeFloorFour(l.Text, ri)                                  // "on-site at least 4 days a week" (remote_office_floor_four.go)
	ri = reviseRoleFullyRemote(l.Text, ri)                                  // "Our teams work in a hybrid model. This position, however, is fully remote." (remote_study_days.go)
	ri = reviseRoleFullyInOffice(l.Text, ri)                                // "This role is fully in-office in Chicago" over a perk's office days (remote_study_days.go)
	ri = reviseStudyDays(l.Text, ri)                                        // "four days a week at our office and one day a week studying at university" (remote_study_days.go)
	// "Bank Teller" in "Fresno, CA" and no word of remote work (remote_hands_on_titles.go)
	ri = reviseHandsOnTitle(l.Title, hint, l.Locations, fullText, ri)
	ri = reviseWorkplaceLoc(hint, l.Locations, fullText, ri) // "... Winston-Salem Main Branch" (remote_hands_on_titles.go)
	l.Text = fullText
	ri.Regions = georgiaInText(locs, l.Text, ri.Regions) // "based in Atlanta, Georgia" (region_denied_hire.go)
	// "South America except Venezuela"; five continents are the world (region_world_cover_hiring.go)
	ri = offsetRangePlaces(l.Text, ri)   // "between GMT-1 and GMT+3 (Europe, Africa and the Middle East)" (region_offset_range.go)
	ri = entityCountryPlaces(l.Text, ri) // "Remote in any country where we have a legal entity: France, Germany" (region_offset_range.go)
	ri.Regions = worldCover(dropExcepted(l.Text, ri.Regions))
	l.Remote, l.RemoteRegions, l.RemoteEvidence = ri.Remote, ri.Regions, ri.Evidence

	before := l.Remote
	l.Remote, l.RemoteEvidence = cjkRemoteItem(hint, locs, l.Remote, l.RemoteEvidence) // "远程" (remote_cjk_location.go)
	if len(l.RemoteRegions) == 0 && l.Remote == model.RemoteRemote && before != model.RemoteRemote && before != model.RemoteHybrid {
		// only a mode cjkRemoteItem just set: the chain above already read the scopes of the others
		l.RemoteRegions = reviseAsianMideastScopes(l.Title, locs, l.Text, RemoteInfo{Remote: l.Remote}).Regions // "遠程（澳門）" (region_asian_mideast_scopes.go)
	}
	l.Type = ParseType(emp, l.Title, l.Text)
	// "a network of freelance writers" and "as a full-time, permanent employee" (type_full_permanent_stated.go)
	l.Type = fullPermanentOverContract(emp, l.Title, l.Text, l.Type)

	l.Type = threadHeaderType(l.Title, l.Text, l.Type) // "Acme (1099 contractor) | Dev | full-time" (region_thread_header.go)
	l.Type = gigKindType(emp, l.Text, l.Type)          // "Hourly - Expert - Est. Time: 1 to 3 months", "fixed" (type_gig_kind_lines.go)
	l.Type = gigRateFieldType(emp, l.Type)             // kind field "Hourly: $15.00 - $30.00" (gig_hourly_rate_field.go)
	l.Type = threadAbbrevType(l.Title, l.Text, l.Type) // "Acme | Dev | FT | Remote" (region_hiring_posts.go)
	l.Type = noteListType(l.Text, l.Type)              // "Full-time, benefits." (region_hiring_posts.go)
	l.Pay, l.Unpaid = listingPay(p, l)
	l.Pay = gigRateFieldPay(l.Pay, l.Unpaid, l) // kind field "Hourly: $15.00 - $30.00", no other pay (gig_hourly_rate_field.go)
	// "Spain: €88000 … Netherlands: €114000": the listing's country (pay_country_labels.go)
	l.Pay = countryLabelledPay(l.Pay, l)
	// "3,850 USD / 2,310 GBP / 4,300 CAD per week": the listing's money (pay_money_alternatives.go)
	l.Pay = moneyAlternativesPay(l.Pay, l)
	l.Pay = placePeriod(l.Pay, l)        // "от 2000 USD" in Moscow is a month's pay; "kr" by the place
	l.Pay = employedRangeMonth(l.Pay, l) // "$800 - $1,500" filed full-time: a month's (pay_employed_range.go)
	l.Pay = cyrillicListingPay(l.Pay, l) // "Net 140 000" under a Russian title: roubles a month (pay_slavic_boards.go)
	l.Pay = cisPlaceCurrency(l.Pay, l)   // "от 350 000" in Astana: tenge (pay_cis_places.go)
	// "Rs 90,000" in Lahore: Pakistani rupees a month
	l.Pay = placeRupeePay(l.Pay, l)
	l.Pay = gigProjectPay(l.Pay, l)                  // "$2,000 - $4,000" on a freelance gig: its budget (pay_gig_budget.go)
	l.Pay = gigFixedFieldPay(l.Pay, l)               // "$150" filed "Fixed": the work's price (type_gig_kind_lines.go)
	l.Pay = timedTaskPay(l.Pay, l)                   // "$1.06" under "Test an app (~ 5 minutes)": a reward (pay_study_task.go)
	l.Pay = threadDayRatePay(l.Pay, l.Title, l.Text) // "600€/j": a day rate (region_thread_header.go)
	l.Pay = fieldDayRateJ(l.Pay, l.PayText)          // a pay field "500 € / j": a day rate (pay_french_day_rate.go)
	l.Pay = shortEngagementPay(l.Pay, l)             // "$250" beside "Duration: 2 weeks": the work's price (pay_short_engagement.go)
	l.Pay = forumTagPricePay(l.Pay, l.Title)         // "[Task] Tidy my sheet - $40" (region_hiring_posts.go)
	l.Pay = taskPostPay(l.Pay, l)                    // "Assemble a bookshelf" filed "$60": the task's price (pay_task_post.go)
	l.Pay = dollarCodeAfterPay(l.Pay, l)             // "$2,500 JMD": Jamaican dollars (pay_task_post.go)
	l.Pay = sessionPricePay(l.Pay, l)                // "$12" under "Tablet Beta Test", beside "40 mins": the session's price (pay_session_price.go)
	if l.Unpaid && l.Pay == nil && l.Type == model.TypeUnknown {
		l.Type = model.TypeVolunteer
	}
	if l.Pay == nil && l.Type == model.TypeUnknown {
		l.Type = openingSentenceType(l.Title, l.Text) // "Volunteer opportunities at …", "Junior Fellows Program" (type_opening_volunteer_fellows.go)
	}
	if l.Pay != nil {
		l.Pay.Hourly = EffectiveHourly(l.Pay, effort)
		l.Pay.HourlyUSD = ToUSD(l.Pay.Hourly, l.Pay.Currency, opts.USDRates)
	}
	if l.Type == model.TypeUnknown {
		l.Type = seasonHireType(l.Text) // "hiring lifeguards for the summer season" (type_season_hire.go)
	}
	if l.Type == model.TypeUnknown && boundedWork(l, effort) {
		l.Type = model.TypeProject
	}
	l.ProjectBased = projectBased(l, effort)
	if l.Type == model.TypeInternship && isMicro(l, effort) {
		l.Type = model.TypeMicroInternship
	}
	l.Skills = Skills(p.Tags, l.Title, l.Text)
	l.Fingerprint = Fingerprint(l)
	l.DedupKey, l.TextSimHash = DedupKey(l), TextSimHash(l.Text)
	return l
}

// baseListing copies and cleans the fields of p that need no parsing.
func baseListing(p *model.Posting, now time.Time) *model.Listing {
	l := &model.Listing{
		ID:             model.ListingID(p.Source, p.ExternalID),
		Source:         p.Source,
		Kind:           p.Kind,
		ExternalID:     p.ExternalID,
		URL:            CleanURL(p.URL),
		ApplyURL:       CleanURL(p.ApplyURL),
		Title:          CleanLine(p.Title),
		Company:        CleanLine(p.Company),
		CompanyURL:     strings.TrimSpace(p.CompanyURL),
		CompanyInfo:    Text(p.CompanyInfo),
		Locations:      cleanList(p.Locations),
		Type:           model.TypeUnknown,
		PayText:        foldFullWidthASCII(CleanLine(p.PayText)), // "１５-２５Ｋ" as "15-25K" (pay_full_width_ascii.go)
		EmploymentType: CleanLine(p.EmploymentType),
		Language:       p.Language,
		PostedAt:       p.PostedAt,
		FirstSeen:      now,
		LastSeen:       now,
		Skills:         []string{},
		RemoteRegions:  []string{},
		AlsoAt:         []model.Link{},
		Flags:          []model.Flag{},
	}
	if p.DescriptionHTML != "" {
		l.DescriptionHTML = Sanitize(p.DescriptionHTML)
		l.Text = Text(p.DescriptionHTML)
	} else {
		l.Text = Text(p.DescriptionText)
	}
	return l
}

// listingEffort reads hours and duration from the pay text, title and text;
// the source's structured weekly hours win over the text's.
func listingEffort(p *model.Posting, l *model.Listing) Effort {
	e := ParseEffort(l.PayText + "\n" + l.Title + "\n" + l.Text)
	e = titleWeekEffort(l.Title, e, func() Effort { return ParseEffort(l.PayText + "\n" + l.Text) }) // "Store Manager (39 hours)": the week's (effort_title_week.go)
	if w := p.HoursPerWeek; w != nil && validRange(w.Min, w.Max) && max(w.Min, w.Max) > 0 {
		lo, hi := math.Min(w.Min, w.Max), math.Max(w.Min, w.Max)
		if lo <= 0 {
			lo = hi
		}
		e.Weekly = &model.Range{Min: lo, Max: hi, Source: model.FromStructured}
		if !e.TotalStated {
			e.Hours = totalFrom(e.Weekly, e.DurationDays)
		}
	}
	return e
}

func validRange(a, b float64) bool {
	for _, v := range []float64{a, b} {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1e6 {
			return false
		}
	}
	return true
}

// listingPay takes the structured pay, else the first pay stated in the pay
// text, the title, then the description. unpaid is set only when no pay was
// found and one of them says the work is unpaid (or the type is volunteer).
func listingPay(p *model.Posting, l *model.Listing) (pay *model.Pay, unpaid bool) {
	if sp := structuredPay(p.Pay); sp != nil {
		return sp, false
	}
	if l.PayText != "" && unpaidPayText(l.PayText) {
		unpaid = true
	}
	for _, f := range []struct{ name, text string }{{"pay_text", l.PayText}, {"title", l.Title}, {"text", l.Text}} {
		if f.text == "" {
			continue
		}
		if f.name == "text" {
			if mp := millionPesoTextPay(f.text, l); mp != nil {
				return mp, false // "Salario: $2,5 a $3 millones" in Bogotá (latam_board_fields.go)
			}
		}
		if f.name == "pay_text" {
			if mp := millionPesoFieldPay(f.name, f.text, l); mp != nil {
				return mp, false // "$1,5 a $2 millones" in Bogotá (latam_board_fields.go)
			}
			if unplacedMillionBand(f.text) {
				continue // "$1,5 a $2 millones" with no peso country: not "$1.5" (latam_board_fields.go)
			}
			if vp := vnMillionFieldPay(f.name, f.text, l); vp != nil {
				return vp, false // "Up to 50M" in Ha Noi (pay_vn_million.go)
			}
			if ap := allowanceFieldPay(f.name, f.text); ap != nil {
				return ap, false // "PHP 15,000 - PHP 20,000 allowance" (pay_allowance_field.go)
			}
		}
		pay, u := ParsePay(f.name, f.text)
		pay = negotiableFloorPay(pay, f.text) // "面議 (經常性薪資達 40,000 元或以上)" (pay_negotiable_cjk.go)
		if p := pesoSignPay(f.name, f.text, l, pay); p != nil {
			pay = p // "$4.500.000" in Bogotá (pay_iberian.go)
		}
		if pay == nil && !u {
			pay = letterSignPay(f.name, f.text, l) // "N150,000" in Lagos, "P600/day" in Manila (pay_letter_sign_place.go)
		}
		if pay != nil {
			localDollar(pay, l)
			cfaFranc(pay, l)          // "FCFA" in Douala: the Central African franc (pay_cfa_franc.go)
			placeMarkCurrency(pay, l) // "Dhs 12,000" in Dubai, "C$" in Managua (pay_place_marks.go)
			superDollar(pay, l)       // "$90k + super": Australian dollars (pay_super_dollar.go)
			yenSignYuan(pay, l)       // "月薪 ¥15000": yuan (pay_full_width_yen.go)
			localYuan(pay, l)         // 元 in Taiwan, "年薪 … 元" (pay_chinese_labels.go)
			placeDollarSentence(pay, l)
			labelCodeDollar(pay, l)       // "Salary range (CAD): $110,000 - …" (pay_label_code_dollar.go)
			codeAfterSuffixDollar(pay, l) // "95 000 $ à 115 000 $ CAD" (pay_dollar_code_after.go)
			return pay, false
		}
		if f.name == "pay_text" && !u {
			if pay := bareFieldPay(f.name, f.text, l); pay != nil { // barePay, then "5k-8k" by the month or Korean 만원 (pay_bare_k_month.go)
				// Pay stated with a currency in the title or text says more
				// ("2500 monthly" beside "a stipend of ₹2,500 per month").
				for _, g := range []struct{ name, text string }{{"title", l.Title}, {"text", l.Text}} {
					if tp, _ := ParsePay(g.name, g.text); tp != nil && g.text != "" {
						return tp, false
					}
				}
				var regions []string
				for _, loc := range l.Locations {
					regions = append(regions, Regions(loc)...)
				}
				pay.Currency = bareFieldCurrency(l, f.text, append(regions, l.RemoteRegions...)) // "8k-15k/月": yuan
				bareYuanMonth(f.text, pay)                                                       // "15000以上": a month's (pay_chinese_generic_month.go)
				bareStipendMonth(f.text, pay)                                                    // "Stipend 25k" in Mumbai: a month's (pay_stipend_bare_inr.go)
				return pay, false
			}
		}
		unpaid = unpaid || u
	}
	if !unpaid && l.Type != model.TypeVolunteer {
		if pay := payFieldCodeAfter(l.PayText); pay != nil { // "… 110,000 - 200,000/year SGD" written as a sentence in the pay field (pay_code_after_period.go)
			return pay, false
		}
		if pay := titleLeadRate(l.Title, l); pay != nil { // "18/hr Warehouse Associate" (pay_title_lead_rate.go)
			return pay, false
		}
		// "76,000 - 85,000 per year" in the text: pay with no currency.
		if pay := textBarePay("text", l.Text); pay != nil {
			if pay.Currency == "" { // "... /year SGD" names its own (pay_code_after_period.go)
				pay.Currency = bareTextCurrency(l, l.Text, pay) // the place's, or a name's after the figure: "25,000 taka per month" (barepay_currency_name_period.go)
			}
			if pay.Currency != "" {
				return pay, false
			}
		}
		if pay := labelBareRangePay("text", l.Text, l); pay != nil { // "salary range is: 60,000 - 65,000" (pay_label_bare_range.go)
			return pay, false
		}
	}
	return nil, unpaid || l.Type == model.TypeVolunteer
}

// usdNamed is a dollar amount written as US dollars.
var usdNamed = newCueRegexp(`(?i)\bUS\s?\$|\bUSD\b|\bU\.S\.\s?\$|\bUS dollars?\b`)

// dollarCurrencies are the currencies a plain "$" names in their country.
var dollarCurrencies = map[string]string{"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN"}

// localDollar reads a plain "$" as the dollar of the country the listing is
// in ("$110k + super" in Melbourne is Australian dollars): when the
// listing's places name a dollar country other than the US, nothing says
// US dollars and the work is not remote (a remote role's employer may pay
// from anywhere, most often in US dollars), or remote only within that
// country by its own location ("Remote, Australia": an employer hiring
// there pays there; a town with a remote flag, "Toronto, ON", is not).
func localDollar(pay *model.Pay, l *model.Listing) {
	if pay.Currency != "USD" || pay.Evidence == nil || usdNamed.MatchString(pay.Evidence.Text) {
		return
	}
	if l.Remote == model.RemoteRemote && !remoteInDollarCountry(l) {
		return
	}
	if placesOutsideDollars(l.Locations) {
		return // "Europe", "Latin America", "Canada", "Ukraine": no one local dollar (pay_dollar_places.go)
	}
	cur := ""
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if r == "US" {
				return
			}
			if c, ok := dollarCurrencies[r]; ok && cur == "" {
				cur = c
			}
		}
	}
	if cur == "" && auPostcodePlace(l.Locations) {
		cur = "AUD" // "Tullamarine, VIC 3043" (pay_au_postcode_dollar.go)
	}
	if cur != "" && !usdNamed.MatchString(l.PayText) && !usdAfterEvidence(pay, l) { // "… $362,100 USDCanadian …"
		pay.Currency = cur
	}
}

// remoteInDollarCountry reports a remote listing whose one remote region
// is a dollar country other than the US and whose every location names
// remote work ("Remote, Australia", "Canada (Remote)").
func remoteInDollarCountry(l *model.Listing) bool {
	if len(l.RemoteRegions) != 1 || dollarCurrencies[l.RemoteRegions[0]] == "" || len(l.Locations) == 0 {
		return false
	}
	for _, loc := range l.Locations {
		if !containsFold(loc, "remote") {
			return false
		}
	}
	return true
}

// structuredPay validates a source's pay: no NaN, no negatives, Min <= Max,
// an upper-case currency, a unit guessed from the size when missing. Zero
// amounts (RemoteOK's "unknown") give nil.
func structuredPay(in *model.Pay) *model.Pay {
	if in == nil || !validRange(math.Abs(in.Min), math.Abs(in.Max)) {
		return nil
	}
	p := *in
	p.Min, p.Max = math.Abs(p.Min), math.Abs(p.Max)
	if p.Min > p.Max {
		if p.Max == 0 {
			p.Max = p.Min
		} else {
			p.Min, p.Max = p.Max, p.Min
		}
	}
	if p.Max == 0 {
		return nil
	}
	p.Currency = strings.ToUpper(strings.TrimSpace(p.Currency))
	if p.Unit == "" {
		p.Unit = sizeUnit(money{min: p.Min, max: p.Max, ranged: p.Min != p.Max})
	}
	if p.Source == "" {
		p.Source = model.FromStructured
	}
	p.Hourly, p.HourlyUSD = 0, 0
	if in.Evidence != nil {
		ev := *in.Evidence
		p.Evidence = &ev
	}
	return &p
}

// EffectiveHourly is the hourly rate of p in its currency: the rate itself
// for hourly pay, a project fee divided by the stated total hours ("$300 for
// about 15 hours" = 20), and the standard conversions otherwise (a day is 8
// hours, a week the stated weekly hours or 40, a month the stated weekly
// hours times 52/12 or 173.33, a year 2080). A range uses its lower end. It
// returns 0 when the hours of a project are unknown.
func EffectiveHourly(p *model.Pay, e Effort) float64 {
	if p == nil {
		return 0
	}
	base := p.Min
	if base <= 0 {
		base = p.Max
	}
	weekly := HoursPerWeek
	if e.Weekly != nil && e.Weekly.Max > 0 {
		weekly = e.Weekly.Max
	}
	var h float64
	switch p.Unit {
	case model.UnitHour:
		h = base
	case model.UnitDay:
		h = base / HoursPerDay
	case model.UnitWeek:
		h = base / weekly
	case model.UnitMonth:
		h = base / (weekly * 52 / 12)
	case model.UnitYear:
		h = base / HoursPerYear
	case model.UnitProject:
		if e.Hours != nil && e.Hours.Max > 0 {
			h = base / e.Hours.Max
		}
	}
	if math.IsNaN(h) || math.IsInf(h, 0) || h < 0 {
		return 0
	}
	return round2(h)
}

// ToUSD converts amount in currency to US dollars with rates (USD is 1); 0
// when the rate is unknown.
func ToUSD(amount float64, currency string, rates map[string]float64) float64 {
	c := strings.ToUpper(strings.TrimSpace(currency))
	rate := rates[c]
	if c == "USD" {
		rate = 1
	}
	if rate <= 0 || math.IsNaN(rate) || math.IsInf(rate, 0) {
		return 0
	}
	return round2(amount * rate)
}

// projectBased reports bounded work: a project fee, stated total hours, a
// duration of about three months at most, or a project type.
func projectBased(l *model.Listing, e Effort) bool {
	switch {
	case l.Type == model.TypeProject || l.Type == model.TypeMicroInternship:
		return true
	case l.Pay != nil && l.Pay.Unit == model.UnitProject:
		return true
	case e.TotalStated && e.Hours != nil && e.Hours.Max > 0 && e.Hours.Max <= projectMaxHours:
		return true
	case l.DurationDays != nil && l.DurationDays.Max > 0 && l.DurationDays.Max <= projectMaxDays:
		return true
	}
	return false
}

// termPay is a school term named in pay's evidence.
var termPay = regexp.MustCompile(`(?i)\b(?:summer|semester|academic\s+year|school\s+year)\b`)

// termStipend reports a project fee paid for a school term: the whole
// term's pay, not a short project's.
func termStipend(p *model.Pay) bool {
	return p.Evidence != nil && termPay.MatchString(p.Evidence.Text)
}

// boundedWork reports work with no type cue that is a project by its
// terms: a fee for the whole work, or a stated total of hours ("about 15
// hours over 3 weeks at $22/hr"), rather than a rate for open-ended time.
func boundedWork(l *model.Listing, e Effort) bool {
	return (l.Pay != nil && l.Pay.Unit == model.UnitProject && l.Pay.Max > 0) ||
		(e.TotalStated && e.Hours != nil && e.Hours.Max > 0 && e.Hours.Max <= projectMaxHours)
}

// isMicro reports an internship small enough to be a micro-internship: a
// project fee (not a summer's or a semester's stipend: "Stipend of $3,000
// for the summer"), at most 60 total hours or at most six weeks, unless the
// hours are known to be more than 60 (a six-week internship of 20 hours a
// week is an internship) or the duration more than six weeks.
func isMicro(l *model.Listing, e Effort) bool {
	if e.Hours != nil && e.Hours.Max > microMaxHours {
		return false
	}
	if l.DurationDays != nil && l.DurationDays.Min > microMaxDays {
		return false // a stipend for a ten-week internship pays the whole term; the term is long
	}
	return (l.Pay != nil && l.Pay.Unit == model.UnitProject && !termStipend(l.Pay)) ||
		(e.Hours != nil && e.Hours.Max > 0 && e.Hours.Max <= microMaxHours) ||
		(l.DurationDays != nil && l.DurationDays.Max > 0 && l.DurationDays.Max <= microMaxDays)
}
