"""A task table's header row written in text: its column titles and what parts them.

Both the one-space table reader (tables._padded) and the reader of such tables run onto one line
(one_line_rows) ask whether a run of words is a header; the answer lives here, where neither imports the other.
"""

from __future__ import annotations

import re

from .columns import HEADER_CELL, is_task_header

PADDING = re.compile(r"\t| {2,}")
ONE_SPACE = re.compile(r" ")
# A column title is short (columns.HEADER_CELL) and holds no label with its value (牵头单位：县民政局  配合单位：…)
# and no sentence.
SENTENCE_MARK = re.compile(r"[：:。，,；;]")
HEADER_WORD = 8  # characters: the longest column title of a header row written with single spaces


def header_cells(line: str) -> tuple[re.Pattern[str], list[str]] | None:
    """A task table's header written in text: its cells and what separates them, or None.

    A table drawn without rules comes out of a PDF with one space between its cells (序号 重点任务 牵头单位);
    such a header's words are all short.
    """
    gap, cells = PADDING, [c for c in PADDING.split(line.strip()) if c]
    if len(cells) < 3 and " " in line.strip() and not re.search(r"[|\t]", line):
        words = line.strip()
        single = "".join("" if inner else ch for ch, inner in zip(words, letter_spaced(words), strict=True)).split(" ")
        if all(0 < len(c) <= HEADER_WORD for c in single):
            gap, cells = ONE_SPACE, single
    titles = all(len(c) <= HEADER_CELL and not SENTENCE_MARK.search(c) for c in cells)
    return (gap, cells) if len(cells) >= 3 and " " in line and titles and is_task_header(cells) else None


def letter_spaced(line: str) -> list[bool]:
    """For each character, whether it is a space inside a title set letter by letter (序号 工 作 任 务 牵头部门):
    a single space between two characters that stand alone."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    out = [False] * len(line)
    for (a, b), (c, d) in zip(pieces, pieces[1:], strict=False):
        if b - a == 1 and d - c == 1 and c - b == 1:
            out[b] = True
    return out
