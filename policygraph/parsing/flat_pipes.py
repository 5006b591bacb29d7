"""Pipe tables run onto one line, as a web page's table saved as text comes out once its line breaks are lost.

    …分解表 序号 | 目标与任务 | 牵头责任单位 | 责任单位 | 80 | 加大普惠性托育供给…。 | 县教育局 | 县各有关单位 | 81 | …

A page's table written with pipes (a cell, ` | `, the next cell; a row a line) keeps its pipes when the page's
paragraphs run together (a database field, a PDF's text layer saved as one line): only the row breaks go. The
header is found (序号 and the column titles after it, one of them a body column), and each row starts again at a
cell holding only the next row number, once the row before has as many cells as the header (less one: a row's
last cell may be empty). A line break goes in before the header and before each row, so the rows are read as any
pipe table is (tables._pipes), and the text between them is left alone: a task cell's 1. 2. are no clauses.
Where the rows' cells do not stand under their titles (a column the rows leave out), a line break goes in before
every cell instead, and the table is read a cell a line (cell_lines), which places each cell by what it holds.
"""

from __future__ import annotations

import re

from . import patterns as P
from .cell_rows import cell_kind
from .columns import column_role, is_task_header

_HEADER_START = re.compile(r"序\s*号\s*$")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_RULE = re.compile(r":?-{2,}:?")
# Row numbers may jump: a published table leaves rows out, or numbers a group of rows apart (…14, 21…)
_JUMP = 10


def flat_pipe_rows(line: str) -> list[int]:
    """Where line breaks go in a line holding a pipe table's header and at least one row after it (positions in
    `line`): before the header's 序号 and before each row's number cell, or before every cell after the header
    where the rows' cells do not stand under their titles; without a 序号 column, every header's width of cells."""
    if line.count("|") < 4:
        return []
    pipes = [i for i, ch in enumerate(line) if ch == "|"]
    bounds = [-1, *pipes, len(line)]
    cells = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    texts = [_bare(line[a:b]) for a, b in cells]
    if "序" not in line:
        return _unnumbered_rows(line, cells, texts)
    for first, text in enumerate(texts):
        if not _HEADER_START.search(text):
            continue
        starts = _rows(texts, first)
        if not starts:
            continue
        head = line.rindex("序", *cells[first])
        if _aligned(texts, first, starts):
            return [head] + [cells[k][0] for k in starts]
        return [head] + [a for a, _b in cells[first + 1 :]]  # a cell a line: placed by what each cell holds
    return []


# The header's first title at the end of the text before the table's first pipe: after the table's caption
# (…目标分解表 县(市、区) | …) or a sentence's end
_FIRST_TITLE = re.compile(r"(?:^|(?<=[表。：:\s]))([^表。：:\s]{2,12})$")
# A table of so few columns, or so many, is no task table whose rows can be told apart by their width alone
_WIDTHS = range(3, 9)


def _unnumbered_rows(line: str, cells: list[tuple[int, int]], texts: list[str]) -> list[int]:
    """A pipe table without a row-number column (县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门 | 通川区 | 19% | …):
    the header is the first cells, from the title the text before the first pipe ends with, that make a task
    header; each row is as many cells as the header. At least two whole rows, each with bodies in every body
    column (or nothing), or it is no such table."""
    first = _FIRST_TITLE.search(texts[0])
    if first is None:
        return []
    for width in _WIDTHS:
        titles = [first.group(1), *texts[1:width]]
        if len(titles) < width or not all(titles) or any(len(t) > 12 for t in titles) or not is_task_header(titles):
            continue
        body = [i for i, title in enumerate(titles) if i and column_role(title)]
        starts = list(range(width, len(texts), width))
        whole = [texts[k : k + width] for k in starts if k + width <= len(texts)]
        if len(whole) < 2 or not all(row[0] and all(not row[i] or _bodies(row[i]) for i in body) for row in whole):
            continue
        head = cells[0][0] + line[cells[0][0] : cells[0][1]].rindex(first.group(1))
        return [head] + [cells[k][0] for k in starts if texts[k]]
    return []


def _bodies(cell: str) -> bool:
    return cell_kind(re.sub(r"\s", "", cell)) == "bodies"


def _aligned(texts: list[str], first: int, starts: list[int]) -> bool:
    """Each row's cells stand under their titles: in most rows every body column holds bodies (or nothing). A page
    may leave a column out of its rows (a 全年目标任务 its header names and no row fills), shifting every cell after
    it; then the table is read a cell a line, which places each cell by what it holds."""
    cells = [t for t in texts[first : starts[0]] if not _RULE.fullmatch(t)]
    body = [i for i, title in enumerate(cells) if i and column_role(title)]
    ends = [*starts[1:], len(texts)]
    good = 0
    for a, b in zip(starts, ends, strict=True):
        row = [t for t in texts[a:b] if not _RULE.fullmatch(t)]
        good += all(i >= len(row) or not row[i] or cell_kind(re.sub(r"\s", "", row[i])) == "bodies" for i in body)
    return 2 * good >= len(starts)


def _bare(cell: str) -> str:
    return P.PAGE_MARKER.sub("", cell).strip()


def _rows(texts: list[str], first: int) -> list[int]:
    """The cells that start a row, after the header that begins at cell `first` (none if it is no task header)."""
    after = next((k for k in range(first + 1, len(texts)) if _ROW_NUMBER.fullmatch(texts[k])), None)
    if after is None:
        return []
    titles = ["序号", *(t for t in texts[first + 1 : after] if t and not _RULE.fullmatch(t))]
    if not is_task_header(titles):
        return []
    starts, expected, since = [after], int(texts[after]) + 1, 0
    for k in range(after + 1, len(texts)):
        text = texts[k]
        if _RULE.fullmatch(text):
            continue
        since += 1
        if _ROW_NUMBER.fullmatch(text) and expected <= int(text) <= expected + _JUMP and since >= len(titles) - 1:
            starts.append(k)
            expected, since = int(text) + 1, 0
    return starts


def break_lines(line: str, offs: list[int], at: list[int]) -> tuple[str, list[int]]:
    """A line break at each position of `at`: a space there or just before it becomes the break (one character
    for one); elsewhere the break is put in, taking the next character's offset."""
    out, out_offs = list(line), list(offs)
    for k in sorted(set(at), reverse=True):
        if k <= 0 or k >= len(out):
            continue
        if out[k] == " ":
            out[k] = "\n"
        elif out[k - 1] == " ":
            out[k - 1] = "\n"
        else:
            out.insert(k, "\n")
            out_offs.insert(k, out_offs[k])
    return "".join(out), out_offs
