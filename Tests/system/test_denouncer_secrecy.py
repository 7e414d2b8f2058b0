"""A denunciation is taken, handled and published; afterwards the denouncer's name, phone and
e-mail appear in no public endpoint, page or feed, nowhere in the server's log, and nowhere in
the database file in the clear."""
import json
import urllib.parse
from pathlib import Path

from conftest import run_command

NAME = "Đặng Thị Bí Mật"
PHONE_VARIANTS = ("0988 765 432", "0988765432", "988765432")
EMAIL = "bimat@example.vn"
ID_NUMBER = "079186004321"  # since July 2026 a denouncer gives an identity paper: sealed like the rest


def add_user(database, username, role, department=None):
    args = ["users", "add", username, "--role", role, "--organisation", "xa-tan-thanh", "--password-stdin", "--database", database]
    if department:
        args += ["--department", department]
    result = run_command(*args, stdin="mat-khau-dai\n")
    assert result.returncode == 0, result.stderr


def assert_secret_absent(where, text):
    for secret in (NAME, EMAIL, ID_NUMBER, *PHONE_VARIANTS):
        assert secret not in text, f"{secret!r} found in {where}"


def test_no_trace_of_the_denouncer_anywhere_public(server_factory, sqlite_url, tmp_path):
    for username, role, department in (("thu.ky", "secretariat", None), ("lanh.dao", "leader", None),
                                       ("can.bo", "officer", "xa-tan-thanh.dia-chinh")):
        add_user(sqlite_url, username, role, department)
    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")]).start()

    status, _, body = server.request("POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "denunciation", "publish_consent": True,
        "subject": "Tố cáo sai phạm khi cấp giấy chứng nhận",
        "text": "Cán bộ địa chính nhận tiền của người dân khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
        "citizen": {"name": NAME, "phone": PHONE_VARIANTS[0], "email": EMAIL, "address": "Ấp Tân Hòa", "id_number": ID_NUMBER}})
    assert status == 201, body
    created = json.loads(body)
    reference, token = created["reference"], created["token"]

    tokens = {name: server.login(name, "mat-khau-dai") for name in ("thu.ky", "lanh.dao", "can.bo")}

    def staff(name, method, path, payload=None):
        status, _, body = server.request(method, path, payload if payload is not None else ({} if method == "POST" else None),
                                         headers={"Authorization": f"Bearer {tokens[name]}", "Content-Type": "application/json"})
        return status, body

    base = f"/api/v1/questions/{reference}"
    assert staff("thu.ky", "POST", base + "/screen", {"decision": "accept"})[0] == 200
    assert staff("thu.ky", "POST", base + "/assign", {"department_id": "xa-tan-thanh.dia-chinh"})[0] == 200
    status, body = staff("thu.ky", "GET", base + "/submitter")
    assert status == 403, "the secretariat does not see a denouncer"
    status, body = staff("can.bo", "GET", base + "/submitter")
    assert status == 200 and json.loads(body)["name"] == NAME and json.loads(body)["id_number"] == ID_NUMBER, "the handler does"
    assert staff("can.bo", "POST", base + "/answer", {"text": "Đã xác minh và xử lý kỷ luật cán bộ vi phạm."})[0] == 200
    assert staff("lanh.dao", "POST", base + "/approve")[0] == 200
    assert staff("thu.ky", "POST", base + "/publish")[0] == 200

    public_paths = [
        "/", "/organisations/xa-tan-thanh", "/book?organisation=xa-tan-thanh", "/calendar/xa-tan-thanh.ics",
        "/api/v1/organisations", "/api/v1/leaders?organisation=xa-tan-thanh", "/api/v1/sessions?organisation=xa-tan-thanh",
        "/api/v1/public/questions", "/api/v1/public/questions?organisation=xa-tan-thanh", "/openapi.json",
        f"{base}?token={urllib.parse.quote(token)}", f"/questions/{reference}?token={urllib.parse.quote(token)}",
        "/questions/new?organisation=xa-tan-thanh",
    ]
    for path in public_paths:
        status, _, body = server.request("GET", path)
        assert status == 200, (path, status)
        assert_secret_absent(path, body.decode("utf-8", errors="replace"))
    status, _, body = server.request("GET", f"{base}?token={urllib.parse.quote(token)}")
    assert json.loads(body)["status"] == "published", "the denouncer can follow the case"

    assert server.stop() == 0
    assert_secret_absent("the server log", server.log())
    database = Path(sqlite_url.removeprefix("sqlite:"))
    for file in [database, *database.parent.glob(database.name + "-*")]:
        raw = file.read_bytes()
        for secret in (NAME, EMAIL, ID_NUMBER, *PHONE_VARIANTS):
            assert secret.encode() not in raw, f"{secret!r} stored in the clear in {file.name}"


SESSION = "xa-tan-thanh.tiep-dinh-ky-thu-5.20270107"  # Thursday 7 January 2027, the chairman's periodic day


def test_a_denouncer_received_in_person_is_sealed_like_one_who_wrote(server_factory, sqlite_url, tmp_path):
    """Since the July 2026 law a denouncer comes in person with an identity paper: once the visit is recorded as a
    denunciation, the clerk who is not its handler finds the name and ID number on no day list, register, CSV, API,
    receipt, minutes or log, and the database keeps them only sealed; a leader of the organisation opens them, audited."""
    for username, role, department in (("thu.ky", "secretariat", None), ("lanh.dao", "leader", None)):
        add_user(sqlite_url, username, role, department)
    # At 06:00 in Vietnam on the session's day: check-in is open, and the start's sync still sees the session ahead.
    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")], clock="2027-01-06 23:00:00").start()
    tokens = {name: server.login(name, "mat-khau-dai") for name in ("thu.ky", "lanh.dao")}

    def staff(name, method, path, payload=None):
        status, _, body = server.request(method, path, payload if payload is not None else ({} if method == "POST" else None),
                                         headers={"Authorization": f"Bearer {tokens[name]}", "Content-Type": "application/json"})
        return status, body.decode("utf-8", errors="replace")

    status, body = staff("thu.ky", "POST", f"/api/v1/sessions/{SESSION}/walk-ins", {
        "citizen": {"name": NAME, "phone": PHONE_VARIANTS[0], "email": EMAIL, "address": "Ấp Tân Hòa", "id_number": ID_NUMBER},
        "subject": "Tố cáo cán bộ thu tiền trái quy định khi chứng thực"})
    assert status == 201, body
    reference = json.loads(body)["reference"]
    status, body = staff("thu.ky", "GET", f"/staff/sessions/{SESSION}")
    assert status == 200 and NAME in body, "until the visit is classified, the clerk calls the citizen by name"
    status, body = staff("thu.ky", "POST", f"/api/v1/bookings/{reference}/outcome",
                         {"outcome": "transferred", "category": "denunciation", "detail": "Chuyển Thanh tra tỉnh theo thẩm quyền"})
    assert status == 200, body
    status, body = staff("thu.ky", "POST", f"/api/v1/sessions/{SESSION}/minutes", {"conclusion": "1. Chuyển đơn tố cáo đến Thanh tra tỉnh."})
    assert status in (200, 201), body
    minutes = json.loads(body)["id"]

    register = "organisation=xa-tan-thanh&from=2027-01-07&to=2027-01-07"
    clerk_paths = [f"/staff/sessions/{SESSION}", f"/staff/register?{register}", f"/staff/register.csv?{register}",
                   f"/api/v1/register?{register}", f"/staff/bookings/{reference}/receipt", f"/minutes/{minutes}",
                   f"/staff/documents/register?{register}", f"/api/v1/sessions/{SESSION}/bookings"]
    for path in clerk_paths:
        status, body = staff("thu.ky", "GET", path)
        assert status == 200, (path, status)
        assert_secret_absent(f"{path} for the clerk", body)
    status, body = staff("thu.ky", "GET", f"/staff/register?{register}")
    assert "Người tố cáo (giữ bí mật)" in body, "the register says who is kept secret"
    status, body = staff("thu.ky", "GET", f"/staff/bookings/{reference}/receipt")
    assert status == 200 and "Người tố cáo (giữ bí mật)" in body
    assert staff("thu.ky", "GET", f"/api/v1/bookings/{reference}/denouncer")[0] == 403, "the clerk is not a handler"
    status, body = staff("lanh.dao", "GET", f"/api/v1/bookings/{reference}/denouncer")
    assert status == 200 and json.loads(body)["name"] == NAME and json.loads(body)["id_number"] == ID_NUMBER, body

    assert server.stop() == 0
    assert_secret_absent("the server log", server.log())
    database = Path(sqlite_url.removeprefix("sqlite:"))
    for file in [database, *database.parent.glob(database.name + "-*")]:
        raw = file.read_bytes()
        for secret in (NAME, EMAIL, ID_NUMBER, PHONE_VARIANTS[1]):
            assert secret.encode() not in raw, f"{secret!r} stored in the clear in {file.name}"
