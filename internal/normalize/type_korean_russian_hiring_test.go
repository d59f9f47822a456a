package normalize

import "testing"

// A Korean description opening with the post's kind and a hiring word,
// and a Russian description saying the hire is signed on a civil-law
// contract (ГПХ).
func TestKoreanHiringCallRussianCivilContract(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		{"모집 공고", "계약직 채용 안내\n[담당업무]\n데이터 정리", "contract"},
		{"모집 공고", "■ 프리랜서 모집\n원격 가능, 주 2회 미팅", "contract"},
		{"모집 공고", "회사 소개입니다.\n아르바이트 모집합니다. 주말 근무.", "part_time"},
		{"모집 공고", "정규직 채용 (경력 3년 이상)", "full_time"},
		{"Курьер", "Трудоустройство по ГПХ, выплаты два раза в месяц.", "contract"},
		{"Курьер", "Работа по ГПХ или самозанятость на выбор.", "contract"},
		// traps: a later remark, a conversion path, a longer kind word, labour-code hire
		{"모집 공고", "인턴 6개월 근무, 종료 후 정규직 채용 검토", "unknown"},
		{"모집 공고", "정규직 채용 전환형 과정입니다.", "unknown"},
		{"모집 공고", "채용 절차: 서류 검토 후 면접", "unknown"},
		{"모집 공고", "팀 소개: 작년 인턴 채용 결과를 공유합니다.", "unknown"},
		{"Курьер", "Оформление по ТК РФ с первого дня.", "unknown"},
		{"Курьер", "Оформление не по ГПХ, а по трудовому договору.", "unknown"},
	} {
		if got := ParseType("", c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.title, c.text, got, c.want)
		}
	}
}
