"""A real browser on a phone: a citizen books a reception slot through every step, fixes what
the error summary names, changes an answer, gets a reference and cancels; a clerk checks the
citizen in, records the outcome and reads the day in the register (Form 03), page and CSV."""
import csv
import io
import json
import re
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from icalendar import Calendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browsers import browser, click, fill, text_of, wait, wait_for  # noqa: F401 (browser is a fixture)
from conftest import run_command


@pytest.fixture
def server(server_factory, sqlite_url):
    added = run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--database", sqlite_url, stdin="mat-khau-dai\n")
    assert added.returncode == 0, added.stderr
    # 10:00 in Vietnam on a weekday: a session an hour ahead is today's, whenever the tests run.
    server = server_factory(sqlite_url, args=["--booking-closes-minutes", "5"], clock="2027-01-06 03:00:00").start()
    yield server
    assert server.stop() == 0


def test_a_citizen_books_on_a_phone_fixes_errors_changes_an_answer_and_cancels(browser, server):
    browser.set_window_size(390, 844)
    browser.get(server.url + "/book")
    Select(browser.find_element(By.ID, "organisation")).select_by_value("xa-tan-thanh")
    browser.find_element(By.ID, "show-sessions").click()
    wait(browser).until(EC.url_contains("organisation=xa-tan-thanh"))
    click(browser, "input[name=session]")
    click(browser, "#continue")

    wait(browser).until(EC.url_contains("/book/slot"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Bạn muốn đến vào giờ nào?", browser.page_source[:3000]
    browser.find_element(By.CSS_SELECTOR, "input[name=slot]:not([disabled])").click()
    browser.find_element(By.ID, "continue").click()

    wait_for(browser, "name")
    fill(browser, "name", "Nguyễn Thị <b>Lan</b>")
    fill(browser, "subject", "Đường xã ngập nước; ' OR 1=1 --")
    fill(browser, "group_size", "6")
    browser.find_element(By.ID, "continue").click()

    summary = wait_for(browser, "error-summary")
    links = {link.get_attribute("href").split("#")[1]: link.text for link in summary.find_elements(By.TAG_NAME, "a")}
    assert set(links) == {"phone", "representatives"}
    assert "số điện thoại" in links["phone"]
    assert browser.find_element(By.ID, "name").get_attribute("value") == "Nguyễn Thị <b>Lan</b>", "nothing typed is lost"

    fill(browser, "phone", "0912 345 678")
    fill(browser, "representatives", "Nguyễn Thị Lan\nTrần Văn Hai")
    browser.find_element(By.ID, "continue").click()

    assert text_of(browser, "answer-phone") == "0912 345 678"
    assert text_of(browser, "answer-name") == "Nguyễn Thị <b>Lan</b>", "escaped, shown verbatim"
    browser.find_element(By.ID, "change-phone").click()
    phone = wait_for(browser, "phone")
    assert browser.switch_to.active_element == phone, "the field to change has the focus"
    fill(browser, "phone", "0987 654 321")
    browser.find_element(By.ID, "continue").click()
    assert text_of(browser, "answer-phone") == "0987 654 321"
    browser.find_element(By.ID, "send").click()

    reference = text_of(browser, "reference")
    assert re.fullmatch(r"TD-\d{4}-\d{6}", reference)
    assert browser.find_element(By.ID, "confirmation").is_displayed()
    assert text_of(browser, "booking-status") == "Đã xác nhận"

    ics_url = browser.find_element(By.ID, "add-to-calendar").get_attribute("href")
    with urllib.request.urlopen(ics_url) as response:
        event = Calendar.from_ical(response.read()).walk("VEVENT")[0]
    assert str(event["UID"]) == f"{reference}@tiepdan"

    booking_url = browser.current_url.replace("&new=1", "")
    browser.get(booking_url)
    click(browser, "#cancel-booking")
    assert "danh sách chờ" in text_of(browser, "consequences"), "asked first, saying what happens to the seat"
    click(browser, "#confirm-button")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "booking-status"), "Đã hủy"))
    assert not browser.find_elements(By.ID, "cancel-booking")


def test_a_clerk_checks_citizens_in_records_outcomes_and_reads_the_register(browser, server):
    token = server.login("thu.ky", "mat-khau-dai")
    auth = {"Authorization": f"Bearer {token}"}
    _, _, body = server.request("GET", "/api/v1/leaders?organisation=xa-tan-thanh")
    leader = json.loads(body)["items"][0]["id"]
    start = server.now().replace(microsecond=0) + timedelta(hours=1)
    status, _, body = server.request("POST", "/api/v1/sessions", {
        "organisation_id": "xa-tan-thanh", "title": "Tiếp đột xuất vụ việc đông người", "leader_ids": [leader],
        "location": "Hội trường UBND xã", "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat(),
        "reason": "Nhiều hộ dân phản ánh ngập úng", "slot_minutes": 30, "slot_capacity": 2}, headers=auth)
    assert status == 201, body
    session = json.loads(body)["id"]
    references = []
    for name, phone in (("Lê Văn Tám", "0901 000 001"), ("Hồ Thị Chín", "0901 000 002")):
        status, _, body = server.request("POST", "/api/v1/bookings", {
            "session_id": session, "subject": "Ngập úng ấp 2", "citizen": {"name": name, "phone": phone, "address": "Ấp 2"}})
        assert status == 201, body
        references.append(json.loads(body)["reference"])

    browser.set_window_size(1280, 900)
    browser.get(server.url + "/staff")
    browser.find_element(By.ID, "username").send_keys("thu.ky")
    browser.find_element(By.ID, "password").send_keys("mat-khau-dai")
    browser.find_element(By.ID, "login-submit").click()
    click(browser, f"a.day-link[href='/staff/sessions/{session}']")
    assert text_of(browser, "day-heading") == "Tiếp đột xuất vụ việc đông người"

    first = browser.find_element(By.ID, references[0])
    assert "0901 000 001" in first.text, "the day list shows staff the citizen's contact"
    first.find_element(By.CSS_SELECTOR, "button.check-in").click()
    first = wait(browser).until(lambda b: b.find_element(By.ID, references[0])
                                if b.find_element(By.ID, references[0]).find_elements(By.CSS_SELECTOR, ".outcome-form") else False)
    assert "Đã đến lúc" in first.text
    Select(first.find_element(By.NAME, "outcome")).select_by_value("refused")
    Select(first.find_element(By.NAME, "category")).select_by_value("complaint")
    first.find_element(By.CSS_SELECTOR, "button.record-outcome").click()
    summary = wait_for(browser, "error-summary")
    assert "lý do từ chối" in summary.text, "a refusal needs its reason"

    first = browser.find_element(By.ID, references[0])
    first.find_element(By.NAME, "detail").send_keys("Vụ việc đã được giải quyết đúng pháp luật")
    Select(first.find_element(By.NAME, "outcome")).select_by_value("refused")
    first.find_element(By.CSS_SELECTOR, "button.record-outcome").click()
    wait(browser).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, f"[id='{references[0]}'] .outcome"), "Từ chối tiếp"))
    assert text_of(browser, "checked-in-people") == "1"

    browser.find_element(By.ID, "register-link").click()
    line = wait_for(browser, f"line-{references[0]}")
    assert "Lê Văn Tám, Ấp 2" in line.text
    assert "Từ chối tiếp: Vụ việc đã được giải quyết đúng pháp luật" in line.text
    assert not browser.find_elements(By.ID, f"line-{references[1]}"), "only citizens who came are in the register"

    csv_url = browser.find_element(By.ID, "register-csv").get_attribute("href")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(csv_url, headers={"Cookie": cookie})) as response:
        assert response.headers["Content-Type"].startswith("text/csv")
        text = response.read().decode("utf-8")
    assert text.startswith("\ufeff"), "a byte order mark, so Excel reads Vietnamese"
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:4] == ["STT", "Ngày tiếp", "Họ tên, địa chỉ", "Số CCCD"]
    assert len(rows) == 2 and rows[1][2] == "Lê Văn Tám, Ấp 2"
    with urllib.request.urlopen(csv_url) as response:
        assert response.url == server.url + "/staff", "without a sign-in the register sends to the login form"
        assert response.headers["Content-Type"].startswith("text/html")
