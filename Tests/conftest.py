"""Shared fixtures for the Python checks: the real tiepdan binary, run as a person would."""
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(os.environ.get("TIEPDAN_ROOT", Path(__file__).resolve().parents[1]))
BIN = os.environ.get("TIEPDAN_BIN", str(ROOT / ".build" / "debug" / "tiepdan"))
# Sign-ins in tests need not cost a quarter of a second each.
ENV = {**os.environ, "TIEPDAN_BCRYPT_COST": "4", "LOG_LEVEL": "info"}
# Servers started without --secret-key-file keep their sealing key where a user's service would (~/.config/tiepdan),
# here in a folder of this run's own rather than the runner's home.
CONFIG_HOME = Path(tempfile.mkdtemp(prefix="tiepdan-config-"))
ENV["XDG_CONFIG_HOME"] = str(CONFIG_HOME)
ENV.pop("CONFIGURATION_DIRECTORY", None)
ENV.pop("TIEPDAN_SECRET_KEY", None)
DEFAULT_KEY = CONFIG_HOME / "tiepdan" / "secret.key"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_command(*args, stdin=None, timeout=60):
    """Runs a tiepdan command to completion in the repository root."""
    return subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env=ENV, timeout=timeout)


class Server:
    """One `tiepdan serve` process on its own port, its log captured to a file. With `clock` (UTC, as
    `2027-01-07 01:00:00`) the process's wall clock starts there and runs on, through the `faketime` wrapper
    (libfaketime; the monotonic clock, which timeouts use, is left alone)."""

    def __init__(self, database, tmp_path, args=(), preexec=None, clock=None):
        self.preexec = preexec
        self.clock = clock
        self.database = database
        self.args = list(args)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp_path / f"serve-{self.port}.log"
        # Each server of a test writes the first administrator's password to its own file, never to the log.
        self.admin_password_path = tmp_path / "admin-password"
        if "--admin-password-file" not in self.args:
            self.args += ["--admin-password-file", str(self.admin_password_path)]
        self.process = None

    def start(self, wait=True):
        self.log_file = open(self.log_path, "w")
        # The faketime wrapper, not LD_PRELOAD alone: libfaketime's own setenv would move `environ`, where the Swift
        # runtime finds the arguments, and the binary would start with none.
        prefix = ["faketime", "-f", "@" + self.clock] if self.clock else []
        env = {**ENV, "FAKETIME_DONT_FAKE_MONOTONIC": "1", "TZ": "UTC"} if self.clock else ENV
        self.started_at = time.time()
        self.process = subprocess.Popen(
            [*prefix, BIN, "serve", "--port", str(self.port), "--database", self.database, *self.args],
            cwd=ROOT, env=env, stdout=self.log_file, stderr=subprocess.STDOUT, preexec_fn=self.preexec)
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        raise AssertionError("server did not become ready:\n" + self.log())

    def pid(self):
        """The server's own process id: under the faketime wrapper, the wrapper's child (the wrapper passes no signal
        on, and returns the child's exit status)."""
        if not self.clock:
            return self.process.pid
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return int(children[0]) if children else self.process.pid

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.process and self.process.poll() is None:
            os.kill(self.pid(), sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.pid(), signal.SIGKILL)
                self.process.wait()
        self.log_file.close()
        return self.process.returncode

    def now(self):
        """What time it is for the server: its fake clock run on since it started, else the real time."""
        if not self.clock:
            return datetime.now(timezone.utc)
        start = datetime.strptime(self.clock, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        return start + timedelta(seconds=time.time() - self.started_at)

    def log(self):
        return self.log_path.read_text(errors="replace")

    def bookable_sessions(self, limit=5):
        """Tân Thành's scheduled reception sessions from three days out on the server's clock: bookings for the next one
        close an hour before it starts, so a test that booked it failed whenever it ran in that hour."""
        start = (self.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
        status, _, body = self.request(
            "GET", f"/api/v1/sessions?organisation=xa-tan-thanh&kind=reception&from={start}&limit={limit}")
        assert status == 200, body
        return [item for item in json.loads(body)["items"] if item["status"] == "scheduled"]

    def admin_password(self):
        """The first administrator's one-time password, when this start created the account (the log says so
        and names the file; the password itself is never in the log)."""
        if "created the first staff account 'admin'" not in self.log():
            return []
        return [self.admin_password_path.read_text().strip()]

    def change_password(self, token, current, new):
        """Changes the signed-in account's password, as the first sign-in and a reset require."""
        status, _, body = self.request("POST", "/api/v1/auth/password", {"current_password": current, "new_password": new},
                                       headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        assert status == 204, body

    def request(self, method, path, body=None, headers=None, timeout=10):
        """Sends one request; returns (status, headers, body bytes) for any status."""
        data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        if data is not None and "Content-Type" not in (headers or {}):
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def login(self, username, password):
        status, _, body = self.request("POST", "/api/v1/auth/login", {"username": username, "password": password})
        assert status == 200, body
        return json.loads(body)["token"]


def schedules_requiring_second_factor(tmp_path, organisation, roles):
    """A copy of the shipped schedules where `organisation` requires a second factor for `roles`; its path."""
    import shutil
    copy = tmp_path / "schedules"
    shutil.copytree(ROOT / "schedules", copy)
    path = copy / f"{organisation}.yaml"
    text = path.read_text()
    marker = f"  id: {organisation}\n"
    assert text.count(marker) == 1
    path.write_text(text.replace(marker, marker + f"  second_factor_for: [{', '.join(roles)}]\n"))
    return str(copy)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:{tmp_path / 'tiepdan.sqlite'}"


@pytest.fixture
def server_factory(tmp_path):
    servers = []

    def make(database, args=(), preexec=None, clock=None):
        server = Server(database, tmp_path, args, preexec, clock)
        servers.append(server)
        return server

    yield make
    for server in servers:
        if server.process and server.process.poll() is None:
            server.stop()


@pytest.fixture
def postgres_url():
    """A fresh, empty database on the test cluster; skipped when the test command started none."""
    admin = os.environ.get("TIEPDAN_TEST_POSTGRES_URL")
    if not admin:
        pytest.skip("no PostgreSQL: run through scripts/test.sh")
    name = "p_" + uuid.uuid4().hex
    port = re.search(r":(\d+)/", admin).group(1)
    psql = ["psql", "-h", "127.0.0.1", "-p", port, "-U", "tiepdan", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c"]
    subprocess.run(psql + [f"CREATE DATABASE {name}"], check=True, capture_output=True)
    yield admin.rsplit("/", 1)[0] + "/" + name
    subprocess.run(psql + [f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], capture_output=True)


# Certificates for the TLS relays, made by openssl.

def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(folder, name):
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
            "-keyout", f"{name}.key", "-out", f"{name}.pem", cwd=folder)


def make_server_cert(folder, ca, name):
    """A certificate for 127.0.0.1 and localhost signed by `ca`."""
    (folder / f"{name}.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", f"{name}.key",
            "-out", f"{name}.csr", cwd=folder)
    openssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem", "-CAkey", f"{ca}.key", "-CAcreateserial",
            "-days", "2", "-extfile", f"{name}.ext", "-out", f"{name}.pem", cwd=folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / f"{name}.pem", folder / f"{name}.key")
    return context


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    """A made-up authority's PEM file, a relay certificate it signed, and one signed by another authority."""
    folder = tmp_path_factory.mktemp("certs")
    make_ca(folder, "ca")
    make_ca(folder, "stranger-ca")
    trusted = make_server_cert(folder, "ca", "relay")
    untrusted = make_server_cert(folder, "stranger-ca", "stranger")
    return folder / "ca.pem", trusted, untrusted
