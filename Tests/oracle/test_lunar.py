"""Our Vietnamese lunar calendar equals the PyPI package lunar-vn on every day 1900-2100."""
import datetime as dt
import subprocess

import lunar_vn

from conftest import BIN, ROOT


def test_every_day_from_1900_to_2100_equals_lunar_vn():
    out = subprocess.run([BIN, "calendar", "lunar", "--from", "1900-01-01", "--to", "2100-12-31"],
                         capture_output=True, text=True, cwd=ROOT, check=True, timeout=300).stdout
    lines = out.splitlines()
    assert len(lines) == (dt.date(2100, 12, 31) - dt.date(1900, 1, 1)).days + 1
    mismatches = []
    for line in lines:
        solar_text, lunar_text = line.split()
        expected = lunar_vn.solar_to_lunar(dt.date.fromisoformat(solar_text))
        year, month, day = lunar_text.split("-")
        ours = (int(year), int(month.rstrip("L")), int(day), month.endswith("L"))
        if ours != (expected.year, expected.month, expected.day, expected.leap):
            mismatches.append((solar_text, lunar_text, expected))
    assert not mismatches, f"{len(mismatches)} days differ, first {mismatches[:5]}"


def test_tet_differs_from_the_chinese_calendar_where_it_should():
    # UTC+7 against UTC+8 moves the new moon across midnight in these years.
    out = subprocess.run([BIN, "calendar", "lunar", "--from", "1985-01-20", "--to", "1985-02-21"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "1985-01-21 1985-01-01" in out
    out = subprocess.run([BIN, "calendar", "lunar", "--from", "2007-02-16", "--to", "2007-02-18"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "2007-02-17 2007-01-01" in out
