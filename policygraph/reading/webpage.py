"""Saved web pages: the visible text, one block a line, table rows as tab-separated cells.

Government sites serve pages laid out in tables, task-division tables whose merged cells span rows
(one 牵头单位 for three tasks: rowspan) and `.doc` files that are really HTML. A merged cell is written
into every row it spans, so each task row keeps its columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from .decode import decode
from .readers import SPACES, cell_text


@dataclass
class _Table:
    """The grid position of the next cell, and the merged cells still to be written into later rows."""

    col: int = 0
    spans: dict[int, list] = field(default_factory=dict)  # column -> [rows left, text]


@dataclass
class _Cell:
    """An open td/th: where its text began in the output, its spans, how many tables were open around it, and
    whether a table stands inside it."""

    start: int
    rowspan: int
    colspan: int
    depth: int
    nested: bool = False


def _span(attrs, name: str) -> int:
    value = dict(attrs).get(name) or "1"
    return max(1, min(int(value), 500)) if value.strip().isdigit() else 1


_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "hr",
    "dt",
    "dd",
    "ul",
    "ol",
    "title",
    "caption",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
# A break inside a table cell, decided when the cell closes: a data cell (up to _CELL_CHARS of text) keeps it on
# its row as a space; a cell that holds a whole page (old government sites lay pages out in tables) as a line.
_CELL_BREAK = "\x00"
_CELL_CHARS = 400


class _Text(HTMLParser):
    """Visible text, one block per line, table cells separated by tabs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.cells: list[_Cell] = []  # each open td/th
        self.tables: list[_Table] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in ("td", "th"):
            self._spanned()
            self.out.append("\t")
            self.cells.append(_Cell(len(self.out), _span(attrs, "rowspan"), _span(attrs, "colspan"), len(self.tables)))
        elif tag in _BLOCKS:
            if tag == "table":
                for cell in self.cells:  # a table inside a cell: the cell lays out a page, it is no data cell
                    cell.nested = True
                self.tables.append(_Table())
            elif tag == "tr" and self.tables:
                self._spanned(row_end=True)
                self.tables[-1].col = 0
            self.out.append(_CELL_BREAK if self.cells else "\n")

    def _spanned(self, row_end: bool = False) -> None:
        """Write the cells merged down from rows above that stand here (or, at a row's end, all that remain)."""
        if not self.tables:
            return
        table = self.tables[-1]
        while table.col in table.spans or (row_end and any(c >= table.col for c in table.spans)):
            col = table.col if table.col in table.spans else min(c for c in table.spans if c >= table.col)
            left, text = table.spans[col]
            self.out.extend(["\t", text])
            if left <= 1:
                del table.spans[col]
            else:
                table.spans[col][0] = left - 1
            table.col = col + 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in ("td", "th") and self.cells:
            self._close_cell()
        elif tag in _BLOCKS:
            if tag == "tr" and self.tables:
                self._spanned(row_end=True)
            elif tag == "table" and self.tables:
                self.tables.pop()
            self.out.append(_CELL_BREAK if self.cells else "\n")

    def _close_cell(self) -> None:
        """A data cell's paragraphs and breaks stay on its row; a page laid out in one big cell, or in a cell that
        holds a table of its own, keeps its lines."""
        cell = self.cells.pop()
        size = sum(len(piece) for piece in self.out[cell.start :])
        joint = "\n" if size > _CELL_CHARS or cell.nested else " "
        for i in range(cell.start, len(self.out)):
            if self.out[i] == _CELL_BREAK:
                self.out[i] = joint
        if self.tables and cell.depth == len(self.tables):  # a cell of the innermost open table
            table = self.tables[-1]
            if cell.rowspan > 1 and joint == " ":
                table.spans[table.col] = [cell.rowspan - 1, cell_text("".join(self.out[cell.start :]))]
            table.col += cell.colspan

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.out.append(SPACES.sub(" ", data.replace("\n", " ")))

    def text(self) -> str:
        while self.cells:  # cells never closed (the page omitted </td>)
            self._close_cell()
        lines = []
        for line in "".join(self.out).split("\n"):
            line = line.strip(" ")
            if line.startswith("\t"):  # a row: drop the tab before its first cell
                line = line[1:]
            if line.strip():
                lines.append(line.rstrip())
        return "\n".join(lines)


def read_html(path: Path, data: bytes) -> tuple[str, str]:
    """Text of a web page saved from a government site (any charset the page declares or we detect)."""
    declared = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    text = None
    encoding = ""
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        try:
            text = data.decode("gb18030" if encoding in ("gb2312", "gbk") else encoding)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        try:
            text, encoding = decode(data)
        except ValueError:
            raise InputError("web page is not decodable text", where=str(path)) from None
    parser = _Text()
    try:
        parser.feed(text)
        parser.close()
    except Exception as err:  # pragma: no cover - HTMLParser is lenient; defensive
        raise InputError(f"cannot read the web page ({type(err).__name__})", where=str(path)) from None
    return parser.text(), f"html/{encoding}"
