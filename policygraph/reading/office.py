"""Old binary Office files (Word 97–2003 .doc, WPS .wps, Excel 97–2003 .xls), Rich Text Format (.rtf) and
OpenDocument (.odt, .ods), read through LibreOffice.

Government sites still publish plans and their 任务分工表 annexes in these formats. Rather than parse the
binary formats ourselves, LibreOffice (installed as `soffice`) converts the file into .docx or .xlsx in a
temporary folder, which the Word and workbook readers then read as they read any other. Without LibreOffice
the file is refused with one line saying what to install.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from .readers import read_docx
from .spreadsheet import read_xlsx

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TIMEOUT = 180  # seconds: LibreOffice converts a long plan in one or two; a hung conversion must not stop a build
# The stream that names what an OLE2 file holds, as it is written in the file's directory (UTF-16).
_WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
# kind -> (the converted format, its reader, what a user calls the file)
_KINDS = {
    "doc": ("docx", read_docx, "an old binary Word .doc (or WPS .wps) file"),
    "xls": ("xlsx", read_xlsx, "an old binary Excel .xls workbook"),
    "rtf": ("docx", read_docx, "a Rich Text Format (.rtf) document"),
    "odt": ("docx", read_docx, "an OpenDocument text (.odt) file"),
    "ods": ("xlsx", read_xlsx, "an OpenDocument spreadsheet (.ods)"),
}
# An OpenDocument package (LibreOffice's and 国产 office suites' own format) names what it holds in its first entry,
# `mimetype`, stored uncompressed at the start of the ZIP
ODF = b"application/vnd.oasis.opendocument."
# How a Rich Text Format file begins: legal databases and office systems export plans in it, its Chinese text as
# escaped GBK bytes (\'c4\'ea) that only a word processor reads back
RTF = b"{\\rtf"


_ODF_HEAD = 200  # bytes: the ZIP's first entry header and its `mimetype` content


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[: len(RTF)] == RTF


def is_opendocument(data: bytes) -> bool:
    return ODF in data[:_ODF_HEAD]


def legacy_kind(data: bytes) -> str:
    """doc, xls, rtf, odt or ods: what the file holds, told by its first bytes or the streams an OLE2 file's
    directory lists."""
    if is_rtf(data):
        return "rtf"
    if is_opendocument(data):
        return "ods" if ODF + b"spreadsheet" in data[:_ODF_HEAD] else "odt"
    return "xls" if any(name in data for name in _WORKBOOK_STREAMS) else "doc"


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy(path: Path, data: bytes) -> tuple[str, str]:
    kind = legacy_kind(data)
    target, reader, what = _KINDS[kind]
    program = _soffice()
    if program is None:
        raise InputError(
            f"{what} needs LibreOffice to be read",
            where=str(path),
            hint=f"install LibreOffice (Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui) "
            f"or save it as .{target}",
        )
    with tempfile.TemporaryDirectory(prefix="policygraph-office-") as tmp:
        folder = Path(tmp)
        source = folder / f"document.{kind}"
        source.write_bytes(data)
        command = [
            program,
            "--headless",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",  # its own profile: builds run in parallel
            "--convert-to",
            target,
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(
                f"LibreOffice did not convert {what} within {TIMEOUT} s", where=str(path), hint=f"save it as .{target}"
            ) from None
        converted = folder / "out" / f"document.{target}"
        if not converted.is_file():
            raise InputError(
                f"LibreOffice could not convert {what} (damaged, or protected by a password?)",
                where=str(path),
                hint=f"open it and save it as .{target}",
            )
        text, _format = reader(path, converted.read_bytes())
    return text, kind
