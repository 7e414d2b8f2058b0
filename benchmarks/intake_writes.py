"""What SQLite alone takes to write the rows one question needs, the floor under durable intake on this machine.

The service's writer runs these statements for each question the benchmark sends (traced with `LOG_LEVEL=trace`,
`QuestionRepository.submit`): the tracking number, the question (its triggers bump the organisation's cache version),
the consent to publish, the sender, the history step, the audit row, the read-back, the received notice's read, and at
the end of the group the staff search index's row. Here they run in one thread, each statement prepared once (the
module's statement cache), each question in a savepoint within a group's one transaction, `synchronous = NORMAL` with no
sync (the service syncs the WAL on another thread): no HTTP, no JSON, no checks, no suggestions. A copy of the data
set is used, so the measured database is left as it was. Python's own cost per statement (a few microseconds) is in
the figure: it is a floor within a few tens of microseconds per question.
"""
import shutil
import sqlite3
import time
from pathlib import Path

from dataset import MEASURED as ORGANISATION, scoped


def _question(connection, number):
    value = connection.execute(
        "INSERT INTO reference_counters (name, year, value) VALUES ('question', 2031, 1) "
        "ON CONFLICT (name, year) DO UPDATE SET value = reference_counters.value + 1 RETURNING value").fetchone()[0]
    reference = f"Q-2031-{value:06d}"
    now = int(time.time())
    text = f"Câu hỏi số {number} về đường giao thông nông thôn và đèn chiếu sáng ấp {number % 50}"
    folded = f"cau hoi so {number} ve duong giao thong nong thon va den chieu sang ap {number % 50}"
    connection.execute(
        "INSERT INTO questions (reference, token_hash, organisation_id, session_id, category, channel, subject, text, "
        "folded, status, due_date, publish_consent, broadcast_consent, created_by, created_at, updated_at, reply_channel) "
        "VALUES (?, ?, ?, NULL, 'question', 'web', ?, ?, ?, 'submitted', '2031-12-16', 1, 0, 'citizen', ?, ?, 'zalo')",
        (reference, f"{number:064x}", ORGANISATION, text[:80], text, folded, now, now))
    connection.execute(
        "INSERT INTO consents (subject, purpose, text_version, channel, given_at, recorded_by) "
        "VALUES (?, 'publish', '2026-01', 'web', ?, 'citizen')", ("question:" + reference, now))
    connection.execute(
        "INSERT INTO question_citizens (reference, name, phone, email, address, sealed, id_type, id_number) "
        "VALUES (?, ?, ?, NULL, NULL, NULL, NULL, NULL)", (reference, f"Công dân {number}", f"0912{number % 1000000:06d}"))
    connection.execute(
        "INSERT INTO question_events (reference, position, at, actor, action, status, note) VALUES (?, "
        "(SELECT COALESCE(MAX(position), 0) + 1 FROM question_events WHERE reference = ?), ?, 'citizen', 'submitted', "
        "'submitted', NULL)", (reference, reference, now))
    connection.execute(
        "INSERT INTO audit_log (at, actor, entity_kind, entity_id, action, before_json, after_json) "
        "VALUES (?, 'citizen', 'question', ?, 'create', NULL, ?)",
        (now, reference, '{"category":"question","channel":"web","organisation":"xa-tan-thanh","session":""}'))
    connection.execute("SELECT * FROM questions WHERE reference = ?", (reference,)).fetchall()
    connection.execute(
        "SELECT c.name, c.phone, c.email, o.name, q.reply_channel, (SELECT COUNT(*) FROM consents k WHERE k.subject = ? "
        "AND k.purpose = 'messages' AND k.withdrawn_at IS NULL) FROM question_citizens c JOIN organisations o ON o.id = ? "
        "JOIN questions q ON q.reference = c.reference WHERE c.reference = ?",
        ("question:" + reference, ORGANISATION, reference)).fetchall()
    return reference, folded


def rate(database, group, seconds=5):
    """Questions per second that one thread writes into a copy of `database`, `group` questions per transaction."""
    copy = Path(database).with_name(f"intake-writes-{group}.sqlite")
    for suffix in ("", "-wal"):
        if Path(f"{database}{suffix}").exists():
            shutil.copy(f"{database}{suffix}", f"{copy}{suffix}")
    connection = sqlite3.connect(copy, isolation_level=None, cached_statements=64)
    # The service's writer: its page cache, statement journals in memory, keys checked, erased bytes zeroed.
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "cache_size = -16384", "temp_store = MEMORY",
                   "foreign_keys = ON", "secure_delete = ON"):
        connection.execute(f"PRAGMA {pragma}")
    written, number = 0, 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        connection.execute("BEGIN IMMEDIATE")
        made = []
        for _ in range(group):
            number += 1
            connection.execute("SAVEPOINT question")
            made.append(_question(connection, number))
            connection.execute("RELEASE question")
        for reference, folded in made:
            connection.execute(
                f"INSERT INTO questions_fts (reference, folded, scoped) SELECT reference, text, {scoped('text')} "
                "FROM (SELECT ? AS reference, ? AS organisation_id, ? AS text)", (reference, ORGANISATION, folded))
        connection.execute("COMMIT")
        written += group
    elapsed = time.perf_counter() - start
    connection.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return written / elapsed
