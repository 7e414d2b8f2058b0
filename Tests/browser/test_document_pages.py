"""A real browser: the clerk drafts the minutes of a session from its day list, writes the
conclusion, finalises them (numbered, locked), edits again (a new version; the first stays as
it was) and prints the register."""
import json
from datetime import datetime, timedelta, timezone

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from browsers import browser, click, fill, sign_in_as, staff_server, text_of, wait, wait_for  # noqa: F401 (fixtures)


def test_minutes_drafted_finalised_and_versioned(browser, server):
    token = server.login("thu.ky", "mat-khau-dai")
    _, _, body = server.request("GET", "/api/v1/leaders?organisation=xa-tan-thanh")
    leader = json.loads(body)["items"][0]["id"]
    start = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(hours=2)
    status, _, body = server.request("POST", "/api/v1/sessions", {
        "organisation_id": "xa-tan-thanh", "title": "Tiếp công dân về ngập úng", "leader_ids": [leader], "location": "Hội trường",
        "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat(), "reason": "Nhiều hộ phản ánh"},
        headers={"Authorization": f"Bearer {token}"})
    assert status == 201, body
    session = json.loads(body)["id"]

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
