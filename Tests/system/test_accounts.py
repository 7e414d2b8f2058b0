"""Staff accounts through the real binary: the users commands, the first start's password, a forced change."""
import http.client
import json
import os
import re
import stat
import time
import urllib.parse

import pyotp

from conftest import run_command, schedules_requiring_second_factor

PASSWORD = "mat-khau-dai"


def users(database, *args, stdin=None):
    return run_command("users", *args, "--database", database, stdin=stdin)


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_users_commands_add_list_passwd_disable_enable_and_audit(server_factory, sqlite_url):
    added = users(sqlite_url, "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh",
                  "--name", "Nguyễn Thị Lan", "--title", "Chuyên viên Văn phòng", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout
    officer = users(sqlite_url, "add", "can.bo", "--role", "officer", "--organisation", "xa-tan-thanh",
                    "--department", "dia-chinh", "--password-stdin", stdin=PASSWORD + "\n")
    assert officer.returncode == 0, officer.stderr
    overseer = users(sqlite_url, "add", "thanh.tra", "--role", "leader", "--organisation", "tinh-dong-thap",
                     "--oversee-children", "--password-stdin", stdin=PASSWORD + "\n")
    assert overseer.returncode == 0, overseer.stderr

    listed = users(sqlite_url, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    accounts = {account["username"]: account for account in json.loads(listed.stdout)}
    assert accounts["thu.ky"]["full_name"] == "Nguyễn Thị Lan"
    assert accounts["thu.ky"]["title"] == "Chuyên viên Văn phòng"
    assert accounts["thu.ky"]["grants"] == [
        {"organisation": "xa-tan-thanh", "roles": ["secretariat"], "department": None, "oversees_children": False}]
    assert accounts["can.bo"]["grants"][0]["department"] == "xa-tan-thanh.dia-chinh", "the local id is resolved"
    assert accounts["thanh.tra"]["grants"][0]["oversees_children"] is True
    assert not any(account["disabled"] or account["must_change_password"] for account in accounts.values())
    plain = users(sqlite_url, "list")
    assert "thu.ky  secretariat in xa-tan-thanh" in plain.stdout, plain.stdout

    server = server_factory(sqlite_url).start()
    token = server.login("thu.ky", PASSWORD)
    status, _, body = server.request("GET", "/api/v1/auth/me", headers=bearer(token))
    me = json.loads(body)
    assert status == 200 and me["full_name"] == "Nguyễn Thị Lan" and me["must_change_password"] is False

    # A reset: a one-time password, every session of the account ends, the next sign-in must change it.
    reset = users(sqlite_url, "passwd", "thu.ky")
    assert reset.returncode == 0, reset.stderr
    one_time = reset.stdout.split("password: ")[1].strip()
    assert server.request("GET", "/api/v1/auth/me", headers=bearer(token))[0] == 401
    assert server.request("POST", "/api/v1/auth/login", {"username": "thu.ky", "password": PASSWORD})[0] == 401
    token = server.login("thu.ky", one_time)
    status, _, body = server.request("GET", "/api/v1/questions", headers=bearer(token))
    assert status == 403 and json.loads(body)["type"].endswith(":password-change-required"), body
    status, _, body = server.request("GET", "/api/v1/auth/me", headers=bearer(token))
    assert status == 200 and json.loads(body)["must_change_password"] is True
    status, _, body = server.request("POST", "/api/v1/auth/password", {"current_password": "sai", "new_password": "mat-khau-moi-dai"},
                                     headers=bearer(token))
    assert status == 422 and json.loads(body)["errors"][0]["field"] == "current_password"
    server.change_password(token, one_time, "mat-khau-moi-dai")
    assert server.request("GET", "/api/v1/questions", headers=bearer(token))[0] == 200, "the same session carries on"

    # Disabled: its sessions end at once and it cannot sign in; enabled: it signs in again.
    assert users(sqlite_url, "disable", "thu.ky").returncode == 0
    assert server.request("GET", "/api/v1/auth/me", headers=bearer(token))[0] == 401
    assert server.request("POST", "/api/v1/auth/login", {"username": "thu.ky", "password": "mat-khau-moi-dai"})[0] == 401
    assert json.loads(users(sqlite_url, "list", "--json").stdout)[-1]["disabled"] is True
    assert users(sqlite_url, "enable", "thu.ky").returncode == 0
    assert server.login("thu.ky", "mat-khau-moi-dai")

    # Every administrative change is in the audit trail, with who made it.
    assert users(sqlite_url, "add", "quan.tri", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    admin = server.login("quan.tri", PASSWORD)
    status, _, body = server.request("GET", f"/api/v1/audit?entity=user:{me['id']}&limit=50", headers=bearer(admin))
    trail = [(item["actor"], item["action"]) for item in json.loads(body)["items"]]
    for step in [("cli", "create"), ("cli", "password_reset"), (me["id"], "password_change"), ("cli", "disable"), ("cli", "enable")]:
        assert step in trail, trail
    assert server.stop() == 0


def test_users_add_refuses_what_the_schedules_do_not_know_with_one_line(sqlite_url):
    cases = [
        (["--role", "secretariat", "--organisation", "xa-khong-co"], "unknown organisation 'xa-khong-co'"),
        (["--role", "officer", "--organisation", "xa-tan-thanh", "--department", "khong-co"],
         "unknown department 'khong-co' in xa-tan-thanh"),
        (["--role", "officer", "--organisation", "xa-tan-thanh"], "an officer needs their department"),
        (["--role", "secretariat"], "give the organisation"),
        (["--role", "leader", "--organisation", "xa-tan-thanh", "--organisation", "xa-lai-vung", "--department", "dia-chinh"],
         "a department belongs to one organisation"),
    ]
    for args, reason in cases:
        result = users(sqlite_url, "add", "ok.name", *args, "--password-stdin", stdin=PASSWORD + "\n")
        assert result.returncode != 0, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and reason in lines[0], (args, result.stderr)
    assert json.loads(users(sqlite_url, "list", "--json").stdout) == [], "nothing was written"


def test_first_start_writes_the_admin_password_to_a_private_file_and_never_to_the_log(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    [password] = server.admin_password()
    log = server.log()
    assert password not in log
    assert str(server.admin_password_path) in log, "the log names the file"
    assert stat.S_IMODE(os.stat(server.admin_password_path).st_mode) == 0o600
    token = server.login("admin", password)
    status, _, body = server.request("GET", "/api/v1/audit?entity=user:x", headers=bearer(token))
    assert status == 403 and json.loads(body)["type"].endswith(":password-change-required")
    server.change_password(token, password, "mat-khau-quan-tri")
    assert server.request("GET", "/api/v1/audit?entity=user:x", headers=bearer(token))[0] == 200
    assert server.stop() == 0
    again = server_factory(sqlite_url).start()
    assert again.admin_password() == [] and password not in again.log()
    assert again.stop() == 0


def browser_sign_in(server, username, password):
    """Signs in through the form as a browser does; returns the Set-Cookie header of the answer and the cookie pair."""
    status, headers, body = server.request("GET", "/staff")
    assert status == 200
    anonymous = headers["Set-Cookie"].split(";")[0]
    csrf = re.search(r'name="_csrf" value="([^"]+)"', body.decode()).group(1)
    form = urllib.parse.urlencode({"_csrf": csrf, "username": username, "password": password})
    # http.client, which does not follow the redirect, so the answer's own Set-Cookie is seen.
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("POST", "/staff/login", form, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": anonymous})
    response = connection.getresponse()
    assert response.status == 303, response.status
    set_cookie = response.getheader("Set-Cookie")
    connection.close()
    return set_cookie, set_cookie.split(";")[0]


def test_cookies_are_secure_with_the_host_prefix_unless_served_on_loopback(server_factory, sqlite_url):
    assert users(sqlite_url, "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh",
                 "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    for args, secure in (([], False), (["--host", "0.0.0.0"], True), (["--no-secure-cookies", "--host", "0.0.0.0"], False),
                         (["--secure-cookies"], True)):
        server = server_factory(sqlite_url, args=args).start()
        set_cookie, pair = browser_sign_in(server, "thu.ky", PASSWORD)
        assert pair.startswith("__Host-td_session=" if secure else "td_session="), (args, set_cookie)
        assert ("Secure" in set_cookie) == secure and "HttpOnly" in set_cookie and "Path=/" in set_cookie, set_cookie
        assert "Domain" not in set_cookie
        status, _, body = server.request("GET", "/staff", headers={"Cookie": pair})
        assert status == 200 and b"thu.ky" in body, (args, status)
        assert server.stop() == 0


def test_a_second_factor_enrolled_with_an_authenticator_app_guards_the_sign_in(server_factory, sqlite_url):
    """The codes come from pyotp, as an authenticator app would make them from the otpauth:// address."""
    assert users(sqlite_url, "add", "lanh.dao", "--role", "leader", "--organisation", "xa-tan-thanh",
                 "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    server = server_factory(sqlite_url).start()
    token = server.login("lanh.dao", PASSWORD)
    status, _, body = server.request("POST", "/api/v1/auth/totp", b"", headers=bearer(token))
    assert status == 200, body
    started = json.loads(body)
    app = pyotp.parse_uri(started["otpauth_uri"])
    assert app.secret == started["secret"] and app.digits == 6 and app.interval == 30
    status, _, body = server.request("POST", "/api/v1/auth/totp/confirm", {"code": "000000" if app.now() != "000000" else "111111"},
                                     headers=bearer(token))
    assert status == 422 and json.loads(body)["errors"][0]["field"] == "code"
    now = time.time()
    status, _, body = server.request("POST", "/api/v1/auth/totp/confirm", {"code": app.at(now)}, headers=bearer(token))
    assert status == 200, body
    recovery = json.loads(body)["recovery_codes"]
    assert len(recovery) == 10 and len(set(recovery)) == 10

    def sign_in(**extra):
        return server.request("POST", "/api/v1/auth/login", {"username": "lanh.dao", "password": PASSWORD, **extra})

    status, _, body = sign_in()
    assert status == 401 and json.loads(body)["type"].endswith(":totp-required"), body
    assert sign_in(code=app.at(now))[0] == 401, "a code signs in once: the confirming one is spent"
    assert sign_in(code="123")[0] == 401
    assert sign_in(code=app.at(now + 30))[0] == 200, "the next step's code, one step early, is accepted"
    assert sign_in(code=recovery[0])[0] == 200
    assert sign_in(code=recovery[0])[0] == 401, "a recovery code works once"
    assert server.stop() == 0


def test_signing_out_everywhere_else_ends_the_other_sessions_only(server_factory, sqlite_url):
    assert users(sqlite_url, "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh",
                 "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    server = server_factory(sqlite_url).start()
    here, phone, laptop = (server.login("thu.ky", PASSWORD) for _ in range(3))
    assert server.request("POST", "/api/v1/auth/logout-others", b"", headers=bearer(here))[0] == 204
    assert server.request("GET", "/api/v1/auth/me", headers=bearer(here))[0] == 200
    assert server.request("GET", "/api/v1/auth/me", headers=bearer(phone))[0] == 401
    assert server.request("GET", "/api/v1/auth/me", headers=bearer(laptop))[0] == 401
    assert server.stop() == 0


def test_an_organisation_requiring_a_second_factor_opens_nothing_else_until_one_is_enrolled(server_factory, sqlite_url, tmp_path):
    schedules = schedules_requiring_second_factor(tmp_path, "xa-tan-thanh", ["secretariat", "officer"])
    for name, role, organisation in (("thu.ky", "secretariat", "xa-tan-thanh"), ("lanh.dao", "leader", "xa-tan-thanh"),
                                     ("thu.ky.lv", "secretariat", "xa-lai-vung")):
        assert users(sqlite_url, "add", name, "--role", role, "--organisation", organisation, "--schedules", schedules,
                     "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    server = server_factory(sqlite_url, args=["--schedules", schedules]).start()

    token = server.login("thu.ky", PASSWORD)
    status, _, body = server.request("GET", "/api/v1/auth/me", headers=bearer(token))
    assert status == 200 and json.loads(body)["must_enrol_second_factor"] is True
    status, _, body = server.request("GET", "/api/v1/questions", headers=bearer(token))
    assert status == 403 and json.loads(body)["type"].endswith(":second-factor-enrolment-required"), body
    status, _, body = server.request("POST", "/api/v1/auth/totp", b"", headers=bearer(token))
    assert status == 200, body
    app = pyotp.parse_uri(json.loads(body)["otpauth_uri"])
    status, _, body = server.request("POST", "/api/v1/auth/totp/confirm", {"code": app.now()}, headers=bearer(token))
    assert status == 200, body
    assert server.request("GET", "/api/v1/questions", headers=bearer(token))[0] == 200, "the same session carries on"
    status, _, body = server.request("POST", "/api/v1/auth/totp/remove", {"password": PASSWORD}, headers=bearer(token))
    assert status == 409, "required here: it cannot be removed"
    status, _, body = server.request("POST", "/api/v1/auth/login", {"username": "thu.ky", "password": PASSWORD})
    assert status == 401 and json.loads(body)["type"].endswith(":totp-required")

    # A leader of the same commune and a clerk of another: not required, free to enrol and remove.
    for name in ("lanh.dao", "thu.ky.lv"):
        token = server.login(name, PASSWORD)
        status, _, body = server.request("GET", "/api/v1/auth/me", headers=bearer(token))
        assert json.loads(body)["must_enrol_second_factor"] is False, name
        assert server.request("GET", "/api/v1/questions", headers=bearer(token))[0] == 200, name
    status, _, body = server.request("POST", "/api/v1/auth/totp", b"", headers=bearer(token))
    app = pyotp.parse_uri(json.loads(body)["otpauth_uri"])
    assert server.request("POST", "/api/v1/auth/totp/confirm", {"code": app.now()}, headers=bearer(token))[0] == 200
    status, _, body = server.request("POST", "/api/v1/auth/totp/remove", {"password": "sai-mat-khau"}, headers=bearer(token))
    assert status == 422 and json.loads(body)["errors"][0]["field"] == "password"
    assert server.request("POST", "/api/v1/auth/totp/remove", {"password": PASSWORD}, headers=bearer(token))[0] == 204
    assert server.login("thu.ky.lv", PASSWORD), "no code asked once removed"

    # The clerk loses the phone and the recovery codes: the command line turns the factor off and ends the
    # clerk's sessions; the commune still requires one, so the next sign-in must enrol a new app.
    clerk = server.login("thu.ky.lv", PASSWORD)
    off = users(sqlite_url, "second-factor-off", "thu.ky")
    assert off.returncode == 0, off.stderr
    token = server.login("thu.ky", PASSWORD)
    status, _, body = server.request("GET", "/api/v1/questions", headers=bearer(token))
    assert status == 403 and json.loads(body)["type"].endswith(":second-factor-enrolment-required"), body
    assert server.request("GET", "/api/v1/auth/me", headers=bearer(clerk))[0] == 200, "another account's session stays"
    assert server.stop() == 0


def test_a_schedule_naming_an_unknown_role_for_the_second_factor_is_refused_with_its_line(tmp_path):
    schedules = schedules_requiring_second_factor(tmp_path, "xa-tan-thanh", ["thu-ky"])
    result = run_command("schedules", "check", "--schedules", schedules)
    assert result.returncode != 0
    assert "xa-tan-thanh.yaml:" in result.stdout + result.stderr and "unknown staff role 'thu-ky'" in result.stdout + result.stderr
