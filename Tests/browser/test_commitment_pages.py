"""A real browser: a leader records a commitment from a session's day list, the department's
officer reports progress and then completion, and the public accountability page and the
commitment's own page show it with its history."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from browsers import adhoc_session, browser, click, fill, sign_in_as, staff_server, text_of, wait, wait_for  # noqa: F401 (fixtures)


def test_a_commitment_from_the_session_to_the_public_page(browser, server):
    session = adhoc_session(server)

    browser.set_window_size(1280, 900)
    sign_in_as(browser, server, "lanh.dao")
    browser.get(f"{server.url}/staff/sessions/{session}")
    click(browser, "#record-commitment")
    assert "Ghi nội dung cam kết" in text_of(browser, "commitment-errors")
    fill(browser, "commitment-text", "Nạo vét kênh ấp 2 trước mùa mưa")
    Select(browser.find_element(By.ID, "commitment-owner")).select_by_value("xa-tan-thanh.dia-chinh")
    browser.execute_script("document.getElementById('commitment-due').value = '2099-06-30'")
    click(browser, "#record-commitment")
    assert "Nạo vét kênh ấp 2 trước mùa mưa" in text_of(browser, "session-commitments")
    commitment = browser.find_element(By.CSS_SELECTOR, "#session-commitments a").text

    sign_in_as(browser, server, "can.bo")
    browser.get(server.url + "/staff/commitments")
    section = wait_for(browser, commitment)
    fill(browser, f"progress-{commitment}", "60")
    fill(browser, f"note-{commitment}", "Đã thuê máy, nạo vét được 600 m")
    fill(browser, f"evidence-{commitment}", "https://xa-tan-thanh.gov.vn/anh/kenh.jpg")
    click(browser, f"[id='{commitment}'] button.report-progress")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, commitment), "60%"))
    Select(browser.find_element(By.ID, f"status-{commitment}")).select_by_value("done")
    fill(browser, f"progress-{commitment}", "100")
    click(browser, f"[id='{commitment}'] button.report-progress")
    assert "Ghi việc đã làm" in text_of(browser, "error-summary"), "a report needs its note"
    Select(browser.find_element(By.ID, f"status-{commitment}")).select_by_value("done")
    fill(browser, f"progress-{commitment}", "100")
    fill(browser, f"note-{commitment}", "Đã nạo vét xong toàn tuyến")
    click(browser, f"[id='{commitment}'] button.report-progress")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, f"[id='{commitment}'] .status[data-status='done']")))
    assert section is not None

    browser.delete_all_cookies()
    browser.set_window_size(390, 844)
    browser.get(server.url + "/organisations/xa-tan-thanh/commitments")
    assert text_of(browser, "share") == "100%"
    row = wait_for(browser, f"row-{commitment}")
    assert "Đã hoàn thành" in row.text
    assert browser.find_elements(By.CSS_SELECTOR, "figure svg"), "the chart is drawn by the server"
    click(browser, f"#row-{commitment} a")
    history = text_of(browser, "history")
    for step in ("Cam kết", "Cập nhật tiến độ", "Hoàn thành", "Đã thuê máy"):
        assert step in history
