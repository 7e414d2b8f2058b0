"""Every iCalendar feed parses with the PyPI package icalendar and agrees with the JSON API."""
import datetime as dt
import json

import icalendar


def test_every_feed_parses_and_matches_the_api(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    organisations = json.loads(server.request("GET", "/api/v1/organisations")[2])["items"]
    leaders = json.loads(server.request("GET", "/api/v1/leaders?limit=500")[2])["items"]
    assert len(organisations) == 4 and len(leaders) >= 8
    feeds = [f"/calendar/{o['id']}.ics" for o in organisations] + [f"/calendar/leaders/{l['id']}.ics" for l in leaders]
    seen_uids = {}
    for path in feeds:
        status, headers, body = server.request("GET", path)
        assert status == 200 and headers["Content-Type"].startswith("text/calendar"), path
        assert all(len(line) <= 75 for line in body.split(b"\r\n")), f"{path}: a line is longer than 75 octets"
        calendar = icalendar.Calendar.from_ical(body)
        assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
        events = calendar.walk("VEVENT")
        if path.startswith("/calendar/leaders/"):
            continue
        assert events, f"{path} has no events"
        for event in events:
            uid = str(event["UID"])
            assert uid not in seen_uids, f"UID {uid} appears in two organisation feeds"
            seen_uids[uid] = event
            assert str(event["STATUS"]) in ("CONFIRMED", "CANCELLED")
            assert int(event["SEQUENCE"]) >= 0
            assert event.decoded("DTEND") > event.decoded("DTSTART")
            assert event.decoded("DTSTART").tzinfo is not None
    # The JSON API and the feed describe the same sessions at the same instants.
    items = json.loads(server.request("GET", "/api/v1/sessions?organisation=xa-tan-thanh&limit=100")[2])["items"]
    assert items
    for item in items:
        event = seen_uids[item["id"] + "@tiepdan"]
        assert event.decoded("DTSTART") == dt.datetime.fromisoformat(item["starts_at"])
        assert str(event["SUMMARY"]) == item["title"]
        assert str(event["STATUS"]) == ("CANCELLED" if item["status"] == "cancelled" else "CONFIRMED")
    assert server.stop() == 0


def test_a_changed_file_raises_sequence_and_a_removed_session_stays_cancelled(server_factory, tmp_path):
    import shutil
    from conftest import ROOT, run_command
    schedules = tmp_path / "schedules"
    shutil.copytree(ROOT / "schedules", schedules)
    database = f"sqlite:{tmp_path / 'feed.sqlite'}"
    assert run_command("schedules", "sync", "--schedules", str(schedules), "--database", database).returncode == 0
    path = schedules / "xa-tan-thanh.yaml"
    path.write_text(path.read_text().replace('time: "07:30-11:30"\n    slot_minutes: 30\n    slot_capacity: 1\n    on_holiday: next_working_day\n    topics: [đất đai, xây dựng]',
                                             'time: "08:00-11:30"\n    slot_minutes: 30\n    slot_capacity: 1\n    on_holiday: next_working_day\n    topics: [đất đai, xây dựng]'))
    radio = schedules / "xa-lai-vung.yaml"
    text = radio.read_text()
    radio.write_text(text[:text.index("radio:")] + text[text.index("exceptions:"):])
    result = run_command("schedules", "sync", "--schedules", str(schedules), "--database", database)
    assert result.returncode == 0, result.stderr
    assert "0 created" in result.stdout and "updated" in result.stdout and "cancelled" in result.stdout
    server = server_factory(database)
    server.start()
    body = server.request("GET", "/calendar/xa-tan-thanh.ics")[2]
    events = icalendar.Calendar.from_ical(body).walk("VEVENT")
    moved = [e for e in events if ".tiep-dinh-ky-thu-5." in str(e["UID"]) and str(e["STATUS"]) == "CONFIRMED"]
    assert moved and all(int(e["SEQUENCE"]) >= 1 and e.decoded("DTSTART").astimezone(dt.timezone(dt.timedelta(hours=7))).hour == 8 for e in moved
                         if e.decoded("DTSTART").astimezone(dt.timezone(dt.timedelta(hours=7))).minute == 0)
    lai_vung = icalendar.Calendar.from_ical(server.request("GET", "/calendar/xa-lai-vung.ics")[2]).walk("VEVENT")
    dropped = [e for e in lai_vung if ".doi-thoai-hai-thang." in str(e["UID"])]
    assert dropped and all(str(e["STATUS"]) == "CANCELLED" and int(e["SEQUENCE"]) == 1 for e in dropped)
    assert server.stop() == 0
