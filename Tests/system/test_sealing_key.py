"""The sealing key lives apart from the data, the database records its fingerprint, `serve` refuses a key that is not the
one the sealed identities are under (and never replaces a lost one), and `key rotate` re-seals every identity under a
new key that the next start uses."""
import base64
import json
import os
import re

from conftest import DEFAULT_KEY, run_command

NAME = "Đặng Thị Bí Mật"


def add_user(database, username, role, department=None):
    args = ["users", "add", username, "--role", role, "--organisation", "xa-tan-thanh", "--password-stdin", "--database", database]
    if department:
        args += ["--department", department]
    result = run_command(*args, stdin="mat-khau-dai\n")
    assert result.returncode == 0, result.stderr


def fingerprint(key_file, database):
    result = run_command("key", "fingerprint", "--secret-key-file", str(key_file), "--database", database)
    assert result.returncode == 0, result.stderr
    key, recorded = result.stdout.splitlines()
    return key.rsplit(" ", 1)[1], recorded.split(" ")[1]


def refused_start(server_factory, database, args):
    server = server_factory(database, args=args).start(wait=False)
    code = server.process.wait(timeout=60)
    return code, server.log()


def test_a_wrong_or_lost_key_is_refused_and_rotation_keeps_identities(server_factory, sqlite_url, tmp_path):
    add_user(sqlite_url, "thu.ky", "secretariat")
    add_user(sqlite_url, "can.bo", "officer", "xa-tan-thanh.dia-chinh")
    key_file = tmp_path / "keys" / "secret.key"
    server = server_factory(sqlite_url, args=["--secret-key-file", str(key_file)]).start()
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    status, _, body = server.request("POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "denunciation", "subject": "Tố cáo",
        "text": "Cán bộ địa chính nhận tiền khi làm thủ tục cấp giấy chứng nhận.",
        "citizen": {"name": NAME, "phone": "0988 765 432", "address": "Ấp Tân Hòa", "id_number": "079186004321"}})
    assert status == 201, body
    reference = json.loads(body)["reference"]
    clerk = {"Authorization": f"Bearer {server.login('thu.ky', 'mat-khau-dai')}"}
    assert server.request("POST", f"/api/v1/questions/{reference}/screen", {"decision": "accept"}, headers=clerk)[0] == 200
    assert server.request("POST", f"/api/v1/questions/{reference}/assign", {"department_id": "xa-tan-thanh.dia-chinh"},
                          headers=clerk)[0] == 200
    assert server.stop() == 0
    expected, recorded = fingerprint(key_file, sqlite_url)
    assert recorded == expected, "the database records the key's fingerprint"

    wrong = tmp_path / "wrong.key"
    wrong.write_text(base64.b64encode(os.urandom(32)).decode() + "\n")
    code, log = refused_start(server_factory, sqlite_url, ["--secret-key-file", str(wrong)])
    assert code != 0 and expected[:16] in log and "fingerprint" in log, log
    lost = tmp_path / "nowhere" / "secret.key"
    code, log = refused_start(server_factory, sqlite_url, ["--secret-key-file", str(lost)])
    assert code != 0 and not lost.exists() and "no key at" in log, log
    assert not DEFAULT_KEY.exists() or DEFAULT_KEY.read_bytes() != key_file.read_bytes()

    old_key = key_file.read_bytes()
    rotated = run_command("key", "rotate", "--secret-key-file", str(key_file), "--database", sqlite_url)
    assert rotated.returncode == 0 and re.search(r"re-sealed 1 value", rotated.stdout), rotated.stderr + rotated.stdout
    assert key_file.read_bytes() != old_key
    new_print, recorded = fingerprint(key_file, sqlite_url)
    assert new_print != expected and recorded == new_print
    (tmp_path / "old.key").write_bytes(old_key)
    code, log = refused_start(server_factory, sqlite_url, ["--secret-key-file", str(tmp_path / "old.key")])
    assert code != 0 and new_print[:16] in log, "the old key is refused after rotation"

    server = server_factory(sqlite_url, args=["--secret-key-file", str(key_file)]).start()
    handler = {"Authorization": f"Bearer {server.login('can.bo', 'mat-khau-dai')}"}
    status, _, body = server.request("GET", f"/api/v1/questions/{reference}/submitter", headers=handler)
    assert status == 200 and json.loads(body)["name"] == NAME, body
    assert server.stop() == 0
    database_file = sqlite_url.split(":", 1)[1]
    assert NAME.encode() not in open(database_file, "rb").read()
