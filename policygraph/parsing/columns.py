"""The columns of a task-division table (任务分工表): which give a role to the bodies under them.

Readers and the text-table rewriters share these: a header row is a task table's when one of its
titles is a lead or responsible column, whatever shape the table came in.
"""

from __future__ import annotations

import re

from .grammar import grammar

# A row number alone in a cell or on a line: 1, 2. or 3、
ROW_NUMBER = re.compile(r"^(\d{1,3})[.、]?$")
# Characters: a column title (责任单位及责任人, 具体工作措施) is short…
HEADER_CELL = 15


def column_role(title: str) -> str:
    """The role a task-division table's column gives the bodies in it: lead, responsible, or "" (not a body column)."""
    g = grammar()
    title = title.strip().rstrip(":：")
    if re.search(r"[:：]", title):  # 牵头：县民政局 — a label with its value is a cell of a row, not a column title
        return ""
    m = g.label.match(title)
    if m:
        # 责任单位（牵头） | 责任单位（配合）: a header of two rows written as one, the lower row's word in brackets
        mark = g.mark.search(title[m.end() :].strip())
        if mark:
            return g.verb_role(mark.group(0))
        return g.label_role(m.group(0))
    word = re.sub(r"\s", "", title)  # 牵头 | 配合 under a 责任单位 heading that spans both columns
    return g.roles[word] if word in g.label_words else ""


def names_bodies(title: str) -> bool:
    """A column of bodies, with a role or without one (评分部门, 督办单位: who scores or supervises the task, not who
    does it): a row's bodies belong under such columns, and a role column's cell ends where one begins."""
    return bool(column_role(title) or grammar().body_column.match(title.strip().rstrip(":：")))


def is_task_header(cells: list[str] | tuple[str, ...]) -> bool:
    """A header row with a lead or responsible column (and something else beside it)."""
    return len(cells) >= 2 and any(column_role(c) for c in cells)
