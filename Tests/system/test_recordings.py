"""`tiepdan recordings verify FILE --session ID` recomputes a recording's SHA-256 (hashlib is the outside reference) and
says whether it is the file registered on the session: the registered file matches, the same file with one byte
changed does not, and neither does a file on a session with no recording."""
import hashlib
import json

from conftest import run_command

PASSWORD = "Mật khẩu thử nghiệm 2026"


def test_verify_finds_the_registered_recording_and_detects_a_changed_byte(server_factory, sqlite_url, tmp_path):
    added = run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--database", sqlite_url, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url).start()
    token = server.login("thu.ky", PASSWORD)
    _, _, body = server.request("GET", "/api/v1/sessions?organisation=xa-tan-thanh&limit=2")
    session, other = [item["id"] for item in json.loads(body)["items"]]

    recording = tmp_path / "tiep-cong-dan.mp4"
    recording.write_bytes(bytes(range(256)) * 40_000 + "Biên bản ghi hình".encode())  # about 10 MB, read in pieces
    digest = hashlib.sha256(recording.read_bytes()).hexdigest()
    status, _, body = server.request("POST", f"/api/v1/sessions/{session}/recordings", {
        "uri": "luu-tru/tiep-cong-dan.mp4", "sha256": digest, "started_at": "2026-12-03T07:35:00+07:00", "duration_seconds": 5110},
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert status == 201, body
    assert server.stop() == 0

    matched = run_command("recordings", "verify", str(recording), "--session", session, "--database", sqlite_url)
    assert matched.returncode == 0, matched.stderr
    assert f"matches: {recording} is recording 1 of session {session}" in matched.stdout and digest in matched.stdout

    data = bytearray(recording.read_bytes())
    data[5_000_000] ^= 0x01
    changed = tmp_path / "ban-sao.mp4"
    changed.write_bytes(bytes(data))
    refused = run_command("recordings", "verify", str(changed), "--session", session, "--database", sqlite_url)
    assert refused.returncode == 1
    assert "DOES NOT MATCH" in refused.stdout and hashlib.sha256(bytes(data)).hexdigest() in refused.stdout and digest in refused.stdout

    none = run_command("recordings", "verify", str(recording), "--session", other, "--database", sqlite_url)
    assert none.returncode == 1 and f"no recording is registered on session {other}" in none.stderr
    missing = run_command("recordings", "verify", str(tmp_path / "khong-co.mp4"), "--session", session, "--database", sqlite_url)
    assert missing.returncode == 1 and missing.stderr.startswith("tiepdan:")
