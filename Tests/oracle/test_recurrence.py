"""Our RRULE expansion equals python-dateutil's rrule, on hundreds of generated rules."""
import datetime as dt
import json
import random
import subprocess
import warnings

from dateutil.rrule import rrulestr

from conftest import BIN, ROOT

CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def generated_rules(count, seed=20261122):
    """Rules of the shapes offices write (and some they should not), reproducibly random."""
    rng = random.Random(seed)
    rules = []
    while len(rules) < count:
        freq = rng.choice(["DAILY", "WEEKLY", "WEEKLY", "MONTHLY", "MONTHLY", "MONTHLY", "YEARLY"])
        parts = [f"FREQ={freq}"]
        if rng.random() < 0.4:
            parts.append(f"INTERVAL={rng.randint(2, 4)}")
        bymonth = []
        if rng.random() < (0.5 if freq == "YEARLY" else 0.2):
            bymonth = sorted(rng.sample(range(1, 13), rng.randint(1, 3)))
        byday = []
        if freq in ("MONTHLY", "YEARLY") and rng.random() < 0.5:
            # Ordinals past the 5th count in the year; dateutil itself fails on them within months.
            in_year = freq == "YEARLY" and not bymonth
            for _ in range(rng.randint(1, 2)):
                n = rng.choice([1, 2, 3, 4, -1, -2] + ([5, 10, 20, -10] if in_year else []))
                byday.append(f"{n}{rng.choice(CODES)}")
            if rng.random() < 0.15:
                byday.append(rng.choice(CODES))
        elif rng.random() < 0.6:
            byday = rng.sample(CODES, rng.randint(1, 3))
        if byday:
            parts.append("BYDAY=" + ",".join(byday))
        if rng.random() < (0.5 if not byday else 0.15):
            days = rng.sample([1, 5, 10, 15, 20, 28, 29, 30, 31, -1, -2, -7], rng.randint(1, 2))
            parts.append("BYMONTHDAY=" + ",".join(map(str, days)))
        if bymonth:
            parts.append("BYMONTH=" + ",".join(map(str, bymonth)))
        if freq != "DAILY" and byday and len(byday) > 1 and rng.random() < 0.4:
            parts.append("BYSETPOS=" + rng.choice(["1", "-1", "2", "1,-1"]))
        if rng.random() < 0.3:
            parts.append("WKST=" + rng.choice(CODES))
        roll = rng.random()
        if roll < 0.25:
            parts.append(f"COUNT={rng.randint(1, 40)}")
        elif roll < 0.45:
            until = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
            parts.append(f"UNTIL={until:%Y%m%d}")
        start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 540))
        rules.append((";".join(parts), start, start + dt.timedelta(days=730)))
    return rules


def dateutil_dates(rule, start, through):
    # An UNTIL at the window's end selects the same dates within the window and spares
    # dateutil a scan to year 9999 for rules that can never occur (BYMONTH=2;BYMONTHDAY=30).
    # dateutil accepts COUNT with UNTIL (with a deprecation warning) and stops at either.
    if "UNTIL=" not in rule:
        rule += f";UNTIL={through:%Y%m%d}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        rr = rrulestr(f"DTSTART:{start:%Y%m%d}\nRRULE:{rule}")
    first = dt.datetime.combine(start, dt.time())
    last = dt.datetime.combine(through, dt.time())
    return [d.date().isoformat() for d in rr.between(first, last, inc=True)]


def test_expansion_equals_dateutil_on_600_generated_rules():
    rules = generated_rules(600)
    requests = "".join(json.dumps({"rule": r, "start": s.isoformat(), "through": t.isoformat()}) + "\n"
                       for r, s, t in rules)
    result = subprocess.run([BIN, "calendar", "rrule"], input=requests, capture_output=True, text=True,
                            cwd=ROOT, check=True, timeout=120)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(rules)
    mismatches = []
    for (rule, start, through), answer in zip(rules, answers):
        assert "error" not in answer, (rule, answer)
        expected = dateutil_dates(rule, start, through)
        if answer["dates"] != expected:
            mismatches.append((rule, start.isoformat(), answer["dates"][:6], expected[:6]))
    assert not mismatches, f"{len(mismatches)} of {len(rules)} differ, e.g. {mismatches[:3]}"
    assert sum(len(a["dates"]) for a in answers) > 10_000, "the rules must actually produce dates"


def test_the_shipped_schedule_shapes_equal_dateutil():
    shapes = [
        ("FREQ=WEEKLY;BYDAY=TH", "2025-07-03"),
        ("FREQ=MONTHLY;BYDAY=-1SA", "2025-07-26"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "2025-07-15"),
        ("FREQ=MONTHLY;BYDAY=3TU", "2025-07-01"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2025-07-01"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU", "2025-07-01"),
    ]
    lines = "".join(json.dumps({"rule": r, "start": s, "through": "2027-06-30"}) + "\n" for r, s in shapes)
    out = subprocess.run([BIN, "calendar", "rrule"], input=lines, capture_output=True, text=True, cwd=ROOT, check=True)
    for (rule, start), line in zip(shapes, out.stdout.splitlines()):
        expected = dateutil_dates(rule, dt.date.fromisoformat(start), dt.date(2027, 6, 30))
        assert json.loads(line)["dates"] == expected, rule


def test_malformed_rules_are_refused_with_a_reason():
    bad = ["FREQ=HOURLY", "BYDAY=MO", "FREQ=WEEKLY;BYDAY=XX", "FREQ=MONTHLY;BYMONTHDAY=32",
           "FREQ=WEEKLY;COUNT=3;UNTIL=20260101", "FREQ=WEEKLY;INTERVAL=0", "FREQ=DAILY;BYHOUR=9", "garbage"]
    lines = "".join(json.dumps({"rule": r, "start": "2026-01-01", "through": "2026-12-31"}) + "\n" for r in bad)
    out = subprocess.run([BIN, "calendar", "rrule"], input=lines, capture_output=True, text=True, cwd=ROOT, check=True)
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert all("error" in a and a["error"] for a in answers), answers
