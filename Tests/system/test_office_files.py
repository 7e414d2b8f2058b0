"""Files an office edits and counts in: the real binary writes Excel and Word files itself (no office suite on the
server), and outside readers open them. openpyxl finds the register's ID numbers as text with their leading zero,
its days as dates, its header row frozen, and every cell equal to the JSON register's; python-docx finds in the
minutes the national heading, the motto, the number and the signer, on A4 in Times New Roman; LibreOffice (headless,
from Debian) converts the same file to PDF and pdftotext reads the same text."""
import io
import json
import re
import shutil
import subprocess
from datetime import datetime

import docx
import openpyxl
from docx.shared import Mm

from conftest import run_command

SESSION = "xa-tan-thanh.tiep-dinh-ky-thu-5.20270107"  # Thursday 7 January 2027, the chairman's periodic day
PASSWORD = "mat-khau-dai"


def test_register_as_xlsx_and_minutes_as_docx(server_factory, sqlite_url, tmp_path):
    assert run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh",
                       "--password-stdin", "--database", sqlite_url, stdin=PASSWORD + "\n").returncode == 0
    # At 06:00 in Vietnam on the session's day: check-in is open.
    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")], clock="2027-01-06 23:00:00").start()
    token = server.login("thu.ky", PASSWORD)

    def staff(method, path, payload=None):
        return server.request(method, path, payload if payload is not None else ({} if method == "POST" else None),
                              headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})

    citizens = [("Nguyễn Văn Ba", "0912 000 501", "001186004321", "complaint"),
                ("Trần Thị Bình", "0912 000 502", "079186001234", "petition")]
    for name, phone, id_number, category in citizens:
        status, _, body = staff("POST", f"/api/v1/sessions/{SESSION}/walk-ins", {
            "citizen": {"name": name, "phone": phone, "address": "Ấp Tân Hòa", "id_number": id_number},
            "subject": "Đề nghị cấp giấy chứng nhận quyền sử dụng đất; =SUM(A1:A9)"})
        assert status == 201, body
        reference = json.loads(body)["reference"]
        status, _, body = staff("POST", f"/api/v1/bookings/{reference}/outcome",
                                {"outcome": "accepted", "category": category, "detail": "Giao địa chính xã xem xét"})
        assert status == 200, body

    register = "organisation=xa-tan-thanh&from=2027-01-07&to=2027-01-07"
    status, _, body = staff("GET", f"/api/v1/register?{register}")
    lines = json.loads(body)["items"]
    assert len(lines) == 2
    assert staff("GET", f"/staff/register?{register}&format=xlsx")[2] == staff("GET", f"/staff/register.xlsx?{register}")[2]
    status, headers, xlsx = staff("GET", f"/staff/register.xlsx?{register}")
    assert status == 200 and headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert headers["Content-Disposition"].startswith('attachment; filename="so-tiep-cong-dan-xa-tan-thanh-')
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx))
    sheet = workbook.active
    assert sheet.title == "Sổ tiếp công dân" and sheet.freeze_panes == "A2"
    headings = [cell.value for cell in sheet[1]]
    assert headings[:4] == ["STT", "Ngày tiếp", "Họ tên, địa chỉ", "Số CCCD"] and sheet["A1"].font.b
    assert sheet.auto_filter.ref == "A1:J3"
    for row, line in zip(sheet.iter_rows(min_row=2, values_only=False), lines):
        number, day, name, id_number = row[0], row[1], row[2], row[3]
        assert number.value == line["number"] and number.data_type == "n"
        assert isinstance(day.value, datetime) and day.value.strftime("%d/%m/%Y") == line["date"] and day.is_date
        assert id_number.data_type == "s" and id_number.value == line["id_number"]
        assert [cell.value or "" for cell in row[4:]] == [line["content"], line["category_and_people"], line["handled_before"],
                                                           line["handling"], line["follow_up"], line["notes"]]
        assert name.value == line["name_and_address"]
    assert sheet["D2"].value == "001186004321", "the leading zero stays"
    assert sheet["E2"].data_type == "s" and sheet["E2"].value.endswith("=SUM(A1:A9)"), "a citizen's text is never a formula"
    assert sheet.column_dimensions["C"].width == 30

    # The session's minutes as a Word document an office edits, signs and stamps.
    status, _, body = staff("POST", f"/api/v1/sessions/{SESSION}/minutes", {"conclusion": "1. Giao địa chính xã xem xét trong 10 ngày."})
    assert status in (200, 201), body
    minutes = json.loads(body)
    status, _, body = staff("POST", f"/api/v1/minutes/{minutes['id']}/finalise")
    assert status == 200, body
    status, headers, word = staff("GET", f"/minutes/{minutes['id']}?format=docx")
    assert status == 200 and headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    document = docx.Document(io.BytesIO(word))
    cells = [paragraph.text for table in document.tables for row in table.rows for cell in row.cells for paragraph in cell.paragraphs]
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    everything = "\n".join(cells + paragraphs)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells and "Độc lập - Tự do - Hạnh phúc" in cells
    assert any(text.startswith("Số: 1/BB-UBND") for text in cells), cells
    assert "BIÊN BẢN" in everything and "Giao địa chính xã xem xét trong 10 ngày." in everything
    motto = next(paragraph for table in document.tables for row in table.rows for cell in row.cells
                 for paragraph in cell.paragraphs if paragraph.text == "Độc lập - Tự do - Hạnh phúc")
    assert all(run.bold and run.underline for run in motto.runs)
    # The signature block: the presiding chairman (schedules/xa-tan-thanh.yaml) and the recorder, titles in capitals.
    assert "Nguyễn Văn An" in cells and "CHỦ TỊCH UBND XÃ" in cells and "NGƯỜI GHI BIÊN BẢN" in cells, cells
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert abs(section.left_margin - Mm(30)) < Mm(1) and abs(section.right_margin - Mm(15)) < Mm(1)
    assert document.styles.element.xpath("//w:rFonts/@w:ascii") == ["Times New Roman"]

    # Another reader: LibreOffice converts the Word file to PDF, and pdftotext reads the same heading, number and signer.
    soffice = shutil.which("soffice")
    assert soffice, "scripts/install-test-tools.sh installs libreoffice-writer-nogui"
    (tmp_path / "minutes.docx").write_bytes(word)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "minutes.docx")], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", str(tmp_path / "minutes.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1/BB-UBND", "Nguyễn Văn An",
                     "Giao địa chính xã xem xét trong 10 ngày."):
        assert expected in text, (expected, text[:1500])
    info = subprocess.run(["pdfinfo", str(tmp_path / "minutes.pdf")], capture_output=True, text=True, check=True).stdout
    assert "pts (A4)" in info, info


def test_satisfaction_figures_as_xlsx_equal_the_json(server_factory, sqlite_url, tmp_path):
    """Six citizens received and surveyed through the links on their receipts: openpyxl finds in the Excel file the
    same counts, means and shares as the JSON figures, and a group of fewer than five answers without a percentage."""
    assert run_command("users", "add", "thu.ky", "--role", "secretariat", "--organisation", "xa-tan-thanh",
                       "--password-stdin", "--database", sqlite_url, stdin=PASSWORD + "\n").returncode == 0
    server = server_factory(sqlite_url, args=["--secret-key-file", str(tmp_path / "secret.key")], clock="2027-01-06 23:00:00").start()
    token = server.login("thu.ky", PASSWORD)

    def staff(method, path, payload=None):
        return server.request(method, path, payload if payload is not None else ({} if method == "POST" else None),
                              headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})

    points = [[5, 4, 5, 4, 5, 5], [4, 4, 4, 4, 4, 4], [2, 3, 1, 2, 2, 2], [5, 5, 5, 5, 5, 5], [3, 3, 4, 3, 3, 3], [4, 5, 5, 4, 5, 4]]
    ids = ["access", "procedure", "officials", "result", "feedback", "overall"]
    for index, answer in enumerate(points):
        status, _, body = staff("POST", f"/api/v1/sessions/{SESSION}/walk-ins", {
            "citizen": {"name": f"Công dân {index}", "phone": f"0912 000 6{index:02d}", "address": "Ấp 1", "id_number": f"0791860050{index:02d}"},
            "subject": "Đề nghị sửa đường"})
        assert status == 201, body
        reference = json.loads(body)["reference"]
        status, _, body = staff("POST", f"/api/v1/bookings/{reference}/outcome", {"outcome": "guided", "category": "feedback", "detail": "Hướng dẫn gửi đơn đến UBND xã"})
        assert status == 200, body
        status, _, receipt = staff("GET", f"/staff/bookings/{reference}/receipt")
        link = re.search(re.escape(server.url) + r"(/surveys/visit\.[A-Z0-9-]+\.[a-z2-7]{16})", receipt.decode()).group(1)
        status, _, body = server.request("POST", "/api/v1" + link, {"points": dict(zip(ids, answer)), "comment": "Góp ý riêng"})
        assert status == 201, body

    status, _, body = server.request("GET", "/api/v1/satisfaction?organisation=xa-tan-thanh&from=2027-01&to=2027-01")
    figures = json.loads(body)
    assert figures["responses"] == 6 and "Góp ý riêng" not in body.decode()
    status, headers, xlsx = server.request("GET", "/organisations/xa-tan-thanh/satisfaction?from=2027-01&to=2027-01&format=xlsx")
    assert status == 200
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx))
    factors = workbook.worksheets[0]
    rows = list(factors.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(ids)
    for row, question in zip(rows, figures["questions"]):
        tally = question["tally"]
        column = [answer[ids.index(question["id"])] for answer in points]
        assert row[1] == tally["responses"] == 6
        assert row[2] == round(tally["mean"], 2) == round(sum(column) / 6, 2)
        assert row[3] == round(tally["satisfied"], 3) == round(sum(1 for p in column if p >= 4) / 6, 3)
        assert row[4] == round(tally["dissatisfied"], 3) == round(sum(1 for p in column if p <= 2) / 6, 3)
    assert factors["A1"].font.b and factors.freeze_panes == "A2"
    # No department answered here; by channel all six are walk-ins; a month table has the one month.
    by_month = workbook.worksheets[-1]
    assert next(by_month.iter_rows(min_row=2, values_only=True))[:2] == ("2027-01", 6)

    # The periodic report of the quarter these visits fall in (15 December to 14 March): Excel's figures are the JSON's,
    # and the Word document carries the heading, the motto, the number and the signer.
    status, _, body = staff("GET", "/api/v1/reports/reception?organisation=xa-tan-thanh&period=2027-Q1")
    assert status == 200, body
    report = json.loads(body)
    assert report["from"] == "15/12/2026" and report["to"] == "14/03/2027" and report["totals"]["visits"] == 6
    status, _, xlsx = staff("GET", "/staff/reports/reception?organisation=xa-tan-thanh&period=2027-Q1&format=xlsx")
    assert status == 200
    figures = openpyxl.load_workbook(io.BytesIO(xlsx)).worksheets[0]
    rows = {row[0]: row[1:] for row in figures.iter_rows(min_row=2, values_only=True)}
    totals = report["totals"]
    assert rows["Số lượt tiếp"][-1] == totals["visits"] and rows["Số người được tiếp"][-1] == totals["people"]
    assert rows["Số câu hỏi, đơn nhận được"][-1] == totals["questions_received"]
    assert rows["Lượt tiếp theo loại việc: Góp ý"][-1] == totals["visits_by_category"].get("feedback", 0) == 6
    status, headers, word = staff("GET", "/staff/reports/reception/document?organisation=xa-tan-thanh&period=2027-Q1&format=docx")
    assert status == 200 and headers["Content-Disposition"].startswith("attachment;")
    document = docx.Document(io.BytesIO(word))
    cells = [paragraph.text for table in document.tables for row in table.rows for cell in row.cells for paragraph in cell.paragraphs]
    everything = "\n".join(cells + [paragraph.text for paragraph in document.paragraphs])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells and "Độc lập - Tự do - Hạnh phúc" in cells
    assert any(text.startswith("Số:") and text.endswith("/BC-UBND") for text in cells), cells
    assert "BÁO CÁO" in everything and "quý I năm 2027" in everything
    assert "Nguyễn Văn An" in cells and "CHỦ TỊCH UBND XÃ" in cells
