"""Our holiday calendar (schedules/holidays) equals the PyPI package holidays (Vietnam), 2020-2030.

Differences, each justified:
- 2024-04-29: the Government swapped Monday 29 April with Saturday 4 May 2024 (Công văn
  2450/VPCP-KGVX). tiepdan ships yearly notice files for 2025, 2026 and 2027 only; an office
  that needs 2024 adds schedules/holidays/2024.yaml. Everything else, including Tết's weekend
  moves, the second National Day and the 2025 and 2026 swaps, must agree exactly.
"""
import json
import subprocess

import holidays

from conftest import BIN, ROOT

JUSTIFIED = {"2024-04-29": "2024 swap: no 2024 notice file shipped"}


def ours(first, last):
    out = subprocess.run([BIN, "calendar", "holidays", "--from", str(first), "--to", str(last)],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return {json.loads(line)["date"]: json.loads(line) for line in out.splitlines()}


def test_days_off_2020_to_2030_equal_the_holidays_package():
    mine = ours(2020, 2030)
    reference = {day.isoformat(): name for day, name in holidays.Vietnam(years=range(2020, 2031)).items()}
    missing = sorted(set(reference) - set(mine) - set(JUSTIFIED))
    extra = sorted(set(mine) - set(reference))
    assert not missing, [(d, reference[d]) for d in missing]
    assert not extra, [(d, mine[d]["name"]) for d in extra]
    assert set(JUSTIFIED) <= set(reference) - set(mine), "a listed difference disappeared: update the list"


def test_every_day_off_is_named_in_both_languages():
    for day in ours(2025, 2027).values():
        assert day["name"] and day["name_en"] and day["source"]
