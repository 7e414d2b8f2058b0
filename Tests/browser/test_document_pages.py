"""A real browser: the clerk drafts the minutes of a session from its day list, writes the
conclusion, finalises them (numbered, locked), edits again (a new version; the first stays as
it was) and prints the register; then chooses approved answers for a bulletin, publishes it,
and corrects it with a second one."""
import json

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browsers import adhoc_session, browser, click, fill, sign_in_as, staff_server, text_of, wait, wait_for  # noqa: F401 (fixtures)


def test_minutes_drafted_finalised_and_versioned(browser, server):
    session = adhoc_session(server)

    browser.set_window_size(390, 844)
    sign_in_as(browser, server, "thu.ky")
    browser.get(f"{server.url}/staff/sessions/{session}")
    click(browser, "#draft-minutes")
    assert text_of(browser, "minutes-state") == "Bản nháp"
    fill(browser, "conclusion", "Giao Công chức Địa chính khảo sát tuyến kênh <ấp 2> trong tuần.")
    old = browser.find_element(By.ID, "minutes-heading")
    click(browser, "#save-minutes")
    wait(browser).until(EC.staleness_of(old))
    assert "<ấp 2>" in browser.find_element(By.ID, "conclusion").get_attribute("value")
    old = browser.find_element(By.ID, "minutes-heading")
    click(browser, "#finalise")
    wait(browser).until(EC.staleness_of(old))
    assert text_of(browser, "minutes-state") == "Đã hoàn thành"
    minutes_url = browser.find_element(By.ID, "minutes-view").get_attribute("href")

    fill(browser, "notes", "Bổ sung: công dân đề nghị trả lời bằng văn bản.")
    old = browser.find_element(By.ID, "minutes-heading")
    click(browser, "#save-minutes")
    wait(browser).until(EC.staleness_of(old))
    assert text_of(browser, "minutes-version") == "2" and text_of(browser, "minutes-state") == "Bản nháp"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#versions li")) == 2

    browser.get(minutes_url)
    document = browser.find_element(By.TAG_NAME, "body").text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document and "Số: 1/BB-UBND" in document
    assert "<ấp 2>" in document, "typed text is shown as text, not markup"
    assert "Bổ sung" not in document, "the finalised version stays as it was"

    browser.get(f"{server.url}/staff/sessions/{session}")
    click(browser, "#register-document-link")
    wait(browser).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), "SỔ TIẾP CÔNG DÂN"))
    assert "Mẫu số 03" in browser.find_element(By.TAG_NAME, "body").text


def approve(server, text, phone):
    tokens = {name: server.login(name, "mat-khau-dai") for name in ("thu.ky", "can.bo", "lanh.dao")}
    status, _, body = server.request("POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "question", "publish_consent": True, "text": text,
        "citizen": {"name": "Lê Thị Hỏi", "phone": phone}})
    assert status == 201, body
    reference = json.loads(body)["reference"]
    for name, step, payload in (("thu.ky", "screen", {"decision": "accept"}), ("thu.ky", "assign", {"department_id": "xa-tan-thanh.dia-chinh"}),
                                ("can.bo", "answer", {"text": "Xã sẽ sửa trong tháng 12."}), ("lanh.dao", "approve", {})):
        status, _, body = server.request("POST", f"/api/v1/questions/{reference}/{step}", payload,
                                         headers={"Authorization": f"Bearer {tokens[name]}", "Content-Type": "application/json"})
        assert status == 200, (step, body)
    return reference


def test_a_bulletin_chosen_published_and_corrected(browser, server):
    first = approve(server, "Cống ấp Tân Lợi bị vỡ, khi nào sửa?", "0911 400 001")
    second = approve(server, "Đường ấp Tân Hòa bao giờ trải nhựa?", "0911 400 002")
    browser.set_window_size(390, 844)
    sign_in_as(browser, server, "thu.ky")
    browser.get(f"{server.url}/staff/bulletins?organisation=xa-tan-thanh")
    assert browser.find_element(By.ID, f"pick-{first}").is_selected(), "approved answers come ticked"
    click(browser, f"[for='pick-{second}']")
    old = browser.find_element(By.ID, "bulletins-heading")
    browser.execute_script("document.getElementById('title').removeAttribute('required')")
    click(browser, "#publish")
    wait(browser).until(EC.staleness_of(old))
    assert "tiêu đề" in text_of(browser, "error-summary")
    fill(browser, "title", "Bản tin giải đáp tháng 11")
    click(browser, "#publish")
    assert "không sửa được" in text_of(browser, "consequences"), "asked first: a bulletin cannot be changed"
    click(browser, "#confirm-button")
    wait(browser).until(EC.url_contains("/bulletins/BT-"))
    page = browser.find_element(By.TAG_NAME, "body").text
    assert first in page and second not in page and "0911 400 001" not in page
    bulletin = browser.current_url.rsplit("/", 1)[1]

    browser.get(f"{server.url}/staff/bulletins?organisation=xa-tan-thanh")
    fill(browser, "title", "Bản tin giải đáp tháng 11 (đính chính)")
    Select(browser.find_element(By.ID, "replaces")).select_by_value(bulletin)
    click(browser, "#publish")
    click(browser, "#confirm-button")
    wait(browser).until(lambda driver: "/bulletins/BT-" in driver.current_url and not driver.current_url.endswith(bulletin))
    assert "Bản tin này đính chính" in browser.find_element(By.TAG_NAME, "body").text
    assert second in browser.find_element(By.TAG_NAME, "body").text
    browser.get(f"{server.url}/bulletins/{bulletin}")
    assert "đã được đính chính" in browser.find_element(By.TAG_NAME, "body").text
