"""A real browser runs a radio programme: the clerk finds it on the dashboard, invites the panel
from the programme page, then works the live console on a phone-sized screen, with JavaScript
(marks and call-ins saved without reloading the page) and without it (the same forms posted the
plain way), and ends the programme."""
import json
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browsers import PASSWORD, browser, click, fill, sign_in_as, staff_server, text_of, wait, wait_for  # noqa: F401 (fixtures)


@pytest.fixture
def plain_browser():
    """Chromium with JavaScript switched off, as on a locked-down office computer."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2,
                                              "intl.accept_languages": "vi-VN,vi,en"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def programme_with_questions(server):
    """A programme with three questions whose askers agreed to hear them on air, screened by the secretariat: what the
    rundown takes (`PublicVisibility.mayAir`)."""
    _, _, body = server.request("GET", "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=5")
    programme = next(item["id"] for item in json.loads(body)["items"] if item["questions_open"])
    clerk = {"Authorization": f"Bearer {server.login('thu.ky', PASSWORD)}"}
    references = []
    for index, text in enumerate(("Đường liên ấp Tân Lợi ngập sâu mỗi mùa mưa, khi nào sửa?",
                                  "Trường tiểu học ấp Tân Hòa thiếu phòng học.",
                                  "Đèn đường ấp Tân Lợi hỏng đã lâu.")):
        status, _, body = server.request("POST", "/api/v1/questions", {
            "organisation_id": "xa-tan-thanh", "session_id": programme, "category": "question", "publish_consent": True,
            "broadcast_consent": True, "text": text, "citizen": {"name": f"Người hỏi {index}", "phone": f"0911 200 00{index}"}})
        assert status == 201, body
        reference = json.loads(body)["reference"]
        status, _, body = server.request("POST", f"/api/v1/questions/{reference}/screen", {"decision": "accept"}, headers=clerk)
        assert status == 200, body
        references.append(reference)
    return programme, references


def row_state(browser, reference):
    return browser.find_element(By.CSS_SELECTOR, f"[id='row-{reference}'] [data-role=state]").text


def test_the_console_with_javascript_on_a_phone(browser, server):
    programme, references = programme_with_questions(server)
    browser.set_window_size(390, 844)
    sign_in_as(browser, server, "thu.ky")
    click(browser, f"#programmes a[href='/staff/programmes/{programme}']")
    assert "Chưa mời" in text_of(browser, "panel")
    click(browser, "#invite")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "panel"), "Đã mời"))
    assert "Chưa mời" not in browser.find_element(By.ID, "panel").text

    browser.get(f"{server.url}/staff/programmes/{programme}/console")
    click(browser, "#start")
    click(browser, "#confirm-button")
    wait(browser).until(lambda driver: ":" in driver.find_element(By.ID, "clock-elapsed").text)
    # A mark on the page survives only if the page is never reloaded.
    browser.execute_script("window.stillHere = true")
    first = references[0]
    fill(browser, f"answer-{first}", "Khởi công tháng 01/2027.")
    click(browser, f"[id='row-{first}'] .mark-answered")
    wait(browser).until(lambda driver: row_state(driver, first) == "Đã trả lời")
    click(browser, f"[id='row-{references[1]}'] .mark-deferred")
    wait(browser).until(lambda driver: row_state(driver, references[1]) == "Hoãn")
    fill(browser, "caller", "Bà Tư, ấp Tân Hòa")
    fill(browser, "phone", "0977 555 666")
    fill(browser, "call-text", "Xin hỏi lịch tiêm phòng cho trẻ?")
    click(browser, "#log-call")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "call-ins"), "Bà Tư, ấp Tân Hòa"))
    assert browser.execute_script("return window.stillHere") is True, "the console updated without reloading"
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), "fits a phone's width"
    assert "0977 555 666" not in browser.find_element(By.ID, "call-ins").text

    browser.refresh()
    assert row_state(browser, first) == "Đã trả lời", "the marks were saved, not only shown"
    assert "0977 555 666" not in browser.page_source


def test_the_console_without_javascript_and_closing(plain_browser, server):
    programme, references = programme_with_questions(server)
    browser = plain_browser
    browser.set_window_size(390, 844)
    sign_in_as(browser, server, "thu.ky")
    browser.get(f"{server.url}/staff/programmes/{programme}/console")
    assert browser.find_element(By.ID, "clock-elapsed").text == "Chưa lên sóng"
    click(browser, "#start")
    click(browser, "#confirm-button")
    wait_for(browser, "clock-offset")
    first = references[0]
    fill(browser, f"answer-{first}", "Khởi công tháng 01/2027.")
    old = browser.find_element(By.ID, "console-heading")
    click(browser, f"[id='row-{first}'] .mark-answered")
    wait(browser).until(EC.staleness_of(old))
    assert row_state(browser, first) == "Đã trả lời"
    fill(browser, "call-text", "Khi nào có nước sạch?")
    old = browser.find_element(By.ID, "console-heading")
    click(browser, "#log-call")
    wait(browser).until(EC.staleness_of(old))
    assert "Khi nào có nước sạch?" in text_of(browser, "call-ins")

    # Closing names the questions that still need a department, then closes once they have one.
    old = browser.find_element(By.ID, "console-heading")
    click(browser, "#close")
    wait(browser).until(EC.staleness_of(old))
    assert references[1] in text_of(browser, "error-summary")
    for select in browser.find_elements(By.CSS_SELECTOR, "#close-form select"):
        Select(select).select_by_value("xa-tan-thanh.dia-chinh")
    old = browser.find_element(By.ID, "console-heading")
    click(browser, "#close")
    wait(browser).until(EC.staleness_of(old))
    assert "Chương trình đã kết thúc" in text_of(browser, "closed-note")
    assert not browser.find_elements(By.CSS_SELECTOR, ".mark-answered"), "a closed programme takes no more marks"
