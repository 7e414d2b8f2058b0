"""`tiepdan schedules check / expand` as a secretariat uses them, broken files included."""
import json
import shutil

from conftest import ROOT, run_command


def folder_with(tmp_path, name, text):
    schedules = tmp_path / "schedules"
    shutil.copytree(ROOT / "schedules" / "holidays", schedules / "holidays")
    shutil.copytree(ROOT / "schedules" / "legal", schedules / "legal")
    (schedules / name).write_text(text)
    return str(schedules)


def test_the_shipped_schedules_check_clean():
    result = run_command("schedules", "check", "--from", "2026-01-01")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_every_broken_file_gets_located_lines_and_exit_1(tmp_path):
    broken = {
        "yaml.yaml": "organisation:\n  id: [oops\n",
        "keys.yaml": "organisation:\n  id: xa\n  name: X\n  level: commune\n  colour: red\n",
        "rrule.yaml": (ROOT / "schedules" / "xa-tan-thanh.yaml").read_text().replace("FREQ=WEEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=TH;BYHOUR=8"),
        "time.yaml": (ROOT / "schedules" / "xa-tan-thanh.yaml").read_text().replace('"07:30-11:30"', '"07:30-07:00"'),
        "binary.yaml": "\x00\x01\x02",
    }
    for name, text in broken.items():
        result = run_command("schedules", "check", "--schedules", folder_with(tmp_path / name, name, text), "--from", "2026-01-01")
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        lines = result.stdout.strip().splitlines()
        assert lines, name
        for line in lines:
            file, line_number, column, message = line.split(":", 3)
            assert file.endswith(name) and line_number.isdigit() and column.isdigit() and message.strip(), line
        assert "Traceback" not in result.stderr and "Fatal error" not in result.stderr


def test_expand_prints_ordered_json_lines_with_moves():
    result = run_command("schedules", "expand", "--from", "2026-02-16", "--to", "2026-03-08")
    assert result.returncode == 0, result.stderr
    sessions = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["starts_at"] for s in sessions] == sorted(s["starts_at"] for s in sessions)
    for key in ("rule", "organisation", "kind", "leaders", "place", "starts_at", "ends_at", "status"):
        assert all(key in s for s in sessions), key
    tet = [s for s in sessions if s.get("moved_from") == "2026-02-19" and s["organisation"] == "xa-tan-thanh"]
    assert tet and tet[0]["starts_at"] == "2026-02-23T07:30:00+07:00"
    assert any(s["status"] == "cancelled" and s["rule"] == "tiep-dinh-ky-thu-5" for s in sessions)
    # Radio on the last Saturday is skipped on holidays rather than moved.
    assert all(s["kind"] != "radio" or "moved_from" not in s for s in sessions)
