"""Where each row of a task table written one cell a line begins and ends (cell_lines.py joins them).

A row begins at its number where the table has a number column (1 / task / body / … / 2 / …). Where it has none
(重点任务 / 牵头单位 / 完成时限 as the header), the cells' kinds say it: a task, then its bodies, then its deadline.
"""

from __future__ import annotations

import re

from . import patterns as P
from .columns import ROW_NUMBER
from .responsibility import only_bodies
from .times import is_deadline_cell, time_labels

# What follows a table: 抄送/印发 lines, the next 附件, a heading, a signature's date.
AFTER_TABLE = re.compile(
    rf"{P.END_MATTER.pattern}|{P.ANNEX.pattern}|^(?:[{P.CN_DIGITS}]+、|第[{P.CN_DIGITS}]+[章节条部])"
    # a signature's date ends its line (某县人民政府办公室 2024年5月8日); a date inside a task's sentence
    # (…，自2019年1月1日起按标准调整到位。) is the task's
    rf"|[^。；;]*\d{{4}}年\d{{1,2}}月\d{{1,2}}日\s*(?:[(（][^()（）]*[)）])?\s*$"
)
# How far row numbers may jump after a group row: rows left out of a published copy, or a bureau's own rows of a
# district's list (3, then 68 after five empty group rows: 谯城 2025); a 政府工作报告's list runs to some 300 rows.
_GAP = 300
GROUP_ROW = re.compile(rf"^(?:[{P.CN_DIGITS}]+、|\([{P.CN_DIGITS}]+\)|（[{P.CN_DIGITS}]+）|第[{P.CN_DIGITS}]+)")
# Lines a task may have wrapped onto before its bodies, in a table with no number column to say where rows begin.
_WRAP = 4
# Characters: a remark (备注: 新建, 续建, 省级试点) is shorter than a task.
_REMARK = 6
# One name and a full stop, no list: 万源市。 / 通川区。
_ONE_NAME_SENTENCE = re.compile(r"^[^、，,；;\s]{2,12}。$")
# What an empty cell holds where a table marks it (a 完成时限 or 备注 left blank).
_EMPTY_CELL = re.compile(r"^[—–\-/／无]{1,2}$")


def cell_kind(cell: str) -> str:
    """number | bodies | text: what a cell holds, to place it under a column of its kind. One name closed by a full
    stop is a task's sentence (万源市。: a county's row of a target list), not a cell of bodies."""
    if ROW_NUMBER.match(cell):
        return "number"
    if _ONE_NAME_SENTENCE.match(cell.strip()):
        return "text"
    return "bodies" if only_bodies(cell) else "text"  # 区财政局*、区发改局 / A（牵头） too


def numbered_rows(cells: list[str], i: int, width: int) -> tuple[list[tuple[int, int]], int]:
    """The lines (start, end) of each numbered row (1, 2, 3 …) from line i, and where the table ends; group rows
    (一、…) between them stay lines of their own.

    After group rows the numbers may jump (rows left out of a published copy: 本文有删减), never go back.
    """
    expected, rows = None, []  # the first row may go on from a table before it (80, 81 … of a longer list)
    jumped = False  # the row before ended where a larger number began (69, then 73)
    while i < len(cells):
        after_group = _group_rows(cells, i)
        n = _number(cells[i + after_group]) if i + after_group < len(cells) else None
        gap = after_group or jumped
        if n is None or not (expected is None or n == expected or gap and expected < n <= expected + _GAP):
            break
        i += after_group
        j, reach = i + 1, min(len(cells), i + width + 8)
        while j < reach and not _row_ends(cells, j, n):
            j += 1
        after_gap = None
        if not (j < len(cells) and _row_ends(cells, j, n)):
            after_gap = _next_row_after_gap(cells, i, width, n)
            j = after_gap or _last_row_end(cells, i, width)
        jumped = after_gap is not None
        rows.append((i, j))
        i, expected = j, n + 1
    return rows, i


def unnumbered_rows(cells: list[str], i: int, titles: list[str], slots: list[str]) -> tuple[list[tuple[int, int]], int]:
    """The rows of a table with no number column, from line i: each is its task's lines (text, as many as the
    columns before the first body column, or more where a task wrapped), then the cells of the columns from the
    first body column on — bodies, deadlines (before the bodies or after them), marked empty cells, and a short
    remark where a column holds remarks (备注: 新建). The table ends at a row with neither bodies nor deadline, or at
    what follows a table; a group row (一、…, （二）…) before a row stays a line of its own."""
    if "bodies" not in slots:
        return [], i
    before = slots.index("bodies")
    width = len(slots) - before + _WRAP  # bodies one a paragraph take more lines than their columns
    after = zip(titles[before:], slots[before:], strict=True)
    remarks = any(s == "text" and not re.search(time_labels(), t) for t, s in after)
    rows: list[tuple[int, int]] = []
    while i < len(cells):
        start = i + _group_rows(cells, i, numbered=False)
        j = start
        while j < len(cells) and j - start < before + _WRAP and _task_line(cells[j]):
            j += 1
        if j == start:
            break
        owned, k = False, j
        while k < len(cells) and k - j < width:
            kind = _owner_cell(cells[k], remarks and k > j)
            if kind is None:
                break
            owned = owned or kind != "remark"
            k += 1
        if not owned:
            break
        rows.append((start, k))
        i = k
    return rows, i


def _owner_cell(cell: str, remarks: bool) -> str | None:
    """What a cell after a row's task holds: bodies, a deadline, a marked empty cell, a short remark (where the
    table has a column for them, and not first), or None: the next row's task, or what follows the table."""
    if cell_kind(cell) == "bodies":
        return "bodies"
    if is_deadline_cell(cell) or _EMPTY_CELL.match(cell):
        return "deadline"
    if remarks and 0 < len(cell) <= _REMARK and not AFTER_TABLE.match(cell):
        return "remark"
    return None


def _task_line(cell: str) -> bool:
    """A line that may be (part of) a task's cell: text that is no deadline and does not end the table."""
    return bool(cell) and cell_kind(cell) == "text" and not is_deadline_cell(cell) and not AFTER_TABLE.match(cell)


def _group_rows(cells: list[str], i: int, numbered: bool = True) -> int:
    """How many group rows (一、知识产权保护方面) start at line i. In a table with no number column a row's task cell
    may begin with its own number (（一）加强… / 县民政局): a numbered line is a group row only with a task line after
    it."""
    k = i
    while (
        k < len(cells) and GROUP_ROW.match(cells[k]) and (numbered or k + 1 < len(cells) and _task_line(cells[k + 1]))
    ):
        k += 1
    return k - i


def _next_row_after_gap(cells: list[str], i: int, width: int, n: int) -> int | None:
    """Where the row after row n begins when the copy left rows out without a group row between (69, then 73): a
    larger number, with a task after it, once the row has had a line for every column (a number inside a row, in a
    count or amount column, comes before that)."""
    for j in range(i + width, min(len(cells) - 1, i + width + 8)):
        after = _number(cells[j])
        if after is not None and n < after <= n + 1 + _GAP and _task_line(cells[j + 1]):
            return j
    return None


def _last_row_end(cells: list[str], i: int, width: int) -> int:
    """Where the last row ends: at the end matter, an annex or a heading after it if that is near (a task may
    have wrapped onto a few lines), else after one line per column."""
    j = i + 1
    while j < len(cells) and j - i <= width + 3 and not AFTER_TABLE.match(cells[j]):
        j += 1
    if j - i > width + 3:
        return min(len(cells), i + width)
    while j > i + 1 and not cells[j - 1]:  # blank lines before what follows
        j -= 1
    return j


def _number(cell: str) -> int | None:
    m = ROW_NUMBER.match(cell)
    return int(m.group(1)) if m else None


def _row_ends(cells: list[str], j: int, n: int) -> bool:
    """Line j starts row n + 1, or the group rows before the next row (whose number may jump)."""
    if j >= len(cells):
        return True
    if _number(cells[j]) == n + 1:
        return True
    groups = _group_rows(cells, j)
    after = _number(cells[j + groups]) if groups and j + groups < len(cells) else None
    return after is not None and n < after <= n + 1 + _GAP
