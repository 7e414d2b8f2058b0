"""Connection hygiene under `ulimit -n 1024`: 1,100 idle connections from one client do not take the service
offline (another client's /healthz answers within 1 s), idle ones are closed after the idle timeout, a half-sent
body is cut off after the body timeout, and SIGTERM does not wait on such a client."""
import resource
import socket
import time


def limit_open_files():
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))


def healthz(port, source="127.0.0.2", timeout=1.0):
    """Status of GET /healthz and the seconds it took, from `source` (another client address on loopback)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(source, 0)) as connection:
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := connection.recv(4096):
            answer += chunk
    return int(answer.split(b" ", 2)[1]), time.monotonic() - started


def test_idle_connections_do_not_take_the_service_offline(server_factory, sqlite_url):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
    server = server_factory(sqlite_url, args=["--idle-timeout", "3", "--body-timeout", "2"], preexec=limit_open_files).start()
    idle = []
    for _ in range(1100):
        try:
            idle.append(socket.create_connection(("127.0.0.1", server.port), timeout=2))
        except OSError:
            pass
    assert len(idle) > 1000, "the client could open its connections (the kernel's backlog holds them)"
    status, seconds = healthz(server.port)
    assert status == 200 and seconds < 1, (status, seconds)

    time.sleep(4)
    assert healthz(server.port, source="127.0.0.1")[0] == 200, "the idle ones were closed: the same client is served again"
    for connection in idle:
        connection.close()

    # A body cut short (the client stops sending and says so) is the client's fault: 400, nothing saved.
    cut = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    cut.sendall(b"POST /api/v1/questions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\": \"abc")
    cut.shutdown(socket.SHUT_WR)
    assert cut.recv(4096).startswith(b"HTTP/1.1 400 "), "a truncated body is a 400"
    cut.close()

    # A client that sends half a body is cut off after the body timeout, and does not hold the shutdown.
    slow = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    slow.sendall(b"POST /api/v1/questions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\":")
    started = time.monotonic()
    assert slow.recv(4096) == b"", "closed without an answer"
    assert time.monotonic() - started < 5
    slow2 = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    slow2.sendall(b"POST /api/v1/questions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{")
    started = time.monotonic()
    assert server.stop() == 0
    assert time.monotonic() - started < 10, "SIGTERM did not wait on the half-sent body"
    assert "Too many open files" not in server.log()
