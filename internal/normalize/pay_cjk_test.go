package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// cjkPayCases pin the fixes guided by an eighteenth round of other
// projects' own test tables (kept outside the repository and scored
// with TestAgreementOutside), written in other words than those tables,
// each with traps the fix must leave alone: Japanese and Korean pay in
// ten-thousands and thousands with their labels, Chinese currency names and
// labelled K amounts, full-width digits and tildes, tenge, hryvnia and
// roubles written out, a pay field of an amount and a currency word, and
// Spanish contract types.
var cjkPayCases = []truthCase{
	// Japanese: 万 (ten thousand) and 千 (thousand) before 円, and the labels.
	{name: "monthly salary in man-yen", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給22万円"}, pay: "220000 220000 JPY month"},
	{name: "monthly man-yen range with a wave dash", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給21万円〜26万円"}, pay: "210000 260000 JPY month"},
	{name: "annual income with the unit on the second end", p: model.Posting{Title: "データエンジニア", PayText: "年収450〜650万円"}, pay: "4.5e+06 6.5e+06 JPY year"},
	{name: "annual income without the yen sign", p: model.Posting{Title: "データエンジニア", PayText: "年収800万"}, pay: "8e+06 8e+06 JPY year"},
	{name: "hourly wage in yen", p: model.Posting{Title: "カフェスタッフ", PayText: "時給1,150円"}, pay: "1150 1150 JPY hour"},
	{name: "hourly wage in thousands and hundreds", p: model.Posting{Title: "カフェスタッフ", PayText: "時給1千2百円"}, pay: "1200 1200 JPY hour"},
	{name: "daily wage", p: model.Posting{Title: "軽作業", PayText: "日給9,500円"}, pay: "9500 9500 JPY day"},
	{name: "man-yen plus yen", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給23万5000円"}, pay: "235000 235000 JPY month"},
	{name: "full-width digits and tilde", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給２２万円～２８万円"}, pay: "220000 280000 JPY month"},
	{name: "open end after a wave dash", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給19万円〜"}, pay: "190000 190000 JPY month"},
	{name: "label on the line above", p: model.Posting{Title: "データエンジニア", DescriptionText: "仕事内容：分析基盤の開発\n【想定年収】\n500万円～750万円\n勤務地：東京"}, pay: "5e+06 7.5e+06 JPY year"},
	{name: "unlabelled man-yen range by its size", p: model.Posting{Title: "データエンジニア", PayText: "550万円〜700万円"}, pay: "5.5e+06 7e+06 JPY year"},
	{name: "trap: a label over a plain number has no yen", p: model.Posting{Title: "カフェスタッフ", PayText: "時給1100"}, pay: "-"},
	{name: "trap: company capital in man-yen", p: model.Posting{Title: "営業", DescriptionText: "会社概要：資本金3000万円、従業員50名。"}, pay: "-"},
	{name: "trap: commuting allowance in yen", p: model.Posting{Title: "カフェスタッフ", DescriptionText: "交通費500円支給、制服貸与。"}, pay: "-"},
	{name: "trap: a monthly figure too small for a salary", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給 3,000円"}, pay: "-"},
	{name: "trap: an allowance named after the amount", p: model.Posting{Title: "倉庫スタッフ", DescriptionText: "2万円の手当あり。"}, pay: "-"},
	{name: "a bonus after a space is the next item", p: model.Posting{Title: "倉庫スタッフ", PayText: "月給24万円 賞与年2回"}, pay: "240000 240000 JPY month"},
	{name: "trap: korean allowance after the amount", p: model.Posting{Title: "매장 관리", DescriptionText: "식대 20만원 수당 별도"}, pay: "-"},
	{name: "trap: headcount in man", p: model.Posting{Title: "営業", DescriptionText: "会員数5万人のサービスです。"}, pay: "-"},

	// Korean: 만원 and 원 with 월, 시급 and 이상.
	{name: "korean annual range in man-won", p: model.Posting{Title: "프론트엔드 개발자", PayText: "3,500~4,800만원"}, pay: "3.5e+07 4.8e+07 KRW year"},
	{name: "korean monthly man-won", p: model.Posting{Title: "매장 관리", PayText: "월 260만원"}, pay: "2.6e+06 2.6e+06 KRW month"},
	{name: "korean hourly won", p: model.Posting{Title: "카페 바리스타", PayText: "시급 11,000원"}, pay: "11000 11000 KRW hour"},
	{name: "korean minimum with 이상", p: model.Posting{Title: "프론트엔드 개발자", PayText: "3,200만원 이상"}, pay: "3.2e+07 3.2e+07 KRW year"},
	{name: "korean reversed monthly range", p: model.Posting{Title: "매장 관리", PayText: "월 280~230만원"}, pay: "2.3e+06 2.8e+06 KRW month"},
	{name: "trap: korean revenue in man-won", p: model.Posting{Title: "마케터", DescriptionText: "작년 매출 5000만원 달성"}, pay: "-"},
	{name: "trap: korean month word with no won", p: model.Posting{Title: "마케터", DescriptionText: "월 2회 회의가 있습니다."}, pay: "-"},

	// Chinese: currency names after the amount, labels over K, full-width tildes.
	{name: "hong kong dollars a month", p: model.Posting{Title: "Analyst", PayText: "18000-24000港元/月"}, pay: "18000 24000 HKD month"},
	{name: "euros named in chinese", p: model.Posting{Title: "Analyst", PayText: "2500-3200欧元/月"}, pay: "2500 3200 EUR month"},
	{name: "yen named in chinese", p: model.Posting{Title: "Analyst", PayText: "250000日元/月"}, pay: "250000 250000 JPY month"},
	{name: "monthly label over k amounts", p: model.Posting{Title: "前端实习生", DescriptionText: "月薪 4k-6k，包住宿"}, pay: "4000 6000 CNY month"},
	{name: "pay label with a month after k", p: model.Posting{Title: "前端实习生", DescriptionText: "薪资：6-9K/月，双休"}, pay: "6000 9000 CNY month"},
	{name: "full-width tilde day range", p: model.Posting{Title: "前端实习生", DescriptionText: "日薪：180～260 元/天"}, pay: "180 260 CNY day"},
	{name: "k with months of pay in running text", p: model.Posting{Title: "算法工程师", Locations: []string{"深圳"}, DescriptionText: "大模型方向 25-40K·14薪"}, pay: "25000 40000 CNY month"},
	{name: "trap: months of pay in a taipei pay field keep the place", p: model.Posting{Title: "工程師", Locations: []string{"Taipei, Taiwan"}, PayText: "40-60K·14薪"}, pay: "40000 60000 TWD month"},
	{name: "thousand to ten-thousand in a pay field", p: model.Posting{Title: "运营", PayText: "9千-1.5万/月"}, pay: "9000 15000 CNY month"},
	{name: "man amounts with no period under ten man", p: model.Posting{Title: "运营", PayText: "1.2万-2万"}, pay: "12000 20000 CNY month"},
	{name: "man amounts with no period from ten man", p: model.Posting{Title: "运营", PayText: "18万-30万"}, pay: "180000 300000 CNY year"},
	{name: "trap: funding in man-yuan", p: model.Posting{Title: "运营", DescriptionText: "公司已完成融资5000万元。"}, pay: "-"},
	{name: "trap: k with no label and no currency", p: model.Posting{Title: "运营", DescriptionText: "用户规模 20-30K 日活"}, pay: "-"},

	// Tenge, hryvnia and roubles written out; amount and currency word.
	{name: "tenge range in a salary line", p: model.Posting{Title: "Backend Developer", DescriptionText: "Зарплата: 450 000 - 700 000 тенге"}, pay: "450000 700000 KZT month"},
	{name: "tenge glued with a month", p: model.Posting{Title: "Backend Developer", DescriptionText: "Оклад 350 000тг в месяц"}, pay: "350000 350000 KZT month"},
	{name: "hryvnia word in a pay field", p: model.Posting{Title: "QA Engineer", PayText: "40000 гривень"}, pay: "40000 40000 UAH month"},
	{name: "roubles in a salary sentence", p: model.Posting{Title: "Python developer", DescriptionText: "Команда продукта.\nЗарплата: от 120000 до 180000 рублей"}, pay: "120000 180000 RUB month"},
	{name: "tenge sign before the amount", p: model.Posting{Title: "Backend Developer", PayText: "₸420000"}, pay: "420000 420000 KZT month"},
	{name: "dollars word alone in a pay field", p: model.Posting{Title: "Designer", PayText: "65,000 dollars"}, pay: "65000 65000 USD year"},
	{name: "pounds word alone in a pay field", p: model.Posting{Title: "Designer", PayText: "38k pounds"}, pay: "38000 38000 GBP year"},
	{name: "trap: tenge in a budget line without a pay word", p: model.Posting{Title: "Backend Developer", DescriptionText: "Бюджет проекта 900 000 тенге"}, pay: "-"},
	{name: "trap: a weight in pounds in running text", p: model.Posting{Title: "Warehouse Associate", DescriptionText: "Must lift 50 pounds."}, pay: "-"},
	{name: "trap: a longer field with a currency word", p: model.Posting{Title: "Designer", PayText: "bring 40 dollars for the course materials"}, pay: "!40 40 USD hour"},

	// Ranges joined by a / até / hasta.
	{name: "brazilian range joined by a", p: model.Posting{Title: "Analista", DescriptionText: "Salário: R$ 6.000 a 9.000 por mês"}, pay: "6000 9000 BRL month"},
	{name: "brazilian range with both signs", p: model.Posting{Title: "Analista", PayText: "R$ 4.200,00 a R$ 5.800,00"}, pay: "4200 5800 BRL month"},
	{name: "trap: an amount then a number of minutes", p: model.Posting{Title: "Tutor", PayText: "$20 a 30-minute session"}, pay: "!20 30 USD hour"},

	// Spanish contract types.
	{name: "spanish temporary field", p: model.Posting{Title: "Reponedor", EmploymentType: "Temporal"}, jobType: "contract"},
	{name: "spanish seasonal title", p: model.Posting{Title: "Socorrista temporal temporada de verano"}, jobType: "contract"},
	{name: "spanish substitute title", p: model.Posting{Title: "Recepcionista interina"}, jobType: "contract"},
	{name: "spanish permanent contract in the title", p: model.Posting{Title: "Mozo de almacén contrato indefinido"}, jobType: "full_time"},
	{name: "spanish works contract in the text", p: model.Posting{Title: "Peón", DescriptionText: "Se ofrece contrato por obra y servicio."}, jobType: "contract"},
	{name: "spanish substitute contract in the text", p: model.Posting{Title: "Administrativo", DescriptionText: "Contrato de sustitución por excedencia."}, jobType: "contract"},
	{name: "spanish half day in the text", p: model.Posting{Title: "Administrativo", DescriptionText: "Horario de media jornada por las tardes."}, jobType: "part_time"},
	{name: "spanish full day in the text", p: model.Posting{Title: "Administrativo", DescriptionText: "Jornada completa de lunes a viernes."}, jobType: "full_time"},
	{name: "spanish half day beats a temporary contract", p: model.Posting{Title: "Administrativo", DescriptionText: "Contrato temporal, jornada reducida."}, jobType: "part_time"},
	{name: "trap: temporal as a product in an english title", p: model.Posting{Title: "Temporal Workflow Engineer"}, jobType: "unknown"},
	{name: "trap: eventual consistency in an english title", p: model.Posting{Title: "Eventual Consistency Researcher"}, jobType: "unknown"},

	// Korean and Brazilian types, labels, a hiring sentence.
	{name: "korean part-time field", p: model.Posting{Title: "편의점 직원", EmploymentType: "시간제"}, jobType: "part_time"},
	{name: "korean day labour field", p: model.Posting{Title: "물류 보조", EmploymentType: "일용직"}, jobType: "contract"},
	{name: "korean volunteering field", p: model.Posting{Title: "도서관 보조", EmploymentType: "자원봉사"}, jobType: "volunteer"},
	{name: "brazilian regime label", p: model.Posting{Title: "Analista de Suporte", DescriptionText: "Local: Curitiba\nRegime: CLT\nBenefícios: VR"}, jobType: "full_time"},
	{name: "brazilian contractor regime label", p: model.Posting{Title: "Analista de Suporte", DescriptionText: "Regime de contratação: PJ"}, jobType: "contract"},
	{name: "spanish contract-type label", p: model.Posting{Title: "Analista", DescriptionText: "Tipo de contrato: Indefinido"}, jobType: "full_time"},
	{name: "hiring a full-time role", p: model.Posting{Title: "Baker", DescriptionText: "We are hiring a full-time baker for our new shop."}, jobType: "full_time"},
	{name: "trap: full-time employees in a benefits line", p: model.Posting{Title: "Baker", DescriptionText: "Dental cover is offered to full-time employees."}, jobType: "unknown"},
	{name: "trap: regime as a diet", p: model.Posting{Title: "Nutritionist", DescriptionText: "Regime: low salt, high fibre."}, jobType: "unknown"},
}

func TestCJKPayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cjkPayCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestCJKPayCasesLong runs the cases again with a neutral paragraph before
// the description, past minGuardedText: a long description is read through
// the shared key scan's windows, a short one directly.
func TestCJKPayCasesLong(t *testing.T) {
	filler := strings.Repeat("Our product helps small shops plan their stock. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, cjkPayCases)
}

// TestCJKPayKeyRegexp checks these readers' key regexps against their plain
// regexps on short and long texts that hold their words.
func TestCJKPayKeyRegexp(t *testing.T) {
	filler := strings.Repeat("Our product helps small shops plan their stock. ", 14) + "\n"
	texts := []string{"月給25万円～30万円、時給1千5百円、年収600万", "월 300만원, 시급 12,000원", "薪资：3-5K/月 18-30K·15薪 20000港元/月",
		"Зарплата 500 000тг в месяц, 50000 гривен, от 1 до 2 руб", "Regime: CLT. Jornada: completa. Contrato: temporal",
		"We are hiring a full-time cook. Full time staff get lunch.", "media jornada, contrato por obra y servicio, fijo discontinuo"}
	for _, tc := range cjkPayCases {
		texts = append(texts, tc.p.DescriptionText, tc.p.PayText)
	}
	for _, s := range texts {
		for _, k := range []*keyRegexp{cjkMoney, cyrillicMoney, spanishBody, iberianTypeLabel, hireFullTime} {
			for _, in := range []string{s, filler + s} {
				got, want := k.FindAllStringSubmatchIndex(in, -1), k.plain().FindAllStringSubmatchIndex(in, -1)
				if k == cjkMoney {
					// it also matches bare numbers, which are never pay: compare the readings
					for _, lenient := range []bool{false, true} {
						g, w := cjkPay(in, lenient), cjkPayFrom(in, lenient, want)
						if (g == nil) != (w == nil) || g != nil && *g != *w {
							t.Fatalf("%q (lenient %v): key regexp %+v, plain %+v", s, lenient, g, w)
						}
					}
					continue
				}
				if len(got) != len(want) {
					t.Fatalf("%q: key regexp %v, plain %v", s, got, want)
				}
				for i := range got {
					for j := range got[i] {
						if got[i][j] != want[i][j] {
							t.Fatalf("%q: key regexp %v, plain %v", s, got, want)
						}
					}
				}
			}
		}
	}
}

// TestCJKPayPlainKeyRegexp checks that the two key regexps made without a
// cue search would have kept none (their prefixes are too short).
func TestCJKPayPlainKeyRegexp(t *testing.T) {
	for _, k := range []*keyRegexp{cjkMoney, cyrillicMoney} {
		if k.load().cue != nil {
			t.Fatalf("%v has a cue", k.plain())
		}
		if c, err := compileCue(k.expr); err == nil && c.fast.MinPrefix() >= minCuePrefix {
			t.Errorf("%v: a cue search would keep prefixes of %d bytes", k.plain(), c.fast.MinPrefix())
		}
	}
}

// FuzzCJKPay runs these readers on any input: none may
// panic, amounts stay positive, in order and inside the text, a CJK or
// Cyrillic reading needs its currency or label words in the text, and
// cjkAmount and iberianRangeA keep their bounds.
func FuzzCJKPay(f *testing.F) {
	for _, tc := range cjkPayCases {
		f.Add(tc.p.PayText + "\n" + tc.p.DescriptionText + "\n" + tc.p.Title)
	}
	for _, s := range []string{"月給", "万円", "～", "1千", "만원 이상", "·15薪", "₸", "тг", "R$ 1 a 2", "a 1", "１２万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lenient := range []bool{false, true} {
			for _, c := range []*payCandidate{cjkPay(s, lenient), cyrillicPay(s, lenient), currencyWordPay(s, lenient)} {
				if c == nil {
					continue
				}
				if c.min <= 0 || c.min > c.max || c.start < 0 || c.end > len(s) || c.start > c.end || c.unit == "" || c.currency == "" {
					t.Errorf("%q (lenient %v): bad candidate %+v", s, lenient, c)
				}
			}
			if c := cjkPay(s, lenient); c != nil && !strings.ContainsAny(s, "円원元薪給収万만") {
				t.Errorf("%q: CJK pay with no CJK pay word: %+v", s, c)
			}
		}
		if v, u := cjkAmount(s); v < 0 || u != 1 && u != 1e3 && u != 1e4 {
			t.Errorf("cjkAmount(%q) = %v, %v", s, v, u)
		}
		c := payCandidate{money: money{start: 0, end: min(len(s), 1), min: 100, max: 100}}
		iberianRangeA(s, &c)
		if c.end > len(s) || c.max < 100 || c.max > 2000 {
			t.Errorf("iberianRangeA(%q) = %+v", s, c)
		}
	})
}
