"""`tiepdan templates check` and `serve` on an office's edited templates: a missing partial, an
unknown variable or a word missing from the dictionary is reported as FILE:LINE: message, and
the service refuses to start on such a set."""
import shutil
import subprocess

from conftest import BIN, ENV, ROOT, run_command


def test_the_shipped_templates_pass():
    result = run_command("templates", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_broken_templates_are_located_and_refused(tmp_path, sqlite_url):
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    bulletin = templates / "documents" / "bulletin.mustache"
    lines = bulletin.read_text(encoding="utf-8").splitlines()
    lines.insert(10, "{{> documents/chu-ky}}")
    lines.insert(11, "<p>{{heading.so_hieu}}</p>")
    bulletin.write_text("\n".join(lines) + "\n", encoding="utf-8")
    home = templates / "web" / "home.mustache"
    home.write_text(home.read_text(encoding="utf-8") + "{{t.loi_chao}}\n", encoding="utf-8")

    result = run_command("templates", "check", "--templates", str(templates))
    assert result.returncode == 1
    problems = result.stdout.splitlines()
    assert f"{templates}/documents/bulletin.mustache:11: no partial named 'documents/chu-ky'" in problems
    assert f"{templates}/documents/bulletin.mustache:12: unknown variable 'heading.so_hieu'" in problems
    assert any(line.startswith(f"{templates}/web/home.mustache:") and "'t.loi_chao'" in line for line in problems)
    assert len(problems) == 3, problems

    serve = subprocess.run([BIN, "serve", "--port", "0", "--database", sqlite_url, "--templates", str(templates)],
                           capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=60)
    assert serve.returncode != 0
    assert "documents/bulletin.mustache:11: no partial named 'documents/chu-ky'" in serve.stderr
    assert "not starting" in serve.stderr


def test_every_notice_kind_needs_its_template(tmp_path):
    """A notice kind whose template went missing, or one naming a field notices do not have, is reported: every kind
    a citizen or staff member is told of has its text checked before the service starts."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "notices" / "staff-question_overdue.staff.mustache").unlink()
    commitment = templates / "notices" / "question-commitment_completed.sms.mustache"
    commitment.write_text(commitment.read_text(encoding="utf-8") + "{{ho_ten}}\n", encoding="utf-8")
    result = run_command("templates", "check", "--templates", str(templates))
    assert result.returncode == 1
    problems = result.stdout.splitlines()
    assert any("notices/staff-question_overdue.staff" in line for line in problems), problems
    assert any(line.startswith(f"{templates}/notices/question-commitment_completed.sms.mustache:") and "'ho_ten'" in line
               for line in problems), problems
