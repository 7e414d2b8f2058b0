"""`tiepdan backup` copies a live SQLite database during a write load; the copy passes integrity_check and restores;
`tiepdan restore` refuses while a serve holds the database; the sealing key is never in the copy."""
import json
import sqlite3
import threading

from conftest import DEFAULT_KEY, run_command


def test_a_backup_taken_under_load_is_sound_and_restores(server_factory, sqlite_url, tmp_path):
    database = sqlite_url.removeprefix("sqlite:")
    server = server_factory(sqlite_url, args=["--public-writes-per-minute", "100000"]).start()
    acknowledged = []
    stop = threading.Event()

    def write(index):
        while not stop.is_set():
            status, _, body = server.request("POST", "/api/v1/questions", {
                "organisation_id": "xa-tan-thanh", "category": "question", "publish_consent": True,
                "text": f"Câu hỏi số {len(acknowledged)} của luồng {index}: đường liên ấp bị sạt lở, khi nào sửa?",
                "citizen": {"name": "Trần Văn Mười", "phone": "0911 222 333"}})
            if status == 201:
                acknowledged.append(json.loads(body)["reference"])

    writers = [threading.Thread(target=write, args=(index,), daemon=True) for index in range(4)]
    for writer in writers:
        writer.start()
    while len(acknowledged) < 20:
        threading.Event().wait(0.05)
    copy = tmp_path / "backup.sqlite"
    before = set(acknowledged)
    result = run_command("backup", "--to", str(copy), "--database", sqlite_url)
    assert result.returncode == 0, result.stderr
    while len(acknowledged) < len(before) + 20:
        threading.Event().wait(0.05)
    stop.set()
    for writer in writers:
        writer.join()

    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_copy = {row[0] for row in connection.execute("SELECT reference FROM questions")}
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert before <= in_copy, "every question acknowledged before the backup is in it"
    assert in_copy < set(acknowledged), "those after it are not"
    key = DEFAULT_KEY.read_bytes()  # where serve keeps it by default (outside data/), created at its first start
    assert len(key) >= 32 and key not in copy.read_bytes(), "the sealing key is not in the backup"
    # The key's fingerprint is recorded (a keyed digest, from which the key cannot be had); no table holds the key.
    assert not any("key" in table for table in tables - {"sealing_key"})
    assert run_command("backup", "--to", str(copy), "--database", sqlite_url).returncode != 0, "never overwrites a file"

    refused = run_command("restore", str(copy), "--database", sqlite_url)
    assert refused.returncode != 0 and "already running" in refused.stderr, refused.stderr
    assert server.stop() == 0

    restored = run_command("restore", str(copy), "--database", sqlite_url)
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(database) as connection:
        assert {row[0] for row in connection.execute("SELECT reference FROM questions")} == in_copy
    again = server_factory(sqlite_url).start()
    status, _, body = again.request("GET", "/readyz")
    assert status == 200, body
    assert again.stop() == 0

    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    result = run_command("restore", str(damaged), "--database", sqlite_url)
    assert result.returncode != 0, "a damaged file is refused"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == len(in_copy), "and nothing was replaced"
