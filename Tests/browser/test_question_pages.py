"""A real browser: a citizen on a phone sends a question carrying an XSS payload, fixes what the
error summary names and gets a tracking page; the secretariat screens and assigns it, the
department's officer answers, a leader approves, the secretariat sends it; the citizen reads the
answer and rates it. The payload shows as text on every page and never runs. A denunciation's
sender is visible to the assigned officer only."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browsers import browser, click, fill, sign_in_as, staff_server, text_of, wait, wait_for  # noqa: F401 (fixtures)

PAYLOAD = "<script>window.xss=1</script><img src=x onerror=\"window.xss=2\"> Đường ấp Tân Lợi ngập' OR 1=1 --"


def assert_not_run(browser):
    assert browser.execute_script("return window.xss") is None, "the payload must never run"


def act(browser, server, reference, button):
    """Presses an action on the question's page and waits for the page that answers it: the
    redirect lands on the same address, so the old page going stale is the sign."""
    browser.get(f"{server.url}/staff/questions/{reference}")
    page = wait_for(browser, "question-heading")
    click(browser, f"#{button}")
    wait(browser).until(EC.staleness_of(page))
    wait_for(browser, "question-heading")


def test_a_question_from_a_phone_through_every_desk_to_a_rated_answer(browser, server):
    browser.set_window_size(390, 844)
    browser.get(server.url + "/questions/new?organisation=xa-tan-thanh")
    fill(browser, "text", PAYLOAD)
    fill(browser, "phone", "0911 222 444")
    click(browser, "#continue")
    summary = wait_for(browser, "error-summary")
    assert [a.get_attribute("href").split("#")[1] for a in summary.find_elements(By.TAG_NAME, "a")] == ["name"]
    assert browser.find_element(By.ID, "text").get_attribute("value") == PAYLOAD, "nothing typed is lost"
    fill(browser, "name", "Võ Văn Mười Một")
    consent = browser.find_element(By.ID, "publish_consent")
    assert not consent.is_selected(), "consent to publish is never ticked for the citizen"
    browser.execute_script("arguments[0].click()", consent)
    click(browser, "#continue")
    assert text_of(browser, "answer-text") == PAYLOAD
    assert_not_run(browser)
    click(browser, "#send")
    reference = text_of(browser, "reference")
    assert re.fullmatch(r"Q-\d{4}-\d{6}", reference)
    assert text_of(browser, "question-text") == PAYLOAD
    assert_not_run(browser)
    tracking_url = browser.current_url.replace("&new=1", "")

    browser.set_window_size(1280, 900)
    sign_in_as(browser, server, "thu.ky")
    browser.get(server.url + "/staff/questions?q=duong+tan+loi")
    wait_for(browser, f"row-{reference}")
    browser.get(f"{server.url}/staff/questions/{reference}")
    assert text_of(browser, "question-text") == PAYLOAD
    assert_not_run(browser)
    click(browser, "#reject")
    assert "Ghi lý do" in text_of(browser, "error-summary"), "a rejection needs its reason"
    act(browser, server, reference, "accept")
    Select(wait_for(browser, "department_id")).select_by_value("xa-tan-thanh.dia-chinh")
    click(browser, "#assign")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "history"), "Đã chuyển đơn vị trả lời"))

    sign_in_as(browser, server, "can.bo")
    browser.get(server.url + "/staff/questions")
    wait_for(browser, f"row-{reference}")
    browser.get(f"{server.url}/staff/questions/{reference}")
    fill(browser, "answer-text", "Xã sẽ nâng cấp đường ấp Tân Lợi trong tháng 12.")
    click(browser, "#save-answer")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "question-answer"), "tháng 12"))
    assert not browser.find_elements(By.ID, "approve"), "an officer does not approve"

    sign_in_as(browser, server, "lanh.dao")
    act(browser, server, reference, "approve")
    sign_in_as(browser, server, "thu.ky")
    act(browser, server, reference, "publish")

    browser.delete_all_cookies()
    browser.set_window_size(390, 844)
    browser.get(tracking_url)
    assert text_of(browser, "question-answer") == "Xã sẽ nâng cấp đường ấp Tân Lợi trong tháng 12."
    assert text_of(browser, "question-status") == "Đã trả lời"
    click(browser, "label[for=score-5]")
    click(browser, "#rate")
    assert text_of(browser, "question-rating").endswith("5/5")
    history = text_of(browser, "history")
    for step in ("Đã nhận", "Đã tiếp nhận xử lý", "Đã chuyển đơn vị trả lời", "Lãnh đạo đã duyệt", "Đã trả lời"):
        assert step in history
    assert_not_run(browser)


def test_a_denouncer_is_seen_by_the_assigned_officer_only(browser, server):
    browser.set_window_size(1280, 900)
    browser.get(server.url + "/questions/new?organisation=xa-tan-thanh")
    click(browser, "label[for=category-denunciation]")
    fill(browser, "text", "Cán bộ địa chính xã đòi tiền khi làm thủ tục đất đai.")
    fill(browser, "name", "Lý Thị Kín Đáo")
    fill(browser, "phone", "0977 111 000")
    click(browser, "#continue")
    summary = wait_for(browser, "error-summary").text
    assert "căn cước" in summary and "địa chỉ" in summary.lower(), "a denouncer identifies themselves (Law 136/2025/QH15)"
    fill(browser, "address", "Ấp Tân Lợi")
    fill(browser, "id_number", "079186007777")
    click(browser, "#continue")
    assert wait_for(browser, "secrecy-note").is_displayed()
    click(browser, "#send")
    reference = text_of(browser, "reference")

    sign_in_as(browser, server, "thu.ky")
    browser.get(f"{server.url}/staff/questions/{reference}")
    wait_for(browser, "question-text")
    assert not browser.find_elements(By.ID, "submitter-link")
    browser.get(f"{server.url}/staff/questions/{reference}/submitter")
    assert "Lý Thị Kín Đáo" not in browser.page_source
    act(browser, server, reference, "accept")
    Select(wait_for(browser, "department_id")).select_by_value("xa-tan-thanh.dia-chinh")
    click(browser, "#assign")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "history"), "Đã chuyển đơn vị trả lời"))

    sign_in_as(browser, server, "can.bo")
    browser.get(f"{server.url}/staff/questions/{reference}")
    click(browser, "#submitter-link")
    assert text_of(browser, "submitter-name") == "Lý Thị Kín Đáo"
