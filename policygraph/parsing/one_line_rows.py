"""One-space task tables run onto one line, as a PDF's text layer saved as one line gives them.

    …任务分工 序号 工 作 任 务 牵头负责部门 1 居民消费价格涨幅 3% 左右 发展改革委 2 城镇新增就业 1000 万人以上 …

A table drawn without rules comes out of a PDF with one space between its cells; saved as one line, its rows run
on after its header with one space between them too. The header (序号 and short column titles, one of them a lead
or responsible column) is found, and the rows are parted again where the next row's number stands after a cell
of the table's last column (a list of bodies under a body column; under another, such as 完成时限, any cell once
the row has named a body): the space before each such number, and before the header, becomes a line break. One
character for one, so every offset stays; the rows are then read as any one-space table is (tables._padded).

Text whose paragraphs ran together with nothing between them (a database field, a page stripped of its breaks)
glues each row's number to the cell before it (…发展改革委2 城镇新增就业…) and the header to the title before it
(…任务分工序号 工 作 任 务…): a word is parted there, and a line break goes in before the number.
"""

from __future__ import annotations

import re
from functools import cache

from . import patterns as P
from .cell_rows import cell_kind
from .columns import column_role
from .text_headers import header_cells

# Words: the most a header runs to before its first row's number (序号, the titles, a title set letter by letter)
_HEADER_WORDS = 24
_WORD = re.compile(r"[^ ]+")


def one_line_rows(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """`text` with every one-space table that runs on in a line parted into its header and rows: a line break
    for the space before each row (or before a row's glued number), every character keeping its offset."""
    starts: set[int] = set()
    for line in re.finditer(r"[^\n]+", text):
        if "序号 " in line.group():
            starts.update(_line_breaks(line.group(), line.start()))
    starts = {k for k in starts if k > 0 and text[k - 1] != "\n"}
    if not starts:
        return text, offs
    out, out_offs = [], []
    for k, ch in enumerate(text):
        if k + 1 in starts and ch == " ":
            ch = "\n"  # the space before a row: one character for one
        elif k in starts and text[k - 1] != " ":
            out.append("\n")  # a number glued to the cell before it
            out_offs.append(offs[k])
        out.append(ch)
        out_offs.append(offs[k])
    return "".join(out), out_offs


# A word that ends with a row's number glued to it (发展改革委2, 牵头负责部门1), or holds the header glued to the
# title before it (任务分工序号): the two parts are words of their own
_GLUED = re.compile(r"^(?P<cell>.*[^\d.．%％])(?P<number>\d{1,3})$|^(?P<title>.+)(?P<head>序号)$")


def _words(line: str) -> list[tuple[int, str]]:
    """(start, word) of the line's words, glued row numbers and header starts parted from the words before."""
    out = []
    for m in _WORD.finditer(line):
        glued = _GLUED.match(m.group())
        if glued is None:
            out.append((m.start(), m.group()))
            continue
        first, second = ("cell", "number") if glued["cell"] else ("title", "head")
        out += [(m.start(), glued[first]), (m.start() + glued.start(second), glued[second])]
    return out


def _line_breaks(line: str, at: int) -> list[int]:
    """The positions (in the text) where the header and each row of a line's run-on table start."""
    words = _words(line)
    out: list[int] = []
    for i, (start, word) in enumerate(words):
        if not P.TASK_NUMBER_COLUMN.match(word):
            continue
        first = next((j for j in range(i + 1, min(len(words), i + _HEADER_WORDS)) if words[j][1] == "1"), None)
        if first is None:
            continue
        header = header_cells(" ".join(w for _s, w in words[i:first]))
        if header is None:
            continue
        rows = _row_starts(words, first, header[1])
        if len(rows) < 2:
            continue
        out += [at + start] + [at + words[j][0] for j in rows] + _markers(words, rows[0], at)
    return out


def _row_starts(words: list[tuple[int, str]], first: int, titles: list[str]) -> list[int]:
    """The indexes of the words that number the rows, counting up from 1 at `first`: a number stands after a cell
    of the last column (a list of bodies under a body column, a deadline under another) and its row names a body."""
    bodies_last = bool(column_role(titles[-1]))
    kind = cache(lambda k: cell_kind(words[k][1]))  # each word's, once: it is asked again as the word before a number
    rows, n, named = [first], 1, False
    for j in range(first + 1, len(words)):
        named = named or kind(j - 1) == "bodies"
        if words[j][1] != str(n + 1) or not named:
            continue
        # the word before the number, past a page number printed between two rows (/ 2 /, - 2 -)
        before = j - 4 if j >= 4 and _marker_at(words, j - 3) else j - 1
        # under a body column a row ends with bodies; under another (完成时限, 推广范围) with any cell
        if not bodies_last or kind(before) == "bodies":
            rows.append(j)
            n, named = n + 1, False
    return rows


def _marker_at(words: list[tuple[int, str]], k: int) -> bool:
    """Whether words k, k+1, k+2 print a page's number (/ 2 /, - 2 -)."""
    return k + 3 <= len(words) and P.PAGE_MARKER.fullmatch(" ".join(w for _s, w in words[k : k + 3])) is not None


def _markers(words: list[tuple[int, str]], first: int, at: int) -> list[int]:
    """Line breaks around each page number printed between rows: a line of its own, passed over as a page's."""
    out = []
    for k in range(first, len(words) - 2):
        if _marker_at(words, k):
            out += [at + words[k][0], at + words[k + 3][0]] if k + 3 < len(words) else [at + words[k][0]]
    return out
