"""Online reception (Law 136/2025/QH15, Art. 3a): a citizen books the online part of a hybrid session through the
pages, is told the session is recorded, and finds the join link on the receipt; the link appears on no public page,
feed or API answer, and not for a citizen who comes in person."""
import json
import re

from selenium.webdriver.support import expected_conditions as EC

from browsers import adhoc_session, browser, click, fill, staff_server, text_of, wait, wait_for  # noqa: F401 (fixtures)

JOIN = "https://meet.tiepdan.example.vn/xa-tan-thanh/phong-tiep-7f3a9c"


def public_get_routes(server):
    """Every GET route of the description that asks for no sign-in, as templates (`/organisations/{id}`)."""
    status, _, body = server.request("GET", "/openapi.json")
    assert status == 200
    paths = json.loads(body)["paths"]
    return sorted(path for path, operations in paths.items() if "get" in operations and "security" not in operations["get"])


def test_the_online_citizen_gets_the_join_link_on_the_receipt_and_nowhere_public(browser, server):
    session = adhoc_session(server, title="Tiếp công dân trực tiếp và trực tuyến", mode="hybrid", join_url=JOIN)
    browser.get(server.url + "/book?organisation=xa-tan-thanh")
    click(browser, f"input[name=session][value='{session}']")
    click(browser, "#continue")
    wait(browser).until(EC.url_contains("/book/slot"))
    click(browser, "input[name=slot]:not([disabled])")
    click(browser, "#continue")
    wait_for(browser, "name")
    assert "ghi âm, ghi hình" in text_of(browser, "recorded-notice"), "told it is recorded before booking"
    fill(browser, "name", "Lê Thị Mơ")
    fill(browser, "phone", "0903 444 555")
    fill(browser, "subject", "Hỏi về trợ cấp người cao tuổi")
    click(browser, "#continue")
    assert "Chọn tham dự trực tiếp hoặc trực tuyến" in browser.page_source, "a hybrid session needs the citizen's choice"
    click(browser, "#attend-online")
    click(browser, "#continue")
    assert text_of(browser, "answer-attend") == "Trực tuyến"
    click(browser, "#send")
    reference = text_of(browser, "reference")
    link = wait_for(browser, "join-link")
    assert link.get_attribute("href") == JOIN and link.text == JOIN
    assert text_of(browser, "booking-attendance") == "Trực tuyến"
    token = re.search(r"token=([^&]+)", browser.current_url).group(1)

    # A neighbour who comes in person holds a confirmed booking without the link.
    status, _, body = server.request("POST", "/api/v1/bookings", {
        "session_id": session, "citizen": {"name": "Trần Văn Tám", "phone": "0903 666 777"}, "subject": "Đường ngập",
        "attend": "in_person"})
    assert status == 201, body
    created = json.loads(body)
    status, _, body = server.request("GET", f"/api/v1/bookings/{created['reference']}", headers={"X-Tracking-Token": created["token"]})
    assert status == 200 and json.loads(body).get("join_url") is None and JOIN.encode() not in body
    status, _, body = server.request("GET", f"/api/v1/bookings/{reference}?token={token}")
    assert status == 200 and json.loads(body)["join_url"] == JOIN, "the online citizen's own API answer holds it"

    # Every public GET route, each path parameter filled with what this system holds.
    values = {"id": [session, "xa-tan-thanh"], "organisation": ["xa-tan-thanh"], "org": ["xa-tan-thanh"],
              "reference": [reference, created["reference"]], "leader": ["xa-tan-thanh.chu-tich"]}
    seen = 0
    for template in public_get_routes(server):
        names = re.findall(r"\{(\w+)\}", template)
        candidates = [template]
        for name in names:
            candidates = [c.replace("{" + name + "}", value) for c in candidates for value in values.get(name, ["x"])]
        for path in candidates:
            for query in ("", "?organisation=xa-tan-thanh", f"?session={session}"):
                status, _, body = server.request("GET", path + query)
                assert JOIN.encode() not in body, f"the join link on public {path + query} ({status})"
                seen += status == 200
    assert seen > 20, f"only {seen} public answers looked at"
    for page in ("/", "/organisations/xa-tan-thanh", f"/book/slot?session={session}", "/calendar/xa-tan-thanh.ics"):
        status, _, body = server.request("GET", page)
        assert status == 200 and JOIN.encode() not in body, page
    # The session itself says it is hybrid, publicly, without the link.
    status, _, body = server.request("GET", f"/api/v1/sessions/{session}")
    assert json.loads(body)["mode"] == "hybrid"
