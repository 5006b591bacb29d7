"""PDF: the text layer, page by page, with ruled tables as tab-separated rows where they stand.

A 任务分工表 annex is usually several pages long, and Word or WPS lets a row run over a page break: the
rest of its task and of its list of bodies opens the next page as a row of its own, with no 序号. Read page
by page, that rest would be a task without a number and the row above would lose the bodies named after
the break. So tables are kept as rows until every page is read, and a row cut by a page break is joined
again (`_join_page_breaks`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from ..errors import InputError
from .pdf_columns import ROW_NUMBER, Columns, Word, is_margin, unruled_tables
from .readers import check_chars, row_text
from .reflow import EDGE, MIN_LINES, join_printed, page_numbers, starts_paragraph

MAX_PAGES = 1000  # a plan with its annexes rarely passes 300 pages; pdfminer holds every object of a page


@dataclass
class Block:
    """A line of text or a ruled table on a page, at its distance from the page's top."""

    top: float
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    x0: float = 0.0  # a text line's left and right edges
    x1: float = 0.0

    @property
    def margin(self) -> bool:
        return not self.rows and is_margin(self.text)


def read_pdf(path: Path, data: bytes) -> tuple[str, str]:
    """Text of a PDF with a text layer; tables (ruled grids) as tab-separated rows where they stand."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError("PDF support needs pdfplumber", where=str(path), hint="pip install pdfplumber") from None
    pages: list[list[Block]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(
                    f"the PDF has {len(pdf.pages)} pages, more than the limit of {MAX_PAGES}",
                    where=str(path),
                    hint="split it into its documents",
                )
            chars, carried = 0, None
            for page in pdf.pages:
                blocks, carried = _page_blocks(page, carried)
                pages.append(blocks)
                page.close()  # pdfplumber keeps every page's objects otherwise: 300 small pages took 2.9 GB
                chars += sum(len(b.text) + sum(len(c) for row in b.rows for c in row) for b in pages[-1])
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
    _join_page_breaks(pages)
    text = "\n".join(_block_text(block) for block in _reflowed([b for blocks in pages for b in blocks]))
    if not text.strip():
        raise InputError("the PDF has no text layer (a scan?)", where=str(path), hint="run OCR on it first")
    return text, "pdf"


def _block_text(block: Block) -> str:
    return "\n".join(row_text(row) for row in block.rows if any(c.strip() for c in row)) if block.rows else block.text


def _page_blocks(page, carried: Columns | None) -> tuple[list[Block], Columns | None]:
    """A page's lines and tables, top to bottom, and the columns of an unruled table that runs to its foot."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x, top = (obj.get("x0", 0) + obj.get("x1", 0)) / 2, (obj.get("top", 0) + obj.get("bottom", 0)) / 2
        return not any(x0 <= x <= x1 and t0 <= top <= t1 for x0, t0, x1, t1 in boxes)

    rest = page.filter(outside) if boxes else page
    words = [Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"]) for w in rest.extract_words()]
    unruled, carried = unruled_tables(words, carried)
    blocks = [Block(t.top, rows=t.rows) for t in unruled]
    spaced = _spaced_ends(rest.chars)
    for line in rest.extract_text_lines(return_chars=False):
        if not any(t.top - 1 <= line["top"] <= t.bottom + 1 for t in unruled):
            # a space printed at a line's end parts two words (…500亿元 / 财政部: a table row's last cell wrapped)
            top, x1 = round(line["top"]), round(line["x1"])
            end = " " if any((top + i, x1 + j) in spaced for i in (-1, 0, 1) for j in (-1, 0, 1)) else ""
            blocks.append(Block(line["top"], text=line["text"] + end, x0=line["x0"], x1=line["x1"]))
    for table in tables:
        rows = [[c or "" for c in row] for row in _merged_down(table)]
        if any(c for row in rows for c in row):
            blocks.append(Block(table.bbox[1], rows=rows))
    return sorted(blocks, key=lambda b: b.top), carried


def _spaced_ends(chars) -> set[tuple[int, int]]:
    """(top, x0) of every space the page prints: pdfplumber leaves a space out of the line it ends."""
    return {(round(c["top"]), round(c["x0"])) for c in chars if c["text"] == " "}


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


def _join_page_breaks(pages: list[list[Block]]) -> None:
    """Join each table row that a page break cut in two.

    A table that ends a page (nothing after it but the page number) and one that opens the next (nothing
    before it but a page number) with as many columns are one table. When its rows are numbered (a 序号
    column) and the first row on the new page has no number, that row is the rest of the last one: its
    cells are appended to that row's and it is dropped. A header row the new page repeats is skipped.
    Tables without a number column are left as they are: their rest cannot be told from a new row.
    """
    for before, after in pairwise(pages):
        ending = next((b for b in reversed(before) if not b.margin), None)
        opening = next((b for b in after if not b.margin), None)
        if not (ending and opening and ending.rows and opening.rows):
            continue
        if len(ending.rows[0]) != len(opening.rows[0]):
            continue
        head = 1 if len(opening.rows) > 1 and opening.rows[0] == ending.rows[0] else 0
        last, rest = ending.rows[-1], opening.rows[head]
        numbered = ROW_NUMBER.fullmatch(last[0].strip()) is not None
        if numbered and not rest[0].strip() and any(c.strip() for c in rest):
            ending.rows[-1] = [a + "\n" + b if a and b else a or b for a, b in zip(last, rest, strict=True)]
            del opening.rows[head]


def _reflowed(blocks: list[Block]) -> list[Block]:
    """Printed lines joined back into their paragraphs (reflow.py), across a page break too, past the page
    number: the edges are the document's, the furthest any of its lines reaches left and right, and a line
    indented from the left edge starts a paragraph."""
    lines = [b for b in blocks if b.text and not b.rows and not b.margin and b.x1 > b.x0]
    if len(lines) < MIN_LINES:
        return blocks
    right, left = max(b.x1 for b in lines), min(b.x0 for b in lines)
    widths = sorted((b.x1 - b.x0) / len(b.text.strip()) for b in lines if b.text.strip())
    char = widths[len(widths) // 2]
    margin = page_numbers([b.text for b in blocks if b.margin])
    out: list[Block] = []
    open_line: Block | None = None  # the last text line, if it ran to the right edge
    for block in blocks:
        if block.margin and margin(block.text):
            out.append(block)
            continue
        continues = (
            open_line is not None
            and block.text
            and not block.rows
            and block.x0 < left + _INDENT * char
            and not starts_paragraph(block.text, open_line.text)
        )
        if continues:
            open_line.text = join_printed(open_line.text, block.text)
            open_line.x1 = block.x1
        else:
            out.append(block)
            open_line = block
        if not (open_line.text and not open_line.rows and open_line.x1 >= right - EDGE * char):
            open_line = None
        elif not continues and open_line.x0 > left + _START * char:
            open_line = None  # a centred line (a title) that happens to reach the edge
    return out


# Characters: how far in a new paragraph starts (its indent is two); how far in a line that wraps may start (a
# paragraph's first line, indented)
_INDENT = 1.0
_START = 2.5
