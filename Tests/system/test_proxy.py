"""Sign-in and limits behind a reverse proxy and under attack, through the real binary."""
import json

from conftest import run_command

PASSWORD = "mat-khau-dai"


def sign_in(server, username, password, client=None):
    headers = {"Content-Type": "application/json"}
    if client:
        headers["X-Forwarded-For"] = f"203.0.113.250, {client}"
    return server.request("POST", "/api/v1/auth/login", {"username": username, "password": password}, headers=headers)[0]


def resident_kib(server):
    with open(f"/proc/{server.process.pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_each_client_behind_a_trusted_proxy_has_its_own_limit(server_factory, sqlite_url):
    server = server_factory(sqlite_url, args=["--trusted-proxy", "127.0.0.1/32"]).start()
    # Other names each time: the limit per address, not the delays per (name, address), is what is counted here.
    first = [sign_in(server, f"nobody{index}", "sai", client="198.51.100.1") for index in range(11)]
    assert first[:10] == [401] * 10 and first[10] == 429, first
    assert sign_in(server, "nobody", "sai", client="198.51.100.2") == 401, "another client is not limited by the first"
    assert sign_in(server, "nobody", "sai", client="2001:db8:1:2::5") == 401
    assert server.stop() == 0


def test_an_untrusted_peer_cannot_choose_its_address(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    statuses = [sign_in(server, f"nobody{index}", "sai", client=f"198.51.100.{index}") for index in range(11)]
    assert statuses[10] == 429, statuses
    assert server.stop() == 0


def test_wrong_passwords_from_one_address_do_not_lock_the_account_out_elsewhere(server_factory, sqlite_url):
    server = server_factory(sqlite_url, args=["--trusted-proxy", "127.0.0.1"]).start()
    [password] = server.admin_password()
    attacker = [sign_in(server, "admin", f"doan-{index}", client="198.51.100.66") for index in range(20)]
    assert set(attacker) <= {401, 429} and attacker.count(401) >= 5, attacker
    assert sign_in(server, "admin", password, client="198.51.100.66") == 429, "the attacker's address is slowed"
    assert sign_in(server, "admin", password, client="198.51.100.7") == 200, "the administrator signs in from elsewhere"
    assert server.stop() == 0


def test_huge_user_names_are_refused_before_any_limiter_and_memory_stays_flat(server_factory, sqlite_url):
    server = server_factory(sqlite_url, args=["--trusted-proxy", "127.0.0.1"]).start()
    assert sign_in(server, "warm.up", "sai") == 401
    before = resident_kib(server)
    name = "a" * 1_000_000
    for index in range(100):
        status = sign_in(server, name + str(index), "sai", client=f"198.51.{index // 250}.{index % 250}")
        assert status == 401, status
    grown = resident_kib(server) - before
    assert grown < 10 * 1024, f"resident memory grew by {grown} KiB"
    assert server.stop() == 0
