"""The browser every page test drives: headless Chromium as a Vietnamese user has it."""
import json
import shutil
from pathlib import Path

import axe_core_python
from datetime import datetime, timedelta, timezone

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from axe_selenium_python import Axe

from conftest import run_command

# The staff of the page tests: a clerk, a leader and an officer of Tân Thành's Địa chính.
STAFF = (("thu.ky", "secretariat", None), ("lanh.dao", "leader", None), ("can.bo", "officer", "xa-tan-thanh.dia-chinh"))
PASSWORD = "mat-khau-dai"


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    # A clerk's or citizen's browser in Vietnam asks for Vietnamese first.
    options.add_argument("--lang=vi")
    options.add_experimental_option("prefs", {"intl.accept_languages": "vi-VN,vi,en"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait(browser):
    """A wait that looks again while the browser is between two pages."""
    return WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException, WebDriverException))


def wait_for(browser, element_id):
    return wait(browser).until(EC.presence_of_element_located((By.ID, element_id)))


def text_of(browser, element_id):
    """The element's text once the page that has it has settled."""
    return wait(browser).until(lambda driver: driver.find_element(By.ID, element_id).text or None)


def text_saying(browser, element_id, expected):
    """The element's text once it says `expected`: after a post the old page may still show the same element with what
    the last post said, so waiting for the element alone reads the wrong page. Fails after the wait with the text seen."""
    try:
        return wait(browser).until(lambda driver: (lambda text: text if expected in text else None)(driver.find_element(By.ID, element_id).text))
    except Exception:
        return browser.find_element(By.ID, element_id).text


def submit(browser, element):
    """Clicks `element`, a form's button, and waits until its page has been replaced by the answer: the answer may
    show the same notice as the page it replaces, so reading before the replacement reads the old page."""
    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    wait(browser).until(EC.staleness_of(page))


def click(browser, css):
    """Clicks the first element matching `css` once the page that has it has loaded."""
    def clicked(driver):
        try:
            driver.find_element(By.CSS_SELECTOR, css).click()
            return True
        except (StaleElementReferenceException, NoSuchElementException, WebDriverException):
            return False
    wait(browser).until(clicked)


def fill(browser, field, text):
    element = browser.find_element(By.ID, field)
    element.clear()
    element.send_keys(text)


@pytest.fixture(name="server")
def staff_server(server_factory, sqlite_url, tmp_path):
    """The real server on a fresh database with the STAFF accounts."""
    for username, role, department in STAFF:
        args = ["users", "add", username, "--role", role, "--organisation", "xa-tan-thanh", "--password-stdin", "--database", sqlite_url]
        if department:
            args += ["--department", department]
        added = run_command(*args, stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")]).start()
    yield server
    assert server.stop() == 0


def sign_in_as(browser, server, username):
    """Signs in as `username` in a browser with no earlier sign-in."""
    browser.delete_all_cookies()
    browser.get(server.url + "/staff")
    fill(browser, "username", username)
    fill(browser, "password", PASSWORD)
    click(browser, "#login-submit")
    wait_for(browser, "dashboard-heading")


VIETNAM = timezone(timedelta(hours=7))


def adhoc_session(server, title="Tiếp công dân về ngập úng", **extra):
    """An ad-hoc reception session of Tân Thành's first leader, starting in two hours, or at noon when those two hours
    would meet the morning, when the shipped schedule holds its leaders' own sessions (07:30 to 11:30, Vietnam time):
    the leader cannot be in two sessions at once (`extra` adds fields such as `mode` and `join_url`); its id."""
    token = server.login("thu.ky", PASSWORD)
    _, _, body = server.request("GET", "/api/v1/leaders?organisation=xa-tan-thanh")
    leader = json.loads(body)["items"][0]["id"]
    start = (datetime.now(timezone.utc).replace(microsecond=0) + timedelta(hours=2)).astimezone(VIETNAM)
    morning, noon = start.replace(hour=7, minute=0, second=0), start.replace(hour=12, minute=0, second=0)
    if start < noon and start + timedelta(hours=2) > morning:
        start = noon
    status, _, body = server.request("POST", "/api/v1/sessions", {
        "organisation_id": "xa-tan-thanh", "title": title, "leader_ids": [leader], "location": "Hội trường",
        "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat(), "reason": "Nhiều hộ phản ánh", **extra},
        headers={"Authorization": f"Bearer {token}"})
    assert status == 201, body
    return json.loads(body)["id"]


# axe-selenium-python drives it; its own axe-core is 3.1 (2018), which does not know HTML 5.2's <div> groups in a <dl>:
# axe-core 4.4 from axe-core-python instead.
AXE_SCRIPT = str(Path(axe_core_python.__file__).parent / "axe.min.js")


def accessibility_problems(browser):
    """What axe-core finds critical or serious on the page shown, and a missing main landmark."""
    axe = Axe(browser, script_url=AXE_SCRIPT)
    axe.inject()
    violations = axe.run()["violations"]
    found = [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in violations if v["impact"] in ("critical", "serious")]
    # Printable documents are pages too: each has its main landmark.
    return found + [f"{v['id']}: no main landmark" for v in violations if v["id"] == "landmark-one-main"]


def sign_out(browser):
    """Signs out from the page shown and forgets every cookie. Waits for the answer to the sign-out to replace the page:
    the next page asked for before it arrives may be replaced by it (the sign-out's redirect lands after)."""
    page = browser.find_element(By.TAG_NAME, "html")
    click(browser, "#logout")
    wait(browser).until(EC.staleness_of(page))
    wait_for(browser, "main")
    browser.delete_all_cookies()
