"""Readers for what people actually download: PDF and DOCX (saved web pages: webpage.py).

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


# --- PDF -----------------------------------------------------------------------------------------------------------


# Limits that keep memory bounded by design: small files can unfold into far more than they weigh.
MAX_PAGES = 1000  # a plan with its annexes rarely passes 300 pages; pdfminer holds every object of a page
MAX_UNZIPPED = 50 * 1024 * 1024  # a DOCX is a ZIP: a 1 MB file can unfold into gigabytes of XML (a "ZIP bomb")
MAX_CHARS = 3_000_000  # characters of text per document: about 1,500 pages of a plan


def check_chars(path: Path, count: int) -> None:
    if count > MAX_CHARS:
        raise InputError(
            f"more than {MAX_CHARS:,} characters of text (the limit per document)",
            where=str(path),
            hint="split the file into its documents",
        )


def read_pdf(path: Path, data: bytes) -> tuple[str, str]:
    """Text of a PDF with a text layer; tables (ruled grids) as tab-separated rows where they stand."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError("PDF support needs pdfplumber", where=str(path), hint="pip install pdfplumber") from None
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(
                    f"the PDF has {len(pdf.pages)} pages, more than the limit of {MAX_PAGES}",
                    where=str(path),
                    hint="split it into its documents",
                )
            chars = 0
            for page in pdf.pages:
                pages.append(_pdf_page(page))
                page.close()  # pdfplumber keeps every page's objects otherwise: 300 small pages took 2.9 GB
                chars += len(pages[-1])
                check_chars(path, chars)
    except InputError:
        raise
    except Exception as err:  # pdfminer raises many types for damaged, truncated or encrypted files
        name = type(err).__name__
        causes = [err, *err.args, err.__cause__, err.__context__]
        if b"/Encrypt" in data or any("Password" in type(c).__name__ for c in causes if c is not None):
            raise InputError(
                "the PDF is password-protected", where=str(path), hint="save an unprotected copy"
            ) from None
        raise InputError(
            f"not a readable PDF ({name})",
            where=str(path),
            hint="the file may be truncated or damaged; download it again",
        ) from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError("the PDF has no text layer (a scan?)", where=str(path), hint="run OCR on it first")
    return text, "pdf"


def _pdf_page(page) -> str:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x, top = (obj.get("x0", 0) + obj.get("x1", 0)) / 2, (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return not any(x0 <= x <= x1 and t0 <= top <= t1 for x0, t0, x1, t1 in boxes)

    blocks: list[tuple[float, str]] = []
    rest = page.filter(outside) if boxes else page
    for line in rest.extract_text_lines(return_chars=False):
        blocks.append((line["top"], line["text"]))
    for table in tables:
        rows = [row_text([c or "" for c in row]) for row in _merged_down(table) if any(c for c in row)]
        blocks.append((table.bbox[1], "\n".join(rows)))
    return "\n".join(text for _top, text in sorted(blocks, key=lambda b: b[0]))


def _merged_down(table) -> list[list[str | None]]:
    """The table's cells, a cell merged over several rows (one 牵头单位 for three tasks) in each of them.

    pdfplumber gives None where a merged cell covers a position; the merged cell is the nearest one above
    in the same column whose box reaches below the row's top. A cell merged across columns stays empty.
    """
    cells = table.extract()
    grid = [row.cells for row in table.rows]
    for r, row in enumerate(grid):
        top = min((box[1] for box in row if box is not None), default=None)
        for c, box in enumerate(row):
            if box is not None or cells[r][c] is not None or top is None:
                continue
            above = next(((u, grid[u][c]) for u in range(r - 1, -1, -1) if grid[u][c] is not None), None)
            if above is not None and above[1][3] > top + 1:
                cells[r][c] = cells[above[0]][c]
    return cells


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
        from docx.text.paragraph import Paragraph

        from .numbering import Numbering

        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        lines: list[str] = []
        chars = 0
        for element in _blocks(document.element.body):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(numbering.label(element) + Paragraph(element, document).text)
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
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # a merged cell is returned once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(numbering.label(p._p) + p.text for p in cell.paragraphs))
        if any(c.strip() for c in cells):
            rows.append(row_text(cells))
    return rows


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return (
        head.startswith((b"<!doctype html", b"<html", b"<?xml"))
        and b"<html" in head
        or (b"<body" in head and b"</" in head)
    )
