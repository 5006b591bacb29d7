"""Read: bytes on disk to a decoded `Source`.

Readers are registered by kind and chosen by sniffing content, not only the
extension, because government sites serve .doc files that are HTML and .txt
files in GBK. PDF lives in pdf.py, DOCX in readers.py, web pages in webpage.py, Excel workbooks in
spreadsheet.py, old binary Office files (through LibreOffice) in office.py, OFD (电子公文) in ofd.py, web
archives (.mht) in mhtml.py.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..model import Source
from .box_tables import redraw_box_tables
from .decode import read_text
from .mhtml import looks_like_mhtml, read_mhtml
from .ofd import OFD_ROOT, read_ofd
from .office import OLE2, is_opendocument, is_rtf, read_legacy
from .pdf import read_pdf
from .readers import check_chars, looks_like_html, read_docx
from .reflow import reflow_text
from .spreadsheet import WORKBOOK_ROOT, read_xlsx
from .webpage import read_html

Reader = Callable[[Path, bytes], tuple[str, str]]  # -> (text, encoding)

MAX_BYTES = 50 * 1024 * 1024


def read_plain(path: Path, data: bytes) -> tuple[str, str]:
    """A text file, decoded; a PDF's text saved a printed line a line (pdftotext, copied from a viewer) is joined
    back into its paragraphs, as the PDF reader joins them, so a heading is not cut where the page ended it."""
    text, encoding = read_text(path, data)
    return reflow_text(text), encoding


READERS: dict[str, Reader] = {
    "text": read_plain,
    "pdf": read_pdf,
    "docx": read_docx,
    "doc": read_legacy,  # Word 97–2003, WPS, Excel 97–2003, RTF and OpenDocument: converted by LibreOffice
    "xlsx": read_xlsx,
    "ofd": read_ofd,
    "html": read_html,
    "mhtml": read_mhtml,  # a web archive (.mht) saved by a browser: the page it holds
}


def sniff(data: bytes) -> str:
    """Which reader fits these bytes: by content, whatever the file is called."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(OLE2) or is_rtf(data):  # Word or Excel 97–2003, WPS; Rich Text Format
        return "doc"
    if looks_like_mhtml(data):
        return "mhtml"
    if looks_like_html(data):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    """A ZIP package is a workbook, an OFD document or (else) a Word document, by the entry file it holds."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError):
        return "docx"  # the Word reader says what is wrong with it
    if WORKBOOK_ROOT in names and "word/document.xml" not in names:
        return "xlsx"
    if "mimetype" in names and is_opendocument(data):
        return "doc"  # an OpenDocument text or spreadsheet: converted by LibreOffice as the old formats are
    return "ofd" if OFD_ROOT in names else "docx"


def read_source(path: Path, doc_id: str | None = None) -> Source:
    """Read one file into a Source, or raise InputError naming the file and the reason."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", where=str(path))
    if not path.is_file():
        raise InputError("not a regular file", where=str(path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"file is {size // (1024 * 1024)} MB, more than the 50 MB limit", where=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise InputError("file is empty", where=str(path))
    text, encoding = READERS[sniff(data)](path, data)
    check_chars(path, len(text))
    text = redraw_box_tables(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("file has no text", where=str(path))
    return Source(
        doc_id=doc_id or path.stem,
        path=str(path),
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )
