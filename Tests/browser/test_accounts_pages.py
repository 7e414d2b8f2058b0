"""A commune's account administrator creates a clerk in the browser; the clerk must change the one-time password
at the first sign-in and then sees only the commune's sessions and questions."""
import json

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browsers import browser, click, sign_out, text_of, wait_for  # noqa: F401 (a fixture)
from conftest import run_command

PASSWORD = "mat-khau-dai"


def ask(server, organisation, text):
    status, _, body = server.request("POST", "/api/v1/questions", {
        "organisation_id": organisation, "category": "question", "text": text, "publish_consent": True,
        "citizen": {"name": "Trần Văn Mười", "phone": "0911 222 333"}})
    assert status == 201, body
    return json.loads(body)["reference"]


def sign_in(browser, server, username, password):
    browser.get(server.url + "/staff")
    wait_for(browser, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    click(browser, "#login-submit")


def test_an_administrator_creates_a_clerk_who_changes_the_password_and_sees_only_the_commune(browser, server_factory, sqlite_url):
    added = run_command("users", "add", "quan.tri.xa", "--role", "admin", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--database", sqlite_url, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url).start()
    own = ask(server, "xa-tan-thanh", "Đường liên ấp 3 bị sạt lở sau mưa, khi nào sửa?")
    other = ask(server, "xa-lai-vung", "Kênh thủy lợi ấp Long Thành bị bồi lắng, xin nạo vét.")
    browser.set_window_size(1280, 900)

    sign_in(browser, server, "quan.tri.xa", PASSWORD)
    wait_for(browser, "dashboard-heading")
    browser.get(server.url + "/staff/accounts")
    wait_for(browser, "accounts-heading")
    options = [option.get_attribute("value") for option in Select(browser.find_element(By.ID, "organisation")).options]
    assert options == ["xa-tan-thanh"], "only the organisations this administrator administers"
    browser.find_element(By.ID, "username").send_keys("van.thu")
    browser.find_element(By.ID, "full_name").send_keys("Lê Thị Hoa")
    browser.find_element(By.ID, "title").send_keys("Công chức Văn phòng - Thống kê")
    browser.find_element(By.ID, "role-secretariat").click()
    click(browser, "#create-account")
    assert text_of(browser, "handover-user") == "van.thu"
    one_time = text_of(browser, "handover-password")
    assert "Lê Thị Hoa" in browser.find_element(By.ID, "account-van.thu").text
    browser.get(server.url + "/staff")
    sign_out(browser)

    sign_in(browser, server, "van.thu", one_time)
    wait_for(browser, "password-submit")
    assert "/staff/account" in browser.current_url, "the one-time password must be changed first"
    browser.get(server.url + "/staff/questions")
    assert "/staff/account" in browser.current_url, "nothing else opens before"
    browser.find_element(By.ID, "current_password").send_keys(one_time)
    browser.find_element(By.ID, "new_password").send_keys("mat-khau-cua-hoa")
    browser.find_element(By.ID, "confirm_password").send_keys("mat-khau-cua-hoa")
    click(browser, "#password-submit")
    wait_for(browser, "dashboard-heading")
    dashboard = browser.find_element(By.TAG_NAME, "main").text
    assert "Tân Thành" in dashboard and "Lai Vung" not in dashboard, "the commune's sessions only"
    browser.get(server.url + "/staff/questions")
    queue = browser.find_element(By.TAG_NAME, "main").text
    assert own in queue and other not in queue, "the commune's questions only"
    assert server.stop() == 0
