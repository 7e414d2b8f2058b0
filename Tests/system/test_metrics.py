"""`/metrics` in the Prometheus text format, read with prometheus_client's own parser: requests by route and status
move as requests are made; the store, the outbox, sign-ins, bookings and questions are counted; only the allowed
addresses may read it."""
import json

from prometheus_client.parser import text_string_to_metric_families


def scrape(server):
    status, headers, body = server.request("GET", "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain"), status
    return {family.name: family for family in text_string_to_metric_families(body.decode())}


def value(families, name, **labels):
    family = families.get(name)
    if family is None:
        return 0
    return sum(sample.value for sample in family.samples
               if sample.name in (name, name + "_total") and all(sample.labels.get(k) == v for k, v in labels.items()))


def test_metrics_parse_and_move_with_the_requests(server_factory, sqlite_url):
    server = server_factory(sqlite_url).start()
    before = scrape(server)
    for _ in range(3):
        assert server.request("GET", "/api/v1/organisations")[0] == 200
    assert server.request("POST", "/api/v1/auth/login", {"username": "admin", "password": "sai-mat-khau"})[0] == 401
    status, _, body = server.request("POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "question", "text": "Đường liên ấp 3 bị sạt lở sau mưa, khi nào sửa?",
        "publish_consent": True, "citizen": {"name": "Trần Văn Mười", "phone": "0911 222 333"}})
    assert status == 201, body
    after = scrape(server)

    route = {"http_route": "/api/v1/organisations", "http_request_method": "GET", "http_response_status_code": "200"}
    assert value(after, "hb_requests", **route) - value(before, "hb_requests", **route) == 3
    assert after["http_server_request_duration"].type == "histogram"
    assert value(after, "tiepdan_sign_in_failures", reason="credentials") == value(before, "tiepdan_sign_in_failures", reason="credentials") + 1
    assert value(after, "tiepdan_questions_accepted") == value(before, "tiepdan_questions_accepted") + 1
    assert after["tiepdan_database_use_duration_seconds"].type == "histogram"
    assert "tiepdan_database_uses_in_progress" in after
    assert value(after, "tiepdan_outbox_notices", status="pending") >= 0 and "tiepdan_outbox_notices" in after
    assert server.stop() == 0


def test_metrics_are_not_there_for_addresses_not_allowed(server_factory, sqlite_url):
    server = server_factory(sqlite_url, args=["--metrics-from", "10.0.0.0/8"]).start()
    status, _, body = server.request("GET", "/metrics")
    assert status == 403 and json.loads(body)["status"] == 403
    assert server.stop() == 0
