"""A citizen asks for their data to be deleted: once the secretariat carries it out, the person's name, phone and ID
number are nowhere in the SQLite file (read as bytes, after the checkpoint the server makes when it stops) nor in a
PostgreSQL dump, and every count the reports make is unchanged."""
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import run_command

NAME = "Lê Thị Riêng Tư"
PHONE = "0912 777 888"
PHONE_DIGITS = "0912777888"
ID_NUMBER = "079186007777"
OTHER = "Phan Văn Khác"


def add_user(database, username, role, department=None):
    args = ["users", "add", username, "--role", role, "--organisation", "xa-tan-thanh", "--password-stdin", "--database", database]
    if department:
        args += ["--department", department]
    result = run_command(*args, stdin="mat-khau-dai\n")
    assert result.returncode == 0, result.stderr


@pytest.fixture(params=["sqlite", "postgres"])
def database(request, sqlite_url):
    return sqlite_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def test_deletion_leaves_no_trace_and_every_count(server_factory, database, tmp_path):
    for username, role, department in (("thu.ky", "secretariat", None), ("lanh.dao", "leader", None),
                                       ("can.bo", "officer", "xa-tan-thanh.dia-chinh")):
        add_user(database, username, role, department)
    server = server_factory(database, args=["--secret-key-file", str(tmp_path / "secret.key")]).start()
    tokens = {name: server.login(name, "mat-khau-dai") for name in ("thu.ky", "lanh.dao", "can.bo")}

    def call(name, method, path, payload=None):
        headers = {"Authorization": f"Bearer {tokens[name]}"} if name else {}
        status, _, body = server.request(method, path, payload if payload is not None else ({} if method == "POST" else None),
                                         headers=headers)
        return status, body.decode("utf-8", errors="replace")

    sessions = [s["id"] for s in server.bookable_sessions(limit=20)][:2]
    booked = []
    for session in sessions:
        status, body = call(None, "POST", "/api/v1/bookings", {
            "session_id": session, "subject": f"Xin gặp lãnh đạo về ranh giới đất, gọi {PHONE}",
            "citizen": {"name": NAME, "phone": PHONE, "address": "Ấp Tân Lợi", "id_number": ID_NUMBER}})
        assert status == 201, body
        booked.append(json.loads(body)["reference"])
    status, body = call(None, "POST", "/api/v1/bookings", {
        "session_id": sessions[0], "subject": "Hỏi về đất", "citizen": {"name": OTHER, "phone": "0912 000 111"}})
    assert status == 201, body
    status, body = call(None, "POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "question", "publish_consent": True,
        "text": f"Tôi là {NAME}, số CCCD {ID_NUMBER}, xin hỏi khi nào xã sửa cống ấp Tân Lợi? Gọi tôi {PHONE}.",
        "citizen": {"name": NAME, "phone": PHONE, "address": "Ấp Tân Lợi"}})
    assert status == 201, body
    question, token = json.loads(body)["reference"], json.loads(body)["token"]
    base = f"/api/v1/questions/{question}"
    assert call("thu.ky", "POST", base + "/screen", {"decision": "accept"})[0] == 200
    assert call("thu.ky", "POST", base + "/assign", {"department_id": "xa-tan-thanh.dia-chinh"})[0] == 200
    assert call("can.bo", "POST", base + "/answer", {"text": f"Trả lời bà {NAME}: tháng 12 xã sửa cống."})[0] == 200
    assert call("lanh.dao", "POST", base + "/approve")[0] == 200
    assert call("thu.ky", "POST", base + "/publish")[0] == 200

    def counts():
        figures = {}
        for path in ("/api/v1/public/questions?organisation=xa-tan-thanh", "/api/v1/questions?organisation=xa-tan-thanh&limit=500",
                     "/api/v1/commitments?organisation=xa-tan-thanh"):
            status, body = call("thu.ky", "GET", path)
            assert status == 200, (path, body)
            figures[path] = len(json.loads(body)["items"])
        for session in sessions:
            status, body = call("thu.ky", "GET", f"/api/v1/sessions/{session}/bookings")
            figures[session] = sorted(item["status"] for item in json.loads(body)["items"])
        return figures

    before = counts()
    status, body = call(None, "POST", "/api/v1/privacy/requests", {"kind": "delete", "reference": question, "token": token})
    assert status == 201, body
    request = json.loads(body)["id"]
    assert json.loads(body)["acknowledge_by"] < json.loads(body)["due_date"]
    status, body = call("thu.ky", "POST", f"/api/v1/privacy/requests/{request}/complete", {"outcome": "done"})
    assert status == 200 and json.loads(body)["status"] == "done", body
    for reference in booked + [question]:
        assert reference in json.loads(body)["outcome_reason"], "says what it erased"
    assert counts() == before, "every count is as it was"
    status, body = call(None, "GET", "/api/v1/public/questions?organisation=xa-tan-thanh")
    assert "sửa cống" in body and NAME not in body, "the answer stays public, without the person"
    status, body = call("thu.ky", "GET", f"/api/v1/sessions/{sessions[0]}/bookings")
    assert OTHER in body, "another person's booking is untouched"
    assert server.stop() == 0

    secrets = (NAME, PHONE, PHONE_DIGITS, ID_NUMBER, "Riêng Tư")
    if database.startswith("sqlite:"):
        path = Path(database.removeprefix("sqlite:"))
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for file in [path, *path.parent.glob(path.name + "-*")]:
            raw = file.read_bytes()
            for secret in secrets:
                assert secret.encode() not in raw, f"{secret!r} still in {file.name}"
    else:
        dump = subprocess.run(["pg_dump", "--no-owner", "--data-only", database], capture_output=True, text=True, check=True).stdout
        assert OTHER in dump, "the dump is of the right database"
        for secret in secrets:
            assert secret not in dump, f"{secret!r} still in the dump"


def test_retention_anonymises_what_passed_its_period_on_the_clock(server_factory, sqlite_url, tmp_path):
    """`tiepdan retention run` under libfaketime: nothing is due today; seven months after the session, the booking of
    a citizen who never came is anonymised (its row kept), and a second run finds nothing more."""
    from conftest import BIN, ENV, ROOT

    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")]).start()
    session = server.bookable_sessions()[0]
    status, _, body = server.request("POST", "/api/v1/bookings", {
        "session_id": session["id"], "subject": "Hỏi về đất", "citizen": {"name": NAME, "phone": PHONE}})
    assert status == 201, body
    reference = json.loads(body)["reference"]
    assert server.stop() == 0

    def retention(*args, clock=None):
        prefix = ["faketime", "-f", "@" + clock] if clock else []
        return subprocess.run([*prefix, BIN, "retention", "run", "--database", sqlite_url, *args], capture_output=True, text=True,
                              cwd=ROOT, env={**ENV, "TZ": "UTC"}, timeout=60)

    today = retention("--dry-run")
    assert today.returncode == 0 and "booking_not_attended: 0 due" in today.stdout, today.stdout + today.stderr
    later = session["starts_at"][:4]
    clock = f"{int(later) + 1}-{session['starts_at'][5:7]}-{session['starts_at'][8:10]} 12:00:00"  # a year after the session
    due = retention("--dry-run", clock=clock)
    assert "booking_not_attended: 1 due" in due.stdout, due.stdout + due.stderr
    path = Path(sqlite_url.removeprefix("sqlite:"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM booking_citizens WHERE reference = ?", (reference,)).fetchone()[0] == NAME, \
            "a dry run changes nothing"
    done = retention(clock=clock)
    assert done.returncode == 0 and "booking_not_attended: 1 anonymised" in done.stdout, done.stdout + done.stderr
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT c.name, c.phone, b.status FROM booking_citizens c JOIN bookings b USING (reference) "
                                 "WHERE reference = ?", (reference,)).fetchone()
    assert row[0] != NAME and row[1] == "" and row[2] == "confirmed", row
    assert "booking_not_attended: 0 anonymised" in retention(clock=clock).stdout, "an erased record is never chosen again"
