"""Notices reach citizens: postponing and cancelling a session e-mails each booked citizen
through a real SMTP relay (aiosmtpd) that requires STARTTLS and a password, with the booking's .ics, which icalendar
reads."""
import email
import email.policy
import json
import re
import time
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from icalendar import Calendar

from conftest import free_port, run_command


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.messages = []
        self.logins = []

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append(server.transport.get_extra_info("ssl_object") is not None)
        return AuthResult(success=auth_data.password == b"mat-khau-relay")

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"

    def wait_for(self, count, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline and len(self.messages) < count:
            time.sleep(0.2)
        assert len(self.messages) >= count, f"expected {count} messages, got {len(self.messages)}"
        return self.messages[:count]


@pytest.fixture
def smtp(certs):
    ca, trusted, _ = certs
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=trusted, require_starttls=True,
                            authenticator=inbox.authenticate, auth_require_tls=True)
    controller.ca = ca
    controller.start()
    yield controller, inbox
    controller.stop()


def calendar_of(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
    assert len(parts) == 1, "each notice carries the booking's .ics"
    assert parts[0].get_filename().endswith(".ics")
    event = Calendar.from_ical(parts[0].get_content()).walk("VEVENT")[0]
    return message, event


def test_postpone_and_cancel_send_each_citizen_an_email_with_the_booking_ics(server_factory, sqlite_url, smtp):
    controller, inbox = smtp
    added = run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--database", sqlite_url, stdin="mat-khau-dai\n")
    assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url, args=[
        "--smtp", f"smtp://tiepdan:mat-khau-relay@127.0.0.1:{controller.port}?from=tiepdan@xa-tan-thanh.gov.vn&ca_file={controller.ca}",
        "--notify-every-seconds", "1"])
    server.args += ["--public-url", server.url]
    server.start()

    session = server.bookable_sessions()[0]
    status, _, body = server.request("POST", "/api/v1/bookings", {
        "session_id": session["id"], "subject": "Cấp giấy chứng nhận quyền sử dụng đất", "messages_consent": True,
        "citizen": {"name": "Lê Thị Hoa", "phone": "0912 000 111", "email": "hoa@example.vn"}})
    assert status == 201, body
    reference = json.loads(body)["reference"]

    # The confirmation comes at once, with the .ics and a link under the public address that opens the booking.
    (sender, recipients, raw), = inbox.wait_for(1)
    assert inbox.logins and all(inbox.logins), "the worker logged in inside TLS"
    message, event = calendar_of(raw)
    assert reference in str(message["Subject"])
    body_text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Lê Thị Hoa" in body_text and "thẻ căn cước" in body_text
    link = re.search(re.escape(server.url) + r"/b/\S+", body_text).group(0)
    with urllib.request.urlopen(link, timeout=10) as response:
        page = response.read().decode()
        assert response.status == 200 and reference in page and "Lê Thị Hoa" in page, "the link opens the booking"
    assert str(event["STATUS"]) == "CONFIRMED"

    token = server.login("thu.ky", "mat-khau-dai")
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    old_start = datetime.fromisoformat(session["starts_at"])
    new_start = old_start + timedelta(days=1, hours=1)
    status, _, body = server.request("POST", f"/api/v1/sessions/{session['id']}/postpone",
                                     {"to": new_start.isoformat(), "reason": "Chủ tịch họp đột xuất"}, headers=auth)
    assert status == 200, body
    assert json.loads(body)["notices_queued"] == 2, "a text message and an e-mail"

    (sender, recipients, raw), = inbox.wait_for(2)[1:]
    assert sender == "tiepdan@xa-tan-thanh.gov.vn" and recipients == ["hoa@example.vn"]
    message, event = calendar_of(raw)
    assert reference in str(message["Subject"]) and "dời" in str(message["Subject"])
    body_text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Chủ tịch họp đột xuất" in body_text and "Lê Thị Hoa" in body_text
    assert str(event["UID"]) == f"{reference}@tiepdan"
    assert event.decoded("DTSTART") == new_start.astimezone(timezone.utc)
    assert str(event["STATUS"]) == "CONFIRMED"
    first_sequence = int(event["SEQUENCE"])

    status, _, body = server.request("POST", f"/api/v1/sessions/{session['id']}/cancel", {"reason": "Bão đổ bộ"}, headers=auth)
    assert status == 200, body
    (_, _, raw), = inbox.wait_for(3)[2:]
    message, event = calendar_of(raw)
    assert str(event["UID"]) == f"{reference}@tiepdan", "the same entry, so the citizen's calendar replaces it"
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) > first_sequence

    # Text messages go to the log (no SMS gateway here): the line names the notice, never the person.
    deadline = time.time() + 10
    while time.time() < deadline and server.log().count("notice delivered to the log") < 3:
        time.sleep(0.2)
    log = server.log()
    assert log.count("notice delivered to the log") == 3, "the confirmation, the move and the cancellation"
    for secret in ("Lê Thị Hoa", "0912 000", "912000111", "hoa@example.vn", "mat-khau-relay"):
        assert secret not in log
    assert server.stop() == 0
