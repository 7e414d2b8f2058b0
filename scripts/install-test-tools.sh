#!/usr/bin/env bash
# Installs what the build and tests need and nothing else: SQLite's headers, PostgreSQL 15, Chromium and its driver, poppler
# (pdftotext, pdftoppm), a Java runtime for the Nu HTML validator, faketime (the real binary on a moved clock) and
# openssl (certificates for the TLS relays), LibreOffice's writer without its desktop (the .docx converted to PDF
# by another reader) from Debian, and the Python
# checks' packages in .venv. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
# SQLite's headers and library: the build links the system's one (Sources/CSQLite); Debian's machines have it already.
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql-15)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v faketime >/dev/null || missing+=(faketime)
command -v openssl >/dev/null || missing+=(openssl)
# Without its recommendations LibreOffice is the writer and its fonts, not the desktop suite.
lean=()
command -v soffice >/dev/null || lean+=(libreoffice-writer-nogui)
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ]; then
  echo "installing ${missing[*]} ${lean[*]}"
  $sudo apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#lean[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ] || ! cmp -s Tests/requirements.txt .venv/requirements.installed; then
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r Tests/requirements.txt
  cp Tests/requirements.txt .venv/requirements.installed
fi
