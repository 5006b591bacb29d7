"""Readers for what people actually download: Word .docx (PDF: pdf.py, saved web pages: webpage.py).

Each turns bytes into plain text in the shape the text parser knows: one
paragraph per line, and every table row as one line of tab-separated cells
(so 表N indicator tables and 任务分工表 task tables survive with their
columns). Broken files raise InputError naming the file and the reason;
no reader lets an exception from a third-party library escape.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from .numbering import Numbering

SPACES = re.compile(r"[ \t\u3000\xa0]+")


def cell_text(text: str) -> str:
    """A table cell on one line: its own line breaks and tabs become spaces."""
    return SPACES.sub(" ", text.replace("\n", " ").replace("\r", " ")).strip()


def row_text(cells: list[str]) -> str:
    """A table row as the parser reads it: its cells on one line, apart by tabs."""
    return "\t".join(cell_text(c) for c in cells)


# Limits that keep memory bounded by design: small files can unfold into far more than they weigh.
MAX_UNZIPPED = 50 * 1024 * 1024  # a DOCX is a ZIP: a 1 MB file can unfold into gigabytes of XML (a "ZIP bomb")
MAX_CHARS = 3_000_000  # characters of text per document: about 1,500 pages of a plan


def check_chars(path: Path, count: int) -> None:
    if count > MAX_CHARS:
        raise InputError(
            f"more than {MAX_CHARS:,} characters of text (the limit per document)",
            where=str(path),
            hint="split the file into its documents",
        )


# --- DOCX ----------------------------------------------------------------------------------------------------------


def read_docx(path: Path, data: bytes) -> tuple[str, str]:
    """Paragraphs and tables of a Word document, in document order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise InputError("a ZIP file, but not a Word .docx document", where=str(path))
            unzipped = sum(info.file_size for info in archive.infolist())
            if unzipped > MAX_UNZIPPED:
                raise InputError(
                    f"the .docx unfolds into {unzipped // (1024 * 1024)} MB, more than the limit of "
                    f"{MAX_UNZIPPED // (1024 * 1024)} MB",
                    where=str(path),
                    hint="a document this large is most likely damaged or hostile",
                )
    except zipfile.BadZipFile:
        raise InputError(
            "not a readable .docx (damaged ZIP)", where=str(path), hint="the file may be truncated; download it again"
        ) from None
    try:
        import docx
        from docx.table import Table

        from .numbering import Numbering

        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        lines: list[str] = []
        chars = 0
        for element in _blocks(document.element.body):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(numbering.label(element) + paragraph_text(element))
            elif tag == "tbl":
                lines.extend(_docx_table(Table(element, document), numbering))
            chars = chars + len(lines[-1]) if lines else 0
            check_chars(path, chars)
    except InputError:
        raise
    except Exception as err:  # lxml and python-docx errors on broken parts
        raise InputError(
            f"not a readable .docx ({type(err).__name__})",
            where=str(path),
            hint="open and save it again in Word or LibreOffice",
        ) from None
    return "\n".join(lines), "docx"


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = {_W + "t": None, _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
# Not the paragraph's own text: what a revision deleted, the copy of a drawing kept for old readers, text boxes.
_NOT_TEXT = {_W + "del", _MC_FALLBACK, _W + "txbxContent"}


def paragraph_text(p) -> str:
    """A Word paragraph's text, including what python-docx's Paragraph.text leaves out: insertions a revision
    has not yet accepted (w:ins), content controls inside the line (w:sdt), fields' results (w:fldSimple) and
    smart tags. A plan sent round for comments keeps its changes tracked; a body's name typed as one was lost."""
    out = []
    for element in p.iter(*_TEXT):
        if any(a.tag in _NOT_TEXT for a in element.iterancestors()):
            continue
        out.append(element.text or "" if _TEXT[element.tag] is None else _TEXT[element.tag])
    return "".join(out)


def _blocks(parent):
    """The paragraphs and tables of a Word body in order, including those inside content controls (w:sdt), which
    templates wrap around a title, a 文号 or a whole section."""
    for element in parent.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("sdt", "sdtContent", "customXml"):
            yield from _blocks(element)
        elif tag in ("p", "tbl"):
            yield element


def _docx_table(table, numbering: Numbering) -> list[str]:
    """A table's rows as tab-separated lines. A row whose cell holds a table of its own lays a page out (a plan
    pasted from a web page into Word): its cells' paragraphs and inner tables come out as lines, in order."""
    from docx.table import Table

    rows = []
    for row in table.rows:
        unique, seen = [], set()
        for cell in row.cells:  # a merged cell is returned once per grid column it spans
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                unique.append(cell)
        if any(cell._tc.find(_W + "tbl") is not None for cell in unique):
            for cell in unique:
                for element in cell._tc.iterchildren(_W + "p", _W + "tbl"):
                    if element.tag == _W + "tbl":
                        rows.extend(_docx_table(Table(element, cell), numbering))
                    elif line := numbering.label(element) + paragraph_text(element):
                        rows.append(line)
            continue
        cells = ["\n".join(numbering.label(p._p) + paragraph_text(p._p) for p in cell.paragraphs) for cell in unique]
        if any(c.strip() for c in cells):
            rows.append(row_text(cells))
    return rows


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    # a page's body copied without its <html> (a database field of <p>…</p>, saved as .txt): block tags throughout
    fragment = head.startswith((b"<p", b"<div", b"<table", b"<section", b"<article", b"<span", b"<h")) and (
        head.count(b"</p>") + head.count(b"</div>") + head.count(b"<br") >= 2
    )
    return (
        head.startswith((b"<!doctype html", b"<html", b"<?xml"))
        and b"<html" in head
        or (b"<body" in head and b"</" in head)
        or fragment
    )
