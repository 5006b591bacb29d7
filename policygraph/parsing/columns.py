"""The columns of a task-division table (任务分工表): which give a role to the bodies under them.

Readers and the text-table rewriters share these: a header row is a task table's when one of its
titles is a lead or responsible column, whatever shape the table came in.
"""

from __future__ import annotations

import bisect
import re

from . import patterns as P
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


def spread_sub_header(titles: list[str] | tuple[str, ...]) -> list[str]:
    """序号 | 工作任务 | 责任单位 | 完成时限 | 牵头 | 配合: a header of two rows copied a cell a line puts the
    lower row's words (牵头, 配合 under 责任单位) after the upper row's titles. They are the columns of the one label
    they stand under, in its place; any other header is returned as it is."""
    g = grammar()
    words = [re.sub(r"\s", "", t) for t in titles]
    k = len(titles)
    while k > 0 and words[k - 1] in g.label_words:
        k -= 1
    spans = [i for i in range(k) if column_role(titles[i]) and words[i] not in g.label_words]
    if len(titles) - k < 2 or len(spans) != 1:
        return list(titles)
    i = spans[0]
    return [*titles[:i], *titles[k:], *titles[i + 1 : k]]


def names_bodies(title: str) -> bool:
    """A column of bodies, with a role or without one (评分部门, 督办单位: who scores or supervises the task, not who
    does it): a row's bodies belong under such columns, and a role column's cell ends where one begins."""
    return bool(column_role(title) or grammar().body_column.match(title.strip().rstrip(":：")))


def is_task_header(cells: list[str] | tuple[str, ...]) -> bool:
    """A header row with a lead or responsible column (and something else beside it); or 序号 and a task column
    with no body column at all (序号 | 重点任务 | 具体措施 | 完成时限), whose rows say their owners in their own words
    (…（县发改局负责）), as long as no column names an indicator (an indicator table's rows are no tasks)."""
    if len(cells) >= 2 and any(column_role(c) for c in cells):
        return True
    return (
        len(cells) >= 3
        and P.TASK_NUMBER_COLUMN.match(cells[0]) is not None
        and any(P.TASK_TEXT_COLUMN.search(c) for c in cells[1:])
        and not any(P.TABLE_METRIC_COLUMN.search(c) for c in cells)
    )


# 序号 | 单位 | 主要职责: in a table of duties a column titled by the word for a body alone (单位, 部门, 单位名称) holds
# the bodies the duties are given to; beside no duty column it may be a contact list's (单位 | 姓名 | 联系电话).
_BARE_BODY_TITLE = re.compile(r"(?:单位|部门)(?:名称)?")
_DUTY_TITLE = re.compile(r"(?:主要|工作|具体|部门|单位)?职责(?:任务|内容)?")
_HEADER_LINE = re.compile(r"^[^\n]*职责[^\n]*$", re.M)
_CELL = re.compile(r"[^\t|\s]+")
_TITLE_WORDS = re.compile(r"[^\t|\s。，,；;:：、]+")  # a column's title: no sentence's or list's punctuation


def duty_body_columns(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """The text with the bare body column of each duty table's header titled 责任单位, so every reader of tables
    takes it for the responsible column: a header of short cells parted by tabs, pipes or spaces, or one cell to a
    line (序号⏎单位⏎主要职责, a copied web page)."""
    edits: dict[int, str] = {}
    lines: list[tuple[int, str]] = []  # (start, text) of every line, once a header one cell to a line is looked for
    for line in _HEADER_LINE.finditer(text):
        cells = [(line.start() + c.start(), c.group()) for c in _CELL.finditer(line.group())]
        if len(cells) == 1 and _TITLE_WORDS.fullmatch(cells[0][1]) and len(cells[0][1]) <= HEADER_CELL:
            lines = lines or [(m.start(), m.group()) for m in re.finditer(r"(?m)^.*$", text)]
            cells = _header_lines(lines, line.start())
        if not 2 <= len(cells) <= 10 or any(len(word) > HEADER_CELL for _at, word in cells):
            continue
        if not any(_DUTY_TITLE.fullmatch(word) for _at, word in cells):
            continue
        for at, word in cells:
            if _BARE_BODY_TITLE.fullmatch(word):
                edits.update({at: "责任单位", **{k: "" for k in range(at + 1, at + len(word))}})
    return apply_edits(text, offs, edits)


def apply_edits(text: str, offs: list[int], edits: dict[int, str]) -> tuple[str, list[int]]:
    """The text with each character at a key of `edits` replaced by its value ("" drops it), keeping the offset map:
    a replacement's characters take the offset of the character they replace."""
    if not edits:
        return text, offs
    out, out_offs = [], []
    for i, ch in enumerate(text):
        rep = edits.get(i, ch)
        out.append(rep)
        out_offs.extend([offs[i]] * len(rep))
    return "".join(out), out_offs


def _header_lines(lines: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
    """(start, words) of the lines around the line at `at` that hold one short title each: a header written one
    cell to a line, up to a row's number, a sentence, or a line of several words."""
    k = bisect.bisect_left(lines, (at, ""))

    def title(i: int) -> bool:
        words = lines[i][1].strip() if 0 <= i < len(lines) else ""
        return (
            0 < len(words) <= HEADER_CELL and _TITLE_WORDS.fullmatch(words) is not None and not ROW_NUMBER.match(words)
        )

    a, b = k, k
    while title(a - 1) and k - a < 10:
        a -= 1
    while title(b + 1) and b - k < 10:
        b += 1
    return [(start + len(line) - len(line.lstrip()), line.strip()) for start, line in lines[a : b + 1]]
