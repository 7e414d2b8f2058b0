"""Every citizen page on a cheap phone: at 320 and 390 CSS pixels wide none is wider than the screen (measured as
`document.documentElement.scrollWidth`), and axe-core finds nothing critical or serious on any citizen or staff page."""
import json

import pytest
from selenium.webdriver.common.by import By

from browsers import PASSWORD, accessibility_problems, browser, sign_in_as, staff_server, wait, wait_for  # noqa: F401 (fixtures)


def api(server, method, path, body=None, token=None):
    headers = {"Authorization": f"Bearer {token}"} if token else None
    status, _, answer = server.request(method, path, body, headers=headers)
    assert status < 300, (path, status, answer)
    return json.loads(answer) if answer else {}


@pytest.fixture
def citizen_pages(server):
    """The addresses of every kind of citizen page, with real content behind each."""
    session = server.bookable_sessions()[0]
    booking = api(server, "POST", "/api/v1/bookings", {
        "session_id": session["id"], "subject": "Tranh chấp ranh giới đất giữa hai hộ ở ấp 3, đã hòa giải ở ấp nhưng không thành",
        "summary": "Hàng xóm xây tường lấn sang đất nhà tôi khoảng 0,5 m " * 5,
        "citizen": {"name": "Nguyễn Thị Hồng Nhung", "phone": "0912 345 678", "address": "Số 123, ấp Tân Lợi, xã Tân Thành"}})
    clerk, officer, leader = (server.login(name, PASSWORD) for name in ("thu.ky", "can.bo", "lanh.dao"))
    question = api(server, "POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "question", "publish_consent": True,
        "text": "Đường liên ấp 3 bị sạt lở nghiêm trọng sau đợt mưa lớn tháng 10, xe máy không đi được. "
                "Xin hỏi khi nào xã sửa chữa? https://xa-tan-thanh.example.gov.vn/phan-anh/duong-lien-ap-3-bi-sat-lo-nghiem-trong",
        "citizen": {"name": "Trần Văn Mười", "phone": "0911 222 333"}})
    reference = question["reference"]
    base = f"/api/v1/questions/{reference}"
    api(server, "POST", base + "/screen", {"decision": "accept"}, clerk)
    api(server, "POST", base + "/assign", {"department_id": "xa-tan-thanh.dia-chinh"}, clerk)
    api(server, "POST", base + "/answer", {"text": "Xã đã lập dự toán sửa chữa 1,2 km đường, thi công từ 15/12/2026. " * 4}, officer)
    api(server, "POST", base + "/approve", None, leader)
    bulletin = api(server, "POST", "/api/v1/bulletins", {"organisation_id": "xa-tan-thanh", "title": "Bản tin giải đáp tháng 12",
                                                            "question_refs": [reference]}, clerk)
    commitment = api(server, "POST", "/api/v1/commitments", {
        "organisation_id": "xa-tan-thanh", "text": "Nạo vét kênh thủy lợi ấp 2 trước mùa mưa năm 2027", "owner": "xa-tan-thanh.dia-chinh",
        "due_date": "2027-04-30"}, clerk)
    return [
        "/", "/organisations", "/organisations?q=tan+thanh", "/organisations?province=tinh-dong-thap", "/organisations/xa-tan-thanh",
        "/book?organisation=xa-tan-thanh", f"/book/slot?session={session['id']}", f"/book/details?session={session['id']}",
        f"/bookings/{booking['reference']}?token={booking['token']}",
        "/questions/new?organisation=xa-tan-thanh", f"/questions/{reference}?token={question['token']}",
        "/bulletins", f"/bulletins/{bulletin['id']}", f"/organisations/xa-tan-thanh/questions",
        "/organisations/xa-tan-thanh/commitments", f"/commitments/{commitment['id']}", "/privacy",
        "/organisations/xa-tan-thanh/compliance", "/lookup", "/khong-co-trang-nay", "/staff",
    ]


def test_no_citizen_page_is_wider_than_a_phone(browser, server, citizen_pages):
    too_wide = []
    for width in (320, 390):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 800, "deviceScaleFactor": 2, "mobile": True})
        for path in citizen_pages:
            browser.get(server.url + path)
            scroll = browser.execute_script("return document.documentElement.scrollWidth")
            if scroll > width:
                # The widest elements, to say what overflows.
                culprits = browser.execute_script(
                    "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > arguments[0])"
                    ".slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))", width)
                too_wide.append((width, path.split("?token=")[0], scroll, culprits))
    assert too_wide == [], too_wide


def test_axe_finds_nothing_critical_or_serious(browser, server, citizen_pages):
    browser.set_window_size(1280, 900)
    session = next(path for path in citizen_pages if path.startswith("/book/slot")).split("session=")[1]
    question = next(path for path in citizen_pages if path.startswith("/questions/Q-")).split("?")[0].rsplit("/", 1)[1]
    programme = api(server, "GET", "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=1")["items"][0]["id"]
    minutes = api(server, "POST", f"/api/v1/sessions/{session}/minutes", {"conclusion": "1. Giao Phòng Địa chính.\n2. Báo cáo."},
                  server.login("thu.ky", PASSWORD))["id"]
    staff_pages = ["/staff", "/staff/questions", f"/staff/questions/{question}", f"/staff/questions/{question}/submitter", "/staff/commitments", f"/staff/sessions/{session}",
                   "/staff/register?organisation=xa-tan-thanh", "/staff/documents/register?organisation=xa-tan-thanh", "/staff/bulletins",
                   f"/staff/programmes/{programme}", f"/staff/programmes/{programme}/console", f"/staff/sessions/{programme}/rundown",
                   "/staff/new-session?organisation=xa-tan-thanh", f"/staff/minutes/{minutes}", f"/minutes/{minutes}",
                   "/staff/account", "/staff/accounts"]
    found = {}
    for signed_in, pages in ((None, citizen_pages), ("thu.ky", staff_pages)):
        if signed_in:
            sign_in_as(browser, server, signed_in)
        for path in pages:
            browser.get(server.url + path)
            bad = accessibility_problems(browser)
            if bad:
                found[path] = bad
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


def fits(browser, width):
    return browser.execute_script("return document.documentElement.scrollWidth") <= width


def test_the_form_steps_fit_and_their_errors_take_focus(browser, server, citizen_pages):
    session = next(path for path in citizen_pages if path.startswith("/book/details")).split("session=")[1]
    for width in (320, 390):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 800, "deviceScaleFactor": 2, "mobile": True})
        browser.get(f"{server.url}/book/details?session={session}")
        browser.find_element(By.ID, "name").send_keys("Nguyễn Thị Hồng Nhung")
        browser.find_element(By.ID, "subject").send_keys("Xin cấp lại giấy chứng nhận quyền sử dụng đất bị mất khi lũ năm 2025")
        browser.find_element(By.ID, "continue").click()
        wait_for(browser, "error-summary")
        assert browser.switch_to.active_element.get_attribute("id") == "error-summary", "the summary takes focus"
        phone = browser.find_element(By.ID, "phone")
        assert phone.get_attribute("aria-invalid") == "true"
        assert "phone-error" in phone.get_attribute("aria-describedby").split()
        assert fits(browser, width), ("details with errors", width)
        phone.send_keys("0912 345 678")
        browser.find_element(By.ID, "continue").click()
        wait_for(browser, "answer-phone")
        assert fits(browser, width), ("check your answers", width)

        browser.get(f"{server.url}/questions/new?organisation=xa-tan-thanh")
        browser.find_element(By.ID, "subject").send_keys("Đường liên ấp 3 sạt lở")
        browser.find_element(By.ID, "text").send_keys("https://xa-tan-thanh.example.gov.vn/phan-anh/duong-lien-ap-3-bi-sat-lo-nghiem-trong-sau-mua")
        browser.find_element(By.ID, "name").send_keys("Trần Văn Mười")
        browser.find_element(By.ID, "phone").send_keys("0911 222 333")
        browser.find_element(By.ID, "continue").click()
        wait(browser).until(lambda b: "/questions/check" in b.current_url or b.find_elements(By.ID, "send"))
        assert fits(browser, width), ("question check", width)
