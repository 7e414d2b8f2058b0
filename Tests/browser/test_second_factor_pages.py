"""Two-step sign-in in the browser: a commune that requires it for its clerks makes the new clerk enrol an
authenticator app (the QR code and key on the account page, the app's codes made here by pyotp) before anything
else opens; recovery codes are shown once and sign in once."""
import pyotp
from selenium.webdriver.common.by import By

from browsers import browser, click, sign_out, text_of, wait, wait_for  # noqa: F401 (a fixture)
from conftest import run_command, schedules_requiring_second_factor

PASSWORD = "mat-khau-dai"


def sign_in(browser, server, password, code="", username="thu.ky"):
    browser.get(server.url + "/staff")
    wait_for(browser, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "code").send_keys(code)
    click(browser, "#login-submit")


def test_a_clerk_enrols_the_app_the_commune_requires_and_signs_in_with_it(browser, server_factory, sqlite_url, tmp_path):
    schedules = schedules_requiring_second_factor(tmp_path, "xa-tan-thanh", ["secretariat"])
    added = run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh", "--name", "Lê Thị Hoa",
                        "--password-stdin", "--schedules", schedules, "--database", sqlite_url, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    added = run_command("users", "add", "quan.tri.xa", "--role", "admin", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--schedules", schedules, "--database", sqlite_url, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url, args=["--schedules", schedules]).start()
    browser.set_window_size(390, 844)

    sign_in(browser, server, PASSWORD)
    wait_for(browser, "enrol-required")
    assert browser.current_url.endswith("/staff/account")
    browser.get(server.url + "/staff/questions")
    assert browser.current_url.endswith("/staff/account"), "nothing else opens before the app is enrolled"
    assert not browser.find_elements(By.ID, "totp-remove")

    click(browser, "#totp-start")
    wait_for(browser, "totp-qr")
    svg = browser.find_element(By.CSS_SELECTOR, "#totp-qr svg")
    assert svg.get_attribute("role") == "img" and svg.size["width"] <= 390, "the code fits a phone's screen"
    app = pyotp.TOTP(text_of(browser, "totp-secret").replace(" ", ""))
    assert pyotp.parse_uri(browser.find_element(By.ID, "totp-uri").get_attribute("href")).secret == app.secret
    browser.refresh()
    assert text_of(browser, "totp-secret").replace(" ", "") == app.secret, "a reload shows the same key, not a new one"

    wrong = "000000" if app.now() != "000000" else "111111"
    wait_for(browser, "code").send_keys(wrong)
    click(browser, "#totp-confirm")
    summary = wait(browser).until(lambda driver: driver.find_element(By.CLASS_NAME, "error-summary"))
    assert "Mã không đúng" in summary.text
    wait_for(browser, "code").send_keys(app.now())
    click(browser, "#totp-confirm")
    recovery = [item.text for item in wait_for(browser, "recovery-codes").find_elements(By.TAG_NAME, "li")]
    assert len(recovery) == 10 and len(set(recovery)) == 10
    assert browser.find_elements(By.ID, "second-factor-on")
    assert not browser.find_elements(By.ID, "totp-remove"), "the commune requires it: it can be replaced, not removed"
    browser.get(server.url + "/staff/questions")
    assert browser.current_url.endswith("/staff/questions"), "enrolled: the office opens"
    browser.refresh()
    assert not browser.find_elements(By.ID, "recovery-codes")

    browser.get(server.url + "/staff")
    sign_out(browser)
    sign_in(browser, server, PASSWORD)
    wait(browser).until(lambda driver: driver.find_element(By.CLASS_NAME, "error-summary"))
    assert "mã 6 số" in browser.find_element(By.ID, "code").find_element(By.XPATH, "..").text, "the form asks for the app's code"
    sign_in(browser, server, PASSWORD, recovery[0])
    wait_for(browser, "dashboard-heading")
    sign_out(browser)
    sign_in(browser, server, PASSWORD, recovery[0])
    assert wait(browser).until(lambda driver: driver.find_element(By.CLASS_NAME, "error-summary")), "a recovery code signs in once"

    # Phone and codes lost: the commune's administrator turns the factor off; the clerk must enrol a new app.
    sign_in(browser, server, PASSWORD, username="quan.tri.xa")
    wait_for(browser, "dashboard-heading")
    browser.get(server.url + "/staff/accounts")
    assert "xác thực hai bước" in text_of(browser, "account-thu.ky")
    click(browser, "#second-factor-off-thu\\.ky")
    # The accounts page is the one the post returns to: wait for the new one, not the heading the old one still shows.
    assert wait(browser).until(lambda driver: not driver.find_elements(By.ID, "second-factor-off-thu.ky"))
    wait_for(browser, "accounts-heading")
    browser.get(server.url + "/staff")
    sign_out(browser)
    sign_in(browser, server, PASSWORD)
    wait_for(browser, "enrol-required")
    assert server.stop() == 0
