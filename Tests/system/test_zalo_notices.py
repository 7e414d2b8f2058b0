"""Citizens hear back on Zalo: the real binary against a local server that speaks the Zalo Official Account API
(`POST /v4/oa/access_token` with the app's secret_key and a single-use refresh token; `POST /message/template` with the
access_token header) and a local Stringee SMS gateway. A booking's confirmation goes as a ZNS template notice to the
number in the 84 form; a number with no Zalo account (error -118) gets a text message instead; the access token expires
mid-run (Zalo answers -124) and is refreshed with the refresh token, which Zalo then replaces."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from conftest import free_port
from test_sms_gateway import SID, SECRET, Gateway, book, stringee_check

APP_ID = "1234567890123456789"
SECRET_KEY = "zalo-app-secret"
NOT_ON_ZALO = "84912000999"


class Zalo:
    """The Official Account API: hands out tokens, takes ZNS notices, and can revoke the access token at will."""

    def __init__(self):
        self.refresh_tokens = {"refresh-0"}
        self.access_tokens = set()
        self.refreshes = 0
        self.notices = []
        self.refused_tokens = 0
        zalo = self

        class Handler(BaseHTTPRequestHandler):
            def reply(self, value):
                data = json.dumps(value).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.path == "/v4/oa/access_token":
                    form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
                    if self.headers.get("secret_key") != SECRET_KEY or form.get("app_id") != APP_ID:
                        return self.reply({"error": -14014, "error_description": "invalid app"})
                    if form.get("grant_type") != "refresh_token" or form.get("refresh_token") not in zalo.refresh_tokens:
                        return self.reply({"error": -14020, "error_description": "invalid refresh token"})
                    zalo.refresh_tokens.discard(form["refresh_token"])  # single use
                    zalo.refreshes += 1
                    access, refresh = f"access-{zalo.refreshes}", f"refresh-{zalo.refreshes}"
                    zalo.access_tokens.add(access)
                    zalo.refresh_tokens.add(refresh)
                    return self.reply({"access_token": access, "refresh_token": refresh, "expires_in": "90000"})
                if self.path == "/message/template":
                    if self.headers.get("access_token") not in zalo.access_tokens:
                        zalo.refused_tokens += 1
                        return self.reply({"error": -124, "message": "Access token invalid"})
                    message = json.loads(body)
                    if message["phone"] == NOT_ON_ZALO:
                        return self.reply({"error": -118, "message": "Zalo account not existed"})
                    zalo.notices.append(message)
                    return self.reply({"error": 0, "message": "Success", "data": {"msg_id": f"m{len(zalo.notices)}"}})
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, count, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline and len(self.notices) < count:
            time.sleep(0.2)
        assert len(self.notices) >= count, f"expected {count} ZNS notices, got {len(self.notices)}"
        return self.notices


def test_confirmations_go_by_zalo_fall_back_to_sms_and_the_token_is_refreshed(server_factory, sqlite_url, tmp_path):
    zalo = Zalo()
    sms = Gateway(stringee_check)
    config = tmp_path / "zalo.yaml"
    config.write_text(
        f'app_id: "{APP_ID}"\nsecret_key: "{SECRET_KEY}"\nrefresh_token: "refresh-0"\n'
        f"api: {zalo.url}\noauth: {zalo.url}\n"
        'templates:\n  booking-confirmed: "227001"\n  booking-waitlisted: "227002"\n')
    try:
        server = server_factory(sqlite_url, args=[
            "--zalo", str(config), "--sms", f"stringee+http://{SID}:{SECRET}@127.0.0.1:{sms.port}/v1/sms?from=UBND.XA",
            "--notify-every-seconds", "1"]).start()

        first = book(server, "0912 000 111")
        (notice,) = zalo.wait_for(1)
        assert notice["phone"] == "84912000111" and notice["template_id"] == "227001"
        assert notice["template_data"]["reference"] == first and notice["template_data"]["name"] == "Lê Thị Hoa"
        assert notice["tracking_id"].startswith("N-") and zalo.refreshes == 1, "the first send fetched a token"

        # Not on Zalo: the same confirmation arrives as a text message.
        second = book(server, "0" + NOT_ON_ZALO[2:])
        (text,) = [message["sms"][0] for message in sms.wait_for(1)]
        assert text["to"] == NOT_ON_ZALO and second in text["text"] and text["text"].isascii()
        assert len(zalo.notices) == 1

        # The access token expires mid-run: Zalo refuses it, the sender refreshes with the refresh token it kept (the
        # one Zalo handed back last time, the first being spent) and sends.
        zalo.access_tokens.clear()
        third = book(server, "0912 000 333")
        zalo.wait_for(2)
        assert zalo.notices[1]["template_data"]["reference"] == third
        assert zalo.refused_tokens == 1 and zalo.refreshes == 2 and zalo.refresh_tokens == {"refresh-2"}
        log = server.log()
        # Phone numbers as given and as sent (a bare "0912" can occur inside a request id).
        for secret in ("refresh-", "access-", SECRET_KEY, "0912 000", "84912000", "Lê Thị Hoa"):
            assert secret not in log, secret
    finally:
        sms.close()
        zalo.server.shutdown()
        server.stop()
