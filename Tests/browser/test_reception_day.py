"""A whole reception day through the pages alone, no API call: a citizen books the day before; on the morning of the
session the clerk signs in, opens the day, checks the citizen in, registers two who came without booking (one a
group of six with two representatives), records each outcome and a commitment, prints the receipt and the register,
marks the session held (asked first), and the public compliance report counts the day. The server's clock is moved
with faketime: the day before at 16:00, then the session's morning at 08:00 (Vietnam)."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browsers import PASSWORD, accessibility_problems, browser, click, fill, submit, text_of, text_saying, wait, wait_for  # noqa: F401 (a fixture)
from conftest import run_command

SESSION = "xa-tan-thanh.tiep-dinh-ky-thu-5.20270107"  # Thursday 7 January 2027, 07:30, the chairman's periodic day


def book_through_the_pages(browser, server):
    browser.get(server.url + "/book?organisation=xa-tan-thanh")
    click(browser, f"input[name=session][value='{SESSION}']")
    click(browser, "#continue")
    wait(browser).until(EC.url_contains("/book/slot"))
    click(browser, "input[name=slot]:not([disabled])")
    click(browser, "#continue")
    wait_for(browser, "name")
    fill(browser, "name", "Phạm Văn Út")
    fill(browser, "phone", "0903 111 222")
    fill(browser, "address", "Ấp 3")
    fill(browser, "subject", "Đường liên ấp 3 ngập")
    click(browser, "#continue")
    click(browser, "#send")
    return text_of(browser, "reference")


def visit(browser, reference):
    return wait(browser).until(lambda b: b.find_element(By.ID, reference))


def record_outcome(browser, reference, outcome, category, detail="", id_number=""):
    section = visit(browser, reference)
    Select(section.find_element(By.NAME, "outcome")).select_by_value(outcome)
    Select(section.find_element(By.NAME, "category")).select_by_value(category)
    if detail:
        section.find_element(By.NAME, "detail").send_keys(detail)
    if id_number:
        section.find_element(By.NAME, "id_number").send_keys(id_number)
    submit(browser, section.find_element(By.CSS_SELECTOR, "button.record-outcome"))
    assert "Đã ghi kết quả tiếp" in text_saying(browser, "done-notice", "Đã ghi kết quả tiếp")


def register_walk_in(browser, name, subject, group_size="", representatives="", phone=""):
    fill(browser, "walk-in-name", name)
    fill(browser, "walk-in-phone", phone)
    fill(browser, "walk-in-subject", subject)
    fill(browser, "walk-in-group-size", group_size)
    fill(browser, "walk-in-representatives", representatives)
    submit(browser, browser.find_element(By.ID, "register-walk-in"))
    assert "không hẹn trước" in text_saying(browser, "done-notice", "không hẹn trước")
    return browser.current_url.split("#")[1]


def test_a_whole_reception_day_through_the_pages(browser, server_factory, sqlite_url, tmp_path):
    for username, role in (("thu.ky", "secretariat"), ("lanh.dao", "leader")):
        added = run_command("users", "add", username, "--role", role, "--organisation", "xa-tan-thanh", "--password-stdin",
                            "--database", sqlite_url, stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
    args = ["--secret-key-file", str(tmp_path / "secret.key")]
    browser.set_window_size(1280, 900)

    the_day_before = server_factory(sqlite_url, args=args, clock="2027-01-06 09:00:00").start()
    booked = book_through_the_pages(browser, the_day_before)
    assert re.fullmatch(r"TD-2027-\d{6}", booked)
    assert the_day_before.stop() == 0

    server = server_factory(sqlite_url, args=args, clock="2027-01-07 01:00:00").start()
    browser.delete_all_cookies()
    browser.get(server.url + "/staff")
    fill(browser, "username", "thu.ky")
    fill(browser, "password", PASSWORD)
    click(browser, "#login-submit")
    click(browser, f"a.day-link[href='/staff/sessions/{SESSION}']")
    wait_for(browser, "day-heading")
    assert accessibility_problems(browser) == [], "the day list with check-in, walk-ins and outcomes"

    submit(browser, visit(browser, booked).find_element(By.CSS_SELECTOR, "button.check-in"))
    assert "Đã ghi nhận công dân đến" in text_saying(browser, "done-notice", "Đã ghi nhận công dân đến")
    single = register_walk_in(browser, "Lê Văn Tám", "Xin cấp giấy chứng nhận quyền sử dụng đất")
    group = register_walk_in(browser, "Nguyễn Văn Sáu", "Sáu hộ ấp 2 phản ánh ngập úng", group_size="6",
                             representatives="Nguyễn Văn Sáu\nTrần Thị Bảy", phone="0903 000 006")
    assert text_of(browser, "checked-in-people") == "8"

    # A petition is received from an identified person (Law 136/2025/QH15): the booking gave no ID number.
    section = visit(browser, booked)
    Select(section.find_element(By.NAME, "outcome")).select_by_value("accepted")
    Select(section.find_element(By.NAME, "category")).select_by_value("petition")
    section.find_element(By.CSS_SELECTOR, "button.record-outcome").click()
    assert "căn cước" in text_of(browser, "error-summary")
    record_outcome(browser, booked, "accepted", "petition", id_number="079186001234")
    record_outcome(browser, single, "guided", "question", detail="Hướng dẫn nộp hồ sơ tại bộ phận một cửa")
    record_outcome(browser, group, "accepted", "feedback")
    fill(browser, "commitment-text", "Nạo vét mương thoát nước ấp 2 trước mùa mưa")
    Select(browser.find_element(By.ID, "commitment-owner")).select_by_value("xa-tan-thanh.dia-chinh")
    browser.execute_script("document.getElementById('commitment-due').value = '2027-04-30'")
    click(browser, "#record-commitment")
    assert "Nạo vét mương" in text_of(browser, "session-commitments")

    click(browser, f"[id='{booked}'] a.receipt-link")
    wait(browser).until(lambda b: booked in b.title)
    assert "Phạm Văn Út" in browser.find_element(By.TAG_NAME, "body").text
    assert accessibility_problems(browser) == [], "the receipt (Form 02)"
    browser.back()
    click(browser, "#register-link")
    for reference in (booked, single, group):
        wait_for(browser, f"line-{reference}")
    assert "Hướng dẫn nộp hồ sơ" in browser.find_element(By.ID, f"line-{single}").text
    browser.back()

    click(browser, "#mark-held")
    assert "Đánh dấu buổi tiếp đã tổ chức?" in text_of(browser, "confirm-heading")
    assert "8." in text_of(browser, "consequences"), "the attendance it will record"
    assert accessibility_problems(browser) == [], "the confirmation page"
    click(browser, "#confirm-button")
    assert "đã tổ chức" in text_saying(browser, "done-notice", "đã tổ chức")

    browser.delete_all_cookies()
    browser.get(server.url + "/organisations/xa-tan-thanh/compliance?year=2027")
    row = wait(browser).until(lambda b: b.find_element(By.CSS_SELECTOR, "[id='leader-xa-tan-thanh.chu-tich'] tr[data-period='2027-01']"))
    assert row.find_element(By.CSS_SELECTOR, "td.held").text == "1"
    assert row.get_attribute("data-status") == "in_progress"
    assert browser.find_element(By.CSS_SELECTOR, "[id='leader-xa-tan-thanh.chu-tich'] tr[data-period='2027-02']").get_attribute("data-status") == "ahead"
    assert server.stop() == 0
