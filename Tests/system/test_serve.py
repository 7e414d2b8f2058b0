"""The real binary, as an operator uses it: first start, locks, admin commands, signals."""
import json
import signal
import sqlite3
import threading
import time
import urllib.error
import urllib.request

from conftest import run_command


def test_first_start_creates_admin_once_and_serves_pages(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    passwords = server.admin_password()
    assert len(passwords) == 1, server.log()
    token = server.login("admin", passwords[0])
    status, _, body = server.request("GET", "/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert status == 200 and json.loads(body)["roles"] == ["admin"]
    status, headers, body = server.request("GET", "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Tiếp công dân" in body.decode()
    assert server.stop() == 0
    again = server_factory(sqlite_url).start()
    assert again.admin_password() == [], "the password must be printed only on the first start"
    assert again.stop() == 0


def test_a_second_serve_on_the_same_file_is_refused(server_factory, sqlite_url):
    first = server_factory(sqlite_url).start()
    second = server_factory(sqlite_url).start(wait=False)
    assert second.process.wait(timeout=30) != 0
    log = second.stop()
    message = second.log()
    assert "already running" in message and "tiepdan:" in message
    assert first.request("GET", "/healthz")[0] == 200
    assert first.stop() == 0


def test_admin_commands_work_beside_a_running_server(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    added = run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh", "--password-stdin",
                        "--database", sqlite_url, stdin="mat-khau-dai\n")
    assert added.returncode == 0, added.stderr
    assert "created thu.ky" in added.stdout and "mat-khau-dai" not in added.stdout
    migrated = run_command("migrate", "--database", sqlite_url)
    assert migrated.returncode == 0, migrated.stderr
    assert server.login("thu.ky", "mat-khau-dai")
    generated = run_command("users", "add", "lanh.dao", "--role", "leader", "--organisation", "xa-tan-thanh", "--database", sqlite_url)
    assert generated.returncode == 0
    password = generated.stdout.split("password: ")[1].strip()
    assert server.login("lanh.dao", password)
    assert server.stop() == 0


def test_commands_fail_with_one_line_reasons(sqlite_url):
    cases = [
        (["users", "add", "x y", "--role", "admin", "--database", sqlite_url], "user name"),
        (["users", "add", "ok.name", "--role", "mayor", "--database", sqlite_url], "unknown role 'mayor'"),
        (["users", "add", "ok.name", "--role", "admin", "--password-stdin", "--database", sqlite_url], "at least 8"),
        (["migrate", "--database", "mysql://nowhere"], "must start with sqlite: or postgres://"),
    ]
    for args, reason in cases:
        result = run_command(*args, stdin="")
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and reason in lines[0], (args, result.stderr)
    duplicate = [run_command("users", "add", "twice", "--role", "officer", "--organisation", "xa-tan-thanh", "--department", "dia-chinh", "--database", sqlite_url) for _ in range(2)]
    assert duplicate[0].returncode == 0 and duplicate[1].returncode != 0
    assert "already exists" in duplicate[1].stderr


def test_bad_input_over_a_real_socket_is_never_a_500(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    huge = b'{"username":"' + b"a" * (10 * 1024 * 1024) + b'","password":"x"}'
    cases = [
        ("POST", "/api/v1/auth/login", b"{not json", 400),
        ("POST", "/api/v1/auth/login", b'{"username": [], "password": 1}', 400),
        ("POST", "/api/v1/auth/login", huge, 413),
        ("GET", "/no/such/route", None, 404),
        ("GET", "/api/v1/audit?entity=user:x", None, 401),
    ]
    for method, path, body, expected in cases:
        try:
            status, headers, payload = server.request(method, path, body)
        except (ConnectionError, urllib.error.URLError) as error:
            # A server may close the connection after refusing a huge upload early.
            assert expected == 413, error
            continue
        assert status == expected, (path, status, payload[:200])
        assert headers["Content-Type"].startswith("application/problem+json")
        problem = json.loads(payload)
        assert problem["status"] == expected and problem["title"] and "detail" in problem
    assert server.stop() == 0


def test_sigterm_during_a_burst_exits_cleanly_and_keeps_the_file_sound(server_factory, sqlite_url, tmp_path):
    server = server_factory(sqlite_url).start()
    password = server.admin_password()[0]
    outcomes = []
    stop = threading.Event()

    def hammer(index):
        while not stop.is_set():
            try:
                if index % 2:
                    status = server.request("GET", "/healthz", timeout=5)[0]
                else:
                    # Each sign-in writes a session row and an audit row.
                    status = server.request("POST", "/api/v1/auth/login",
                                            {"username": "admin", "password": password}, timeout=5)[0]
                outcomes.append(status)
            except (ConnectionError, urllib.error.URLError, OSError):
                outcomes.append("closed")
                time.sleep(0.01)

    threads = [threading.Thread(target=hammer, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    server.process.send_signal(signal.SIGTERM)
    exit_code = server.process.wait(timeout=30)
    stop.set()
    for thread in threads:
        thread.join()
    server.stop()
    assert exit_code == 0, server.log()
    statuses = [o for o in outcomes if o != "closed"]
    assert len(statuses) > 20, outcomes[:20]
    assert all(s in (200, 429) for s in statuses), sorted(set(map(str, outcomes)))
    path = sqlite_url.removeprefix("sqlite:")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logins = db.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'login'").fetchone()[0]
        sessions = db.execute("SELECT COUNT(*) FROM staff_sessions").fetchone()[0]
    assert logins == sessions > 0, "every session must have its audit record, none half-written"
    assert "database closed" in server.log()


def test_the_same_binary_serves_on_postgresql(server_factory, postgres_url):
    server = server_factory(postgres_url).start()
    password = server.admin_password()
    assert len(password) == 1
    token = server.login("admin", password[0])
    server.change_password(token, password[0], "mat-khau-moi-dai")
    status, _, body = server.request("GET", "/api/v1/audit?entity=user:x", headers={"Authorization": f"Bearer {token}"})
    assert status == 200 and json.loads(body) == {"items": [], "next_cursor": None}
    added = run_command("users", "add", "can.bo", "--role", "officer", "--organisation", "xa-tan-thanh", "--department", "dia-chinh",
                        "--password-stdin", "--database", postgres_url, stdin="mat-khau-dai\n")
    assert added.returncode == 0, added.stderr
    assert server.login("can.bo", "mat-khau-dai")
    assert server.stop() == 0


def test_serve_and_migrate_refuse_a_database_whose_applied_migration_changed(server_factory, sqlite_url):
    """An applied migration whose file no longer matches (its recorded checksum differs) stops both
    commands with one line naming the file, and the database is left as it was."""
    assert run_command("migrate", "--database", sqlite_url).returncode == 0
    path = sqlite_url.removeprefix("sqlite:")
    with sqlite3.connect(path) as db:
        checksums = dict(db.execute("SELECT version, checksum FROM schema_migrations"))
        assert all(len(value) == 64 for value in checksums.values()), checksums
        db.execute("UPDATE schema_migrations SET checksum = ? WHERE version = 3", ("0" * 64,))
    migrated = run_command("migrate", "--database", sqlite_url)
    assert migrated.returncode != 0
    assert "Sources/TiepDanStore/Migrations/Migrations+003Bookings.swift" in migrated.stderr, migrated.stderr
    server = server_factory(sqlite_url).start(wait=False)
    assert server.process.wait(timeout=60) != 0
    server.stop()
    log = server.log()
    assert "migration 3 (Sources/TiepDanStore/Migrations/Migrations+003Bookings.swift) was changed" in log, log
    assert "tiepdan serving" not in log
    with sqlite3.connect(path) as db:
        users = db.execute("SELECT COUNT(*) FROM users").fetchone()[0]
    assert users == 0, "a refused start must not create the first account"
