"""A real browser: a secretariat clerk signs in and reaches the dashboard, on a phone too."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from browsers import browser  # noqa: F401 (a fixture)
from conftest import run_command


@pytest.fixture
def server(server_factory, sqlite_url):
    added = run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--database", sqlite_url, stdin="mat-khau-dai\n")
    assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url).start()
    yield server
    assert server.stop() == 0


def sign_in(browser, server, password):
    browser.get(server.url + "/staff")
    browser.find_element(By.ID, "username").send_keys("thu.ky")
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "login-submit").click()


def test_staff_sign_in_reaches_the_dashboard_and_signs_out(browser, server):
    browser.set_window_size(1280, 900)
    sign_in(browser, server, "sai-mat-khau")
    summary = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CLASS_NAME, "error-summary")))
    assert "không đúng" in summary.text
    sign_in(browser, server, "mat-khau-dai")
    heading = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "dashboard-heading")))
    assert heading.text == "Bảng điều khiển"
    assert browser.find_element(By.ID, "signed-in-user").text == "thu.ky"
    browser.find_element(By.ID, "logout").click()
    WebDriverWait(browser, 10).until(EC.url_to_be(server.url + "/"))
    browser.get(server.url + "/staff")
    assert browser.find_elements(By.ID, "login-submit"), "after signing out the dashboard must ask for a sign-in again"


def test_pages_fit_a_phone_and_switch_language(browser, server):
    browser.set_window_size(360, 740)
    browser.get(server.url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than a phone screen"
    browser.find_element(By.LINK_TEXT, "English").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
    browser.get(server.url + "/staff")
    assert browser.find_element(By.ID, "login-submit").text == "Sign in", "the language choice is remembered"
    sign_in(browser, server, "mat-khau-dai")
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "dashboard-heading")))
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_a_citizen_finds_the_schedule_on_a_phone(browser, server):
    browser.set_window_size(360, 740)
    browser.get(server.url + "/")
    browser.find_element(By.LINK_TEXT, "Ủy ban nhân dân xã Tân Thành").click()
    heading = WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert heading.text == "Ủy ban nhân dân xã Tân Thành"
    sessions = browser.find_elements(By.CSS_SELECTOR, "li.session")
    assert sessions, "the next eight weeks hold sessions"
    assert any("Chủ tịch UBND xã Nguyễn Văn An" in s.text for s in sessions)
    assert all("Thứ" in s.text or "Chủ nhật" in s.text for s in sessions), "days are named in Vietnamese"
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the schedule is {overflow}px wider than a phone screen"
    feed = browser.find_element(By.PARTIAL_LINK_TEXT, "iCalendar").get_attribute("href")
    assert feed.endswith("/calendar/xa-tan-thanh.ics")
