"""A real browser: the clerk drafts the minutes of a session from its day list, writes the
conclusion, finalises them (numbered, locked), edits again (a new version; the first stays as
it was) and prints the register."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

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
