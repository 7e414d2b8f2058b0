"""The benchmark's data sets, built the same way on every run (a fixed seed, no clock but the run's day).

1x is the shipped schedules (a province and three of its communes); 100x adds 33 provinces and 3,318 communes, each
with two leaders, a weekly or monthly reception and a monthly radio programme (3,355 organisations in all). The
measured commune, Tân Thành, holds the same rows of its own at both sizes, so a route's 100x/1x ratio measures what
the other communes' rows cost it, which should be nothing. The rows go straight into SQLite after the service has
migrated and synced the file: the writes themselves are measured by the intake scenarios, not here.
"""
import json
import random
import shutil
import sqlite3
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURED = "xa-tan-thanh"
# References from a year the service is not issuing in, so intake during the benchmark never meets one of them.

# Rows per size: (questions, bookings, commitments, bulletins, audit rows). Tân Thành's own share is the 1x figure's.
SIZES = {
    "1x": {"organisations": 0, "questions": 3_700, "bookings": 1_000, "commitments": 100, "bulletins": 10, "audit": 20_000},
    "100x": {"organisations": 3_351, "questions": 100_000, "bookings": 100_000, "commitments": 10_000, "bulletins": 1_000,
             "audit": 570_000},
}
OWN = {"questions": 1_000, "bookings": 250, "commitments": 100, "bulletins": 10}



def folded(text):
    """The service's folding (`VietnameseText.folded`): no diacritics, đ as d, lower case, words of letters and digits."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    plain = plain.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())

def scoped(folded):
    """The SQL of the words of the column `folded`, each prefixed with the token of its row's `organisation_id`: the
    service's `QuestionSearchIndex.scoped` (migration 31), a question's second copy of its words in the search index."""
    return (f"CASE WHEN {folded} = '' THEN '' ELSE 'o' || hex(organisation_id) || 'x' || "
            f"replace({folded}, ' ', ' ' || 'o' || hex(organisation_id) || 'x') END")


def write_schedules(directory, size):
    """The shipped schedules, and for 100x the generated provinces and communes (each commune under a province)."""
    shutil.copytree(ROOT / "schedules", directory)
    extra = SIZES[size]["organisations"]
    weekdays = ["MO", "TU", "WE", "TH", "FR"]
    for index in range(extra):
        province = index < 33
        org = f"tinh-{index:02d}" if province else f"xa-{index:04d}"
        parent = "" if province else f"\n  parent: tinh-{index % 33:02d}"
        rule = "FREQ=MONTHLY;BYMONTHDAY=15" if province else f"FREQ=WEEKLY;BYDAY={weekdays[index % 5]}"
        (directory / f"{org}.yaml").write_text(f"""organisation:
  id: {org}
  name: Ủy ban nhân dân {org}
  level: {"province" if province else "commune"}{parent}
places:
  - id: phong
    name: Phòng tiếp công dân
departments:
  - id: dia-chinh
    name: Công chức Địa chính
leaders:
  - id: chu-tich
    name: Chủ tịch {index}
    title: Chủ tịch UBND
    role: {"province_chairman" if province else "commune_chairman"}
  - id: bi-thu
    name: Bí thư {index}
    title: Bí thư
    role: {"province_party_secretary" if province else "commune_party_secretary"}
reception:
  - id: chu-tich
    leader: chu-tich
    place: phong
    rule: {rule}
    start: 2026-01-01
    time: "07:30-11:30"
  - id: bi-thu
    leader: bi-thu
    place: phong
    rule: FREQ=MONTHLY;BYDAY=1WE,3WE
    start: 2026-01-01
    time: "13:30-16:30"
radio:
  - id: doi-thoai
    leaders: [chu-tich]
    station: Đài truyền thanh
    rule: FREQ=MONTHLY;BYDAY=-1SA
    start: 2026-01-01
    time: "08:00-09:00"
""")


def populate(database, size, seed=2026):
    """Questions (a third published with consent), bookings, commitments, bulletins and audit rows, spread over every
    organisation but with Tân Thành's own share the same at both sizes. Returns the counts written."""
    rows = SIZES[size]
    rng = random.Random(seed)
    now = int(time.time())
    with sqlite3.connect(database) as connection:
        organisations = [row[0] for row in connection.execute("SELECT id FROM organisations ORDER BY id")]
        others = [org for org in organisations if org != MEASURED]
        departments = dict(connection.execute("SELECT organisation_id, MIN(id) FROM departments GROUP BY organisation_id"))
        sessions = {}
        for org, session in connection.execute(
                "SELECT organisation_id, id FROM sessions WHERE kind = 'reception' AND starts_at > ? ORDER BY id", (now,)):
            sessions.setdefault(org, []).append(session)

        def owner(count, key):
            """Tân Thành's share first, the rest spread over the other organisations in turn."""
            own = min(OWN.get(key, 0), count)
            return [MEASURED] * own + [others[i % len(others)] for i in range(count - own)]

        questions = []
        published = {}
        for number, org in enumerate(owner(rows["questions"], "questions"), start=1):
            reference = f"Q-2025-{number:06d}"
            status = "published" if number % 3 == 0 else rng.choice(["received", "assigned", "answered"])
            text = f"Câu hỏi số {number} về đường giao thông nông thôn, đèn chiếu sáng và thủy lợi ấp {rng.randint(1, 9)}"
            stamp = now - rng.randint(3600, 200 * 86400)
            questions.append((
                reference, "x" * 64, org, "question", "web", f"Đường giao thông ấp {number % 9 + 1}", text, folded(f"Đường giao thông ấp {number % 9 + 1} {text}"),
                status, departments.get(org), "2026-12-31", 1,
                "Xã đã lên kế hoạch sửa chữa trong quý tới." if status in ("answered", "published") else None,
                stamp if status == "published" else None, "citizen", stamp, stamp))
            if status == "published":
                published.setdefault(org, []).append((reference, text))
        connection.executemany(
            """INSERT INTO questions (reference, token_hash, organisation_id, category, channel, subject, text, folded,
               status, department_id, due_date, publish_consent, answer, published_at, created_by, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", questions)
        # The search index as the service keeps it: every question, so that staff's duplicates and search meet a
        # province's rows.
        connection.execute(
            f"INSERT INTO questions_fts (reference, folded, scoped) SELECT reference, folded, {scoped('folded')} FROM questions")

        bookings = []
        for number, org in enumerate(owner(rows["bookings"], "bookings"), start=1):
            choices = sessions.get(org) or sessions[MEASURED]
            session = choices[number % len(choices)]
            stamp = now - rng.randint(60, 30 * 86400)
            bookings.append((f"TD-2025-{number:06d}", "x" * 64, session, "confirmed", number, "Tranh chấp đất đai", "Hàng xóm lấn đất",
                             1, f"phone-{number}", "web", "citizen", stamp, stamp))
        connection.executemany(
            """INSERT INTO bookings (reference, token_hash, session_id, status, queue_position, subject, summary, group_size,
               phone_key, channel, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            bookings)

        commitments = []
        for number, org in enumerate(owner(rows["commitments"], "commitments"), start=1):
            # Half done by a past due date, the rest due in the coming months (a province does not keep thousands
            # overdue, and the reminders those would send at every start are not what the routes measure).
            done = rng.random() < 0.5
            due = time.strftime("%Y-%m-%d", time.gmtime(now + (-1 if done else 1) * rng.randint(10, 300) * 86400))
            made = now - rng.randint(30 * 86400, 300 * 86400)
            commitments.append((f"C-2025-{number:06d}", org, f"Cam kết số {number}: nạo vét kênh và sửa đường ấp",
                                departments.get(org) or "x", "department", made, due, due, "done" if done else "open",
                                100 if done else rng.randint(0, 90), min(made + rng.randint(86400, 200 * 86400), now) if done else None,
                                "test", made))
        connection.executemany(
            """INSERT INTO commitments (id, organisation_id, text, owner_id, owner_kind, made_at, due_date, original_due, status,
               progress, done_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", commitments)

        bulletins = []
        for number, org in enumerate(owner(rows["bulletins"], "bulletins"), start=1):
            answers = (published.get(org) or published[MEASURED])[:20]
            identifier = f"BT-2025-{number:06d}"
            document = {
                "heading": {"issuer": ["ỦY BAN NHÂN DÂN", org.upper()], "number": f"{number}/BT", "placeAndDate": "ngày 1 tháng 12 năm 2026",
                            "kind": "BẢN TIN", "subject": "Giải đáp câu hỏi của Nhân dân"},
                "id": identifier, "title": f"Bản tin giải đáp số {number}", "publishedOn": "2026-12-01",
                "items": [{"number": i + 1, "reference": ref, "topic": "Giao thông", "question": text,
                           "answer": "Xã đã lên kế hoạch sửa chữa trong quý tới.", "due": "2026-12-31"}
                          for i, (ref, text) in enumerate(answers)],
            }
            bulletins.append((identifier, org, document["title"], now - (rows["bulletins"] - number) * 3600, "test",
                              json.dumps(document, ensure_ascii=False)))
        connection.executemany(
            "INSERT INTO bulletins (id, organisation_id, title, published_at, published_by, document) VALUES (?, ?, ?, ?, ?, ?)",
            bulletins)

        connection.executemany(
            "INSERT INTO audit_log (at, actor, entity_kind, entity_id, action, after_json) VALUES (?, ?, ?, ?, ?, ?)",
            ((now - i, "test", "question", f"Q-2025-{i % max(1, rows['questions']) + 1:06d}", "update", "{}")
             for i in range(rows["audit"])))
    return {key: rows[key] for key in ("questions", "bookings", "commitments", "bulletins", "audit")}
