"""The QR code the account page draws for an authenticator app is, module for module, the code the PyPI package
qrcode makes of the same otpauth:// address at the same version, level and mask: what a phone's camera reads.
(segno was tried first, but it adds a zero codeword where the bit stream already ends on a byte, which ISO/IEC
18004 § 7.4.10 does not ask for.)"""
import json
import re

import qrcode
import qrcode.util

from conftest import run_command

PASSWORD = "mat-khau-dai"
# Format information: level bits (M is 00) and mask, after BCH protection and the 0x5412 mask (ISO/IEC 18004 § 7.9).
FORMAT_CELLS = [(8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8), (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8)]


def matrix_of(svg):
    """The dark modules of the page's SVG: one path of rectangles, each `M x y h w v1 h-w z`, inside a 4-module
    quiet zone."""
    side = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
    size = side - 8
    rows = [[False] * size for _ in range(size)]
    path = re.search(r'<path fill="#000" d="([^"]*)"', svg).group(1)
    for x, y, width in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", path):
        for column in range(int(x) - 4, int(x) - 4 + int(width)):
            rows[int(y) - 4][column] = True
    assert len(re.findall(r"M", path)) == len(re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", path)), "every rectangle parsed"
    return rows


def reference_code(text, version=None, mask=None):
    code = qrcode.QRCode(version=version, error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=mask, border=0)
    code.add_data(qrcode.util.QRData(text.encode(), mode=qrcode.util.MODE_8BIT_BYTE))
    code.make(fit=version is None)
    return code


def test_the_enrolment_qr_code_is_the_one_qrcode_makes(server_factory, sqlite_url):
    # User names of 3 to 64 letters make addresses that need versions 7 to 9, each with the version information
    # blocks that version 7 adds.
    names = ["lan", "ba.an", "nguyen.thi.lan", "x" * 30, "y" * 47, "z" * 64]
    for name in names:
        added = run_command("users", "add", name, "--role", "leader", "--organisation", "xa-tan-thanh", "--password-stdin",
                            "--database", sqlite_url, stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
    server = server_factory(sqlite_url).start()
    versions = set()
    for name in names:
        token = server.login(name, PASSWORD)
        status, _, body = server.request("POST", "/api/v1/auth/totp", b"", headers={"Authorization": f"Bearer {token}"})
        assert status == 200, body
        uri = json.loads(body)["otpauth_uri"]
        status, _, page = server.request("GET", "/staff/account", headers={"Authorization": f"Bearer {token}"})
        assert status == 200
        page = page.decode()
        assert uri.replace("&", "&amp;") in page, "the page offers the same address as the API"
        svg = re.search(r'<figure id="totp-qr">(<svg.*?</svg>)</figure>', page, re.S).group(1)
        ours = matrix_of(svg)
        size = len(ours)
        version = (size - 17) // 4
        bits = sum(ours[y][x] << index for index, (x, y) in enumerate(FORMAT_CELLS)) ^ 0x5412
        level, mask = bits >> 13, (bits >> 10) & 7
        assert level == 0, "error correction level M"
        theirs = reference_code(uri, version, mask).modules
        mismatches = [(x, y) for y in range(size) for x in range(size) if ours[y][x] != theirs[y][x]]
        assert not mismatches, f"{name}: version {version}, mask {mask}: {len(mismatches)} modules differ, first {mismatches[:5]}"
        assert reference_code(uri).version == version, "the smallest version that holds it"
        versions.add(version)
    assert versions == {7, 8, 9}, versions
    assert server.stop() == 0
