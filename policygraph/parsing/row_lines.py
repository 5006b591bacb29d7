"""The lines a printed row of a one-space table runs on to, as a PDF's text layer gives them.

A table drawn in a PDF wraps each cell inside its own column; the text layer then gives a row as its first printed
line (every cell begun, one space between) and lines after it holding the rest of whichever cells wrapped, one space
between them too:

    3 建设社区食堂10个，提升 县商务局 县市场监管局、 2025年6月
    老年助餐服务水平 各乡镇人民政府

Each piece of a later line goes on the first cell, left to right, that it can go on: a text column takes text, a
body column whose cell ends open (a 、, or a name cut short: 县住 / 建局) takes bodies or the rest of the name, a
deadline column the rest of its time. The line is rewritten as one more line of cells under its columns (its pieces
parted by tabs, joined to the row by a tab), which task_rows.py folds into the row's cells.
"""

from __future__ import annotations

import re

from .bodies import looks_like_body
from .cell_rows import AFTER_TABLE, cell_kind
from .columns import ROW_NUMBER, column_role
from .marks import match_heading
from .times import is_deadline_cell, time_labels

# What ends a body cell that goes on in the next line: a list's separator.
_OPEN = "、，,；;"
# Characters a cell's later line may run past its first (punctuation a printed line lets hang past the column).
_SLACK = 1


def placed(cells: list[str], first: list[str], pieces: list[str], titles: list[str]) -> list[int] | None:
    """The column of each piece of a row's later line, left to right, or None if the line is no part of the row.

    `first` is the row's first printed line, cell by cell: a column's width bounds every line of its cells, so a piece
    longer than its column's first line is no rest of that cell (a paragraph after the table is not taken in)."""
    line = " ".join(pieces)
    if not pieces or ROW_NUMBER.match(pieces[0]) or AFTER_TABLE.match(line) or match_heading(line):
        return None  # the next row, or what follows the table: end matter, an annex, a heading (（一）加强领导)
    if len(cells) != len(titles):
        return None
    out: list[int] = []
    column = 1 if ROW_NUMBER.match(cells[0]) else 0
    for piece in pieces:
        fits = [c for c in range(column, len(titles)) if len(piece) <= len(first[c]) + _SLACK]
        # the rest of a name cut short (县住 / 建局) goes on its name before any text column takes it as text
        column = next((c for c in fits if _completes(cells[c], piece, titles[c])), -1)
        if column < 0:
            column = next((c for c in fits if _goes_on(cells[c], piece, titles[c])), -1)
        if column < 0:
            return None
        out.append(column)
        column += 1
    return out


def _completes(cell: str, piece: str, title: str) -> bool:
    """The piece is the rest of the last name of a body column's cell, cut at the line's end."""
    if not column_role(title) or not cell or cell[-1] in _OPEN:
        return False
    last = re.split(f"[{_OPEN}]", cell)[-1]
    return not looks_like_body(last) and looks_like_body(last + re.split(f"[{_OPEN}]", piece)[0])


def _goes_on(cell: str, piece: str, title: str) -> bool:
    if column_role(title):
        return (not cell or cell[-1] in _OPEN) and cell_kind(piece) == "bodies" or _completes(cell, piece, title)
    if re.search(time_labels(), title):
        return bool(cell) and not is_deadline_cell(cell) and is_deadline_cell(cell + piece)
    return cell_kind(piece) == "text" and not is_deadline_cell(piece)


def joint(before: str, after: str, title: str) -> str:
    """What joins two lines' parts of one cell of a body column: nothing where the first ends with a separator or
    with a name cut short (县住 / 建局), else 、 between two bodies; 、 in other columns, as paragraphs are parted."""
    if not column_role(title):
        return "、"
    return "" if before and before[-1] in _OPEN or _completes(before, after, title) else "、"
