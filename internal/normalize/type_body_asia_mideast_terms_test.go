package normalize

import "testing"

// Type phrases in Asian, Middle Eastern, Turkish, Russian and Ukrainian
// description sentences (type_body_asia_mideast_terms.go).
func TestAsiaMideastTermPhrasesBody(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		// a kind word as a clause of its own
		{"Логист", "Работа с перевозчиками и складами. Частичная занятость.", "part_time"},
		{"Технолог", "Цех в Казани; полная занятость; есть столовая.", "full_time"},
		{"Тестувальник", "Команда продукту у Львові. Неповна зайнятість.", "part_time"},
		{"Grafik Tasarımcı", "Ajansımız Ankara'da. Yarı zamanlı.", "part_time"},
		{"Kỹ sư cầu đường", "Dự án tại Đà Nẵng. Toàn thời gian.", "full_time"},
		{"Staf Gudang", "Penempatan Surabaya | Paruh waktu | shift pagi", "part_time"},
		{"מנהל/ת רשת", "עבודה במשרדי החברה בחיפה. משרה חלקית.", "part_time"},
		{"محلل بيانات", "العمل في مكتب جدة، دوام جزئي، مرونة في الساعات.", "part_time"},
		{"平面设计", "负责品牌视觉。兼职，可居家。", "part_time"},
		{"Дизайнер", "Фриланс. Оплата по договорённости.", "contract"},
		{"Оператор", "Робота в офісі на неповний робочий день, з 9 до 13.", "part_time"},
		{"Оператор", "Работа на неполный рабочий день в офисе.", "part_time"},
		// Japanese
		{"イラストレーター", "フリーランスとしてご参加いただける方を探しています。", "contract"},
		{"夏祭り運営", "当日のボランティアを大募集！", "volunteer"},
		{"清掃活動", "ボランティアとして週末にご参加いただける方を歓迎します。", "volunteer"},
		{"広報担当", "社員として、地域のボランティア団体と連携して参加者を集めます。", "unknown"},
		// Chinese
		{"仓储", "公司现招聘正式員工两名，包吃住。", "full_time"},
		{"超市理货", "急招钟点工，周末上班。", "part_time"},
		{"APP开发", "按项目计费，交付后付款。", "project"},
		{"翻译", "欢迎自由职业者加入我们的译者库。", "contract"},
		{"图书馆", "现招募读书节志愿者若干名。", "volunteer"},
		{"产品", "寒假实习，需在校生。", "internship"},
		{"人事", "签订无固定期限的劳动合同，五险一金。", "full_time"},
		{"人事", "首签两年劳动合同。", "contract"},
		{"櫃台人員", "本職缺為約聘性質。", "contract"},
		{"品質管理", "契約社員からのスタート。正社員登用実績多数。", "contract"},
		// Korean
		{"편집자", "프리랜서 형태로 원고 작업", "contract"},
		{"주방 보조", "평일 저녁 알바 구해요", "part_time"},
		{"물류 관리", "담당 업무: 입출고 관리 / 채용형태 계약직 / 근무지 인천", "contract"},
		{"디자이너", "계약직 6개월 근무 후 연장 검토", "contract"},
		{"매장 직원", "주말 알바 모집, 시급 협의", "part_time"},
		{"기획팀", "인턴십 학생을 선발합니다.", "internship"},
		{"도서관", "봉사자 모집 중입니다.", "volunteer"},
		// Vietnamese
		{"Kế toán", "Ký hợp đồng lao động không xác định thời hạn sau thử việc.", "full_time"},
		{"Lễ tân", "Hợp đồng thời vụ trong mùa du lịch.", "contract"},
		{"Trợ giảng", "Cần tuyển cộng tác viên dạy online.", "contract"},
		{"Pha chế", "Tuyển nhân viên full-time ca sáng.", "full_time"},
		// Thai
		{"พนักงานขาย", "งานพาร์ทไทม์ช่วงเย็น", "part_time"},
		{"ธุรการ", "พนักงานสัญญาจ้างประจำโครงการ", "contract"},
		{"แคชเชียร์", "รับสมัครพนักงาน Full-time ประจำสาขา", "full_time"},
		// Indonesian, Malay, Filipino English
		{"Kasir", "Status PKWTT setelah masa percobaan.", "full_time"},
		{"Penulis", "Bayaran ikut projek, kerja dari rumah.", "project"},
		{"Cashier", "Becomes regular upon passing the 5-month probation.", "full_time"},
		{"Lab Aide", "Now accepting OJT trainees from partner schools.", "internship"},
		{"Lab Aide", "Applicants with OJT experience in a hospital lab.", "unknown"},
		// Arabic and Hebrew
		{"مترجم", "العمل بنظام العمل الحر مع فريقنا.", "contract"},
		{"מחקר", "סטאז' בתשלום בחברת ביוטק.", "internship"},
		{"طبيب", "عقد دائم مع مزايا.", "full_time"},
		{"עוזר/ת מחקר", "משרת סטודנטית במעבדה.", "part_time"},
		// Turkish
		{"Hemşire", "Belirsiz süreli iş sözleşmesi ile istihdam.", "full_time"},
		{"Mühendis", "Belirli süreli proje ataması.", "contract"},
		{"Laborant", "6 aylık sözleşme ile işe başlanacaktır.", "contract"},
		{"Yazılım", "Yaz stajı değil: uzun dönem staj yapacak öğrenciler.", "internship"},
		// Russian and Ukrainian
		{"Кассир", "График: неполный рабочий день, 5/2.", "part_time"},
		{"Официант", "Летняя подработка в кафе на набережной.", "part_time"},
		{"Аналитик", "Набираем студентов на летнюю стажировку.", "internship"},
		{"Промоутер", "Разовые выходы на выставку.", "project"},
		{"Продавець", "Тимчасова робота на літо.", "contract"},
		{"Розробник", "Працюємо через ФОП, оплата щомісяця.", "contract"},
		{"Кладовщик", "Работа на полный день в складском комплексе.", "full_time"},
		{"Экономист", "Берём на период декрета сотрудницы.", "contract"},
		{"Переводчик", "Срочный договор на полгода.", "contract"},
		{"Иллюстратор", "Ищем художника на фрилансе.", "contract"},
		// traps
		{"Менеджер", "Работаем с партнёрами полный день без перерыва? Нет.", "unknown"},
		{"企划", "正社員登用制度あり。", "unknown"},
		{"Кадровик", "Постоянная работа с документами и договорами.", "unknown"},
		{"프로젝트 매니저", "외주 프로젝트 관리 경험이 있는 분", "unknown"},
		{"人事", "负责招募志愿者并安排培训。", "unknown"},
		{"研发", "有暑期实习经历者优先。", "unknown"},
		{"运营", "全职妈妈也欢迎咨询。", "unknown"},
		{"Аналитик", "Опыт стажировки в консалтинге.", "unknown"},
		{"Юрист", "Ведение договоров и претензий.", "unknown"},
		{"계약 담당", "계약 관리 및 검토", "unknown"},
		{"팀장", "지난해 인턴 사원 채용 결과 공유", "unknown"},
		{"팀장", "계약직 채용 전환형 과정 안내", "unknown"},
		{"Satın Alma", "Sözleşme yönetimi ve raporlama.", "unknown"},
		{"Kỹ sư", "Hướng dẫn thực tập sinh mới.", "unknown"},
	} {
		if got := ParseType("", c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(%q, text %q) = %s, want %s", c.title, c.text, got, c.want)
		}
	}
}

// Volunteer and trainee words in Asian and Middle Eastern titles
// (type_title_asia_mideast_terms.go).
func TestAsiaMideastTitleWords(t *testing.T) {
	for _, c := range []struct{ emp, title, want string }{
		{"", "Tình nguyện viên dạy tiếng Anh", "volunteer"},
		{"", "Relawan Bencana Alam", "volunteer"},
		{"", "Волонтер в приют для животных", "volunteer"},
		{"", "متطوعة في مكتبة", "volunteer"},
		{"", "อาสาสมัครห้องสมุด", "volunteer"},
		{"", "นักศึกษาฝึกงานฝ่ายบัญชี", "internship"},
		{"", "Latihan Industri - Kejuruteraan", "internship"},
		{"志工", "導覽", "volunteer"},
		// traps: the volunteers as the subject, a coach
		{"", "Координатор волонтёров", "unknown"},
		{"", "منسق المتطوعين", "unknown"},
		{"", "ผู้ประสานงานอาสาสมัคร", "unknown"},
		{"", "Pelatih Renang", "unknown"},
	} {
		if got := ParseType(c.emp, c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.emp, c.title, got, c.want)
		}
	}
}
