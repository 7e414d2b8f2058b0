"""The disk under the SQLite database fills up: citizens get 503 with Retry-After ("nothing was saved"), never 500;
/readyz says not ready while /healthz stays alive; every row written before is intact; when space returns, writes
resume without a restart."""
import json
import os
import sqlite3
import subprocess

import pytest


def ask(server, text):
    return server.request("POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "question", "text": text, "publish_consent": True,
        "citizen": {"name": "Trần Văn Mười", "phone": "0911 222 333"}})


@pytest.fixture
def small_disk(tmp_path):
    """A 64 MiB tmpfs of the test's own; skipped where this user may not mount one."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)])


def test_a_full_disk_answers_503_keeps_what_was_saved_and_recovers(server_factory, small_disk):
    database = small_disk / "tiepdan.sqlite"
    server = server_factory(f"sqlite:{database}", args=["--public-writes-per-minute", "1000"]).start()
    saved = []
    for index in range(5):
        status, _, body = ask(server, f"Đường liên ấp số {index} bị sạt lở sau mưa, khi nào sửa?")
        assert status == 201, body
        saved.append(json.loads(body)["reference"])
    assert server.request("GET", "/readyz")[0] == 200

    filler = small_disk / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)
    assert os.statvfs(small_disk).f_bavail == 0, "the disk is full"

    statuses = []
    for index in range(40):
        status, headers, body = ask(server, f"Câu hỏi số {index} khi ổ đĩa đầy: kênh thủy lợi bị bồi lắng, xin nạo vét.")
        statuses.append(status)
        if status == 503:
            problem = json.loads(body)
            assert headers["Content-Type"].startswith("application/problem+json") and int(headers["Retry-After"]) > 0
            assert "nothing was saved" in problem["detail"] and "chưa có gì được ghi nhận" in problem["detail"]
            break
    assert 503 in statuses and 500 not in statuses, statuses
    status, _, body = server.request("GET", "/readyz")
    assert status == 503 and "disk" in json.loads(body)["reason"], body
    assert server.request("GET", "/healthz")[0] == 200, "alive, only not ready"
    assert "the database cannot serve: the disk is full" in server.log()

    filler.unlink()
    status, _, body = ask(server, "Sau khi có chỗ trống: đèn đường ấp 2 bị hỏng, xin sửa.")
    assert status == 201, body
    saved.append(json.loads(body)["reference"])
    assert server.request("GET", "/readyz")[0] == 200
    assert "the database serves again" in server.log()
    assert server.stop() == 0

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT reference FROM questions")}
    assert set(saved) <= stored, "every acknowledged question is there"
    assert len(stored) == len(saved), "nothing refused was half-saved"
