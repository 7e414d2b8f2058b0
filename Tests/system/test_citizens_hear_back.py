"""Citizens hear back on every channel at once: the real binary with a local Zalo Official Account API, a local
Stringee SMS gateway and a local SMTP relay that demands STARTTLS (aiosmtpd, a certificate made here by openssl).
A booking's confirmation arrives as a ZNS notice and as an e-mail, each with the reference and links that work; a
number with no Zalo gets a text message instead; the access token expires mid-run and is refreshed; the e-mail's
relay password is only ever seen inside TLS; the log names notices, never people."""
import email
import json
import re
from email import policy

from aiosmtpd.controller import Controller

from conftest import free_port
from test_sms_gateway import SID, SECRET, Gateway, book, stringee_check
from test_smtp_tls import PASSWORD, USER, Relay
from test_zalo_notices import APP_ID, NOT_ON_ZALO, SECRET_KEY, Zalo


def wait_for(condition, what, timeout=30):
    import time
    deadline = time.time() + timeout
    while time.time() < deadline and not condition():
        time.sleep(0.2)
    assert condition(), what


def test_zalo_sms_and_email_together_with_working_links(server_factory, sqlite_url, tmp_path, certs):
    ca, trusted, _ = certs
    zalo = Zalo()
    sms = Gateway(stringee_check)
    relay = Relay()
    smtp_port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=smtp_port, tls_context=trusted, require_starttls=True,
                            authenticator=relay.authenticate, auth_require_tls=True)
    controller.start()
    config = tmp_path / "zalo.yaml"
    config.write_text(
        f'app_id: "{APP_ID}"\nsecret_key: "{SECRET_KEY}"\nrefresh_token: "refresh-0"\n'
        f"api: {zalo.url}\noauth: {zalo.url}\n"
        'templates:\n  booking-confirmed: "227001"\n')
    server = server_factory(sqlite_url, args=[
        "--zalo", str(config),
        "--sms", f"stringee+http://{SID}:{SECRET}@127.0.0.1:{sms.port}/v1/sms?from=UBND.XA",
        "--smtp", f"smtp://{USER}:{PASSWORD}@127.0.0.1:{smtp_port}?from=tiepdan@xa.gov.vn&ca_file={ca}",
        "--notify-every-seconds", "1"])
    server.args += ["--public-url", server.url]
    try:
        server.start()
        first = book(server, "0912 000 111", email="hoa@example.vn")

        # Zalo: the template's fields, the number in the 84 form; its way-out link opens the case's page.
        (notice,) = zalo.wait_for(1)
        assert notice["phone"] == "84912000111" and notice["template_id"] == "227001"
        data = notice["template_data"]
        assert data["reference"] == first and data["opt_out"].startswith(f"{server.url}/n/{first}/")
        status, _, page = server.request("GET", data["opt_out"][len(server.url):])
        assert status == 200 and first in page.decode() and 'id="opt-out-stop"' in page.decode()

        # E-mail: through STARTTLS, the password inside TLS only, the calendar file attached, a link that opens the
        # booking with its token.
        wait_for(lambda: relay.messages, "an e-mail")
        assert relay.logins and all(inside for _, _, inside in relay.logins)
        (sender, recipients, content), = relay.messages
        assert recipients == ["hoa@example.vn"]
        message = email.message_from_bytes(content, policy=policy.default)
        assert first in message["Subject"]
        body = message.get_body(preferencelist=("plain",)).get_content()
        attachments = [part.get_filename() for part in message.iter_attachments()]
        assert attachments == [f"{first}.ics"]
        link = re.search(re.escape(server.url) + r"/b/\S+", body).group(0)
        status, _, page = server.request("GET", link[len(server.url):])
        assert status == 200 and first in page.decode() and "Lê Thị Hoa" in page.decode()

        # Not on Zalo: the same confirmation as a text message, unaccented, one segment, its link working.
        second = book(server, "0" + NOT_ON_ZALO[2:])
        (text,) = [message["sms"][0] for message in sms.wait_for(1)]
        assert text["to"] == NOT_ON_ZALO and second in text["text"] and text["text"].isascii() and len(text["text"]) <= 160
        link = re.search(re.escape(server.url) + r"/n/\S+", text["text"]).group(0)
        assert server.request("GET", link[len(server.url):])[0] == 200

        # The access token expires mid-run: refused once, refreshed with the kept refresh token, sent.
        zalo.access_tokens.clear()
        third = book(server, "0912 000 333")
        zalo.wait_for(2)
        assert zalo.notices[1]["template_data"]["reference"] == third
        assert zalo.refused_tokens == 1 and zalo.refreshes == 2

        log = server.log()
        for secret in (PASSWORD, SECRET_KEY, "refresh-", "access-", "0912 000", "84912000", "hoa@example.vn", "Lê Thị Hoa"):
            assert secret not in log, secret
    finally:
        sms.close()
        zalo.server.shutdown()
        controller.stop()
        server.stop()
