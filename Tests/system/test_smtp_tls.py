"""E-mail leaves encrypted: the real binary (`tiepdan smtp test`, the sender serve uses) against real SMTP relays
(aiosmtpd) with certificates made here by openssl. STARTTLS and implicit TLS deliver with the password seen only
inside TLS; a relay whose certificate is not trusted gets nothing; a relay offering no STARTTLS never receives the
password, in any form, byte for byte."""
import base64
import socket
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from conftest import free_port, run_command

PASSWORD = "mat-khau-relay-9"
USER = "tiepdan"


class Relay:
    """An aiosmtpd handler keeping every message and every login, with whether it came inside TLS."""

    def __init__(self):
        self.messages = []
        self.logins = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        inside_tls = server.transport.get_extra_info("ssl_object") is not None
        self.logins.append((auth_data.login.decode(), auth_data.password.decode(), inside_tls))
        return AuthResult(success=auth_data.password.decode() == PASSWORD)


def smtp_test(url, to="hoa@example.vn"):
    return run_command("smtp", "test", "--smtp", url, "--to", to)


def test_starttls_delivers_with_the_password_only_inside_tls(certs):
    ca, trusted, _ = certs
    relay = Relay()
    port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=port, tls_context=trusted, require_starttls=True,
                            authenticator=relay.authenticate, auth_require_tls=True)
    controller.start()
    try:
        done = smtp_test(f"smtp://{USER}:{PASSWORD}@127.0.0.1:{port}?from=tiepdan@xa.gov.vn&ca_file={ca}")
        assert done.returncode == 0, done.stderr
        assert relay.logins == [(USER, PASSWORD, True)], "one login, inside TLS"
        (sender, recipients, content), = relay.messages
        assert sender == "tiepdan@xa.gov.vn" and recipients == ["hoa@example.vn"]
        assert b"tiepdan" in content

        # The same relay by name: the certificate names localhost too, and SNI carries it.
        done = smtp_test(f"smtp://{USER}:{PASSWORD}@localhost:{port}?from=tiepdan@xa.gov.vn&ca_file={ca}")
        assert done.returncode == 0, done.stderr
    finally:
        controller.stop()


def test_implicit_tls_delivers(certs):
    ca, trusted, _ = certs
    relay = Relay()
    port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=port, ssl_context=trusted,
                            authenticator=relay.authenticate, auth_require_tls=False)
    controller.start()
    try:
        done = smtp_test(f"smtps://{USER}:{PASSWORD}@127.0.0.1:{port}?from=tiepdan@xa.gov.vn&ca_file={ca}")
        assert done.returncode == 0, done.stderr
        assert relay.logins == [(USER, PASSWORD, True)]
        assert len(relay.messages) == 1
    finally:
        controller.stop()


def test_a_certificate_not_trusted_gets_nothing(certs):
    ca, _, untrusted = certs
    relay = Relay()
    port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=port, tls_context=untrusted, require_starttls=True,
                            authenticator=relay.authenticate, auth_require_tls=True)
    controller.start()
    try:
        refused = smtp_test(f"smtp://{USER}:{PASSWORD}@127.0.0.1:{port}?from=tiepdan@xa.gov.vn&ca_file={ca}")
        assert refused.returncode == 1
        assert "tiepdan:" in refused.stderr and PASSWORD not in refused.stderr
        assert relay.logins == [] and relay.messages == []
        # Nor with the system's roots, which know neither made-up authority.
        refused = smtp_test(f"smtp://{USER}:{PASSWORD}@127.0.0.1:{port}?from=tiepdan@xa.gov.vn")
        assert refused.returncode == 1 and relay.logins == [] and relay.messages == []
    finally:
        controller.stop()


class ClearRelay:
    """A relay that offers AUTH and no STARTTLS, and keeps every byte it receives: what a listener on the wire hears."""

    def __init__(self):
        self.received = bytearray()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                connection.sendall(b"220 relay ESMTP\r\n")
                buffer = b""
                while True:
                    data = connection.recv(4096)
                    if not data:
                        break
                    self.received += data
                    buffer += data
                    while b"\r\n" in buffer:
                        line, buffer = buffer.split(b"\r\n", 1)
                        verb = line.split(b" ")[0].upper()
                        if verb == b"EHLO":
                            connection.sendall(b"250-relay\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")
                        elif verb == b"QUIT":
                            connection.sendall(b"221 bye\r\n")
                        else:
                            connection.sendall(b"250 ok\r\n")

    def close(self):
        self.listener.close()


def test_a_relay_offering_no_starttls_receives_no_password():
    relay = ClearRelay()
    try:
        refused = smtp_test(f"smtp://{USER}:{PASSWORD}@127.0.0.1:{relay.port}?from=tiepdan@xa.gov.vn")
        assert refused.returncode == 1
        assert "offers no STARTTLS" in refused.stderr and PASSWORD not in refused.stderr
        time.sleep(0.2)
        heard = bytes(relay.received)
        assert b"EHLO" in heard, "the relay was reached"
        plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode())
        for secret in (PASSWORD.encode(), plain, base64.b64encode(PASSWORD.encode()), b"AUTH"):
            assert secret not in heard, secret
        assert b"DATA" not in heard, "and no citizen's message in clear after a refused login"
    finally:
        relay.close()
