"""Task tables whose cells run together with nothing between them, as a document site's text preview gives them.

    序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为…。2021年2月底前,…达90%以上。市委宣传部、市城管委,
    …各区(市)县政府(管委会)2完善生活垃圾回收利用体系,…

The header is 序号 and the column titles glued together, one of them a lead or responsible column; each row
starts with its number glued to its text, the numbers counting up from 1; the row's body column is the list of
bodies that ends it, after its last 。. Such a preview also cuts its text into numbered chunks at any character
(…市委社治委、市\\n2、住建局…): inside the table, a line break and the chunk's number are dropped.

The table is rewritten in place as the tab-separated rows the other readers give (序号, the titles before the
body column, the body column; then number, task, bodies), every span still pointing into the original.
"""

from __future__ import annotations

import re
from itertools import accumulate

from . import patterns as P
from .bodies import split_run_together
from .grammar import grammar
from .responsibility import only_bodies
from .times import is_deadline_cell

# 2、 after a line break inside the table (or the space a flattened copy put for it): a preview's chunk number
_CHUNK = re.compile(r"[\n ]\d{1,3}、(?=\D)")
_SENTENCE_END = "。；;"
# A column of numbers between the task and its bodies (区本级任务数: 9亿元, 12亿元/10亿元, 5%): no body's name starts so
_QUANTITY = re.compile(r"(?:[0-9][0-9.%]*(?:[万亿千百]?[元个项所家人户次吨米%])?[/、]?)*")
# Characters: the most a deadline cell after the bodies holds (2024年12月31日前, 长期坚持)
_DEADLINE_CELL = 16
# Characters: how far the table's last row may run (a row of such a table holds a task, a target and its bodies)
_LAST_ROW = 400
# Characters: more than a header runs to (序号, the titles, the body column's label, what follows it, and its 1)
_HEADER_SPAN = 200


def run_together(text: str, edits: dict[int, str]) -> None:
    """Rewrite every run-together task table of the text (tables.text_tables applies the edits)."""
    label = grammar().label.pattern
    header = re.compile(rf"序号(?P<before>[^\d序]{{2,40}}?)(?P<role>{label})(?P<after>[^\d]{{0,12}}?)(?=1\D)")
    # 序号 glued to the next title (a table a cell a line, or with any separator, is the other readers')
    for found in re.finditer(r"序号(?=[^\s|])", text):
        # the header first, on its few characters (a printed copy may break its line too); the table only if it is one
        head = "".join(text[k] for k in _table_chars(text, found.start(), _HEADER_SPAN)[0])
        m = header.match(head)
        if not m or not m["before"].strip():
            continue
        # 牵头单位责任单位: two body columns, the second right after the first (and nothing after it)
        second = re.match(label, m["after"])
        paired = second is not None and second.end() == len(m["after"].rstrip())
        if not paired and re.search(label, m["after"]):
            continue
        kept, breaks = _table_chars(text, found.start())
        v = "".join(text[k] for k in kept)
        dated = bool(m["after"].strip()) and not paired  # a column after the bodies: deadlines (完成时限) or empty
        inside = {b - m.end() for b in breaks if b > m.end()}
        rows = [tuple(x + m.end() for x in row) for row in _rows(v[m.end() :], inside, dated)]
        if not rows:
            continue
        first = kept[0]
        if first and text[first - 1] != "\n":  # the header glued to the table's title: a line of its own
            edits[first] = "\n" + text[first]
        for group in ("before", "role", "after"):
            if m[group]:
                edits[kept[m.start(group)]] = "\t" + text[kept[m.start(group)]]
        # a column of quantities between the task and its bodies (重点工作 | 区本级任务数 | 责任单位): its title is
        # what follows the task column's in the header, and each row's quantity (or nothing) a cell of its own
        task = P.TASK_TEXT_COLUMN.search(m["before"])
        quantities = task is not None and 0 < task.end() < len(m["before"].rstrip())
        quantities = quantities and any(qty < bodies for _s, _t, _e, bodies, qty, _a in rows)
        if quantities:
            k = kept[m.start("before") + task.end()]
            edits[k] = "\t" + text[k]
        inside = set(kept)
        for k in range(first, kept[rows[-1][2] - 1] + 1):
            if k not in inside:
                edits[k] = ""  # a line break, a chunk number or a page number inside the table
        for start, text_start, end, bodies, qty, after in rows:
            if after < end:
                edits[kept[after]] = "\t" + text[kept[after]]
            edits[kept[start]] = "\n" + text[kept[start]]
            edits[kept[text_start]] = "\t" + text[kept[text_start]]
            if quantities and qty < bodies:
                edits[kept[qty]] = "\t" + text[kept[qty]]
            edits[kept[bodies]] = ("\t\t" if quantities and qty == bodies else "\t") + text[kept[bodies]]
            if paired:
                split = _second_column(v[bodies:after])
                if split:
                    edits[kept[bodies + split]] = "\t" + text[kept[bodies + split]]
        last = kept[rows[-1][2] - 1]
        if last + 1 < len(text) and text[last + 1] != "\n":
            edits[last] = text[last] + "\n"


def _table_chars(text: str, start: int, most: int | None = None) -> tuple[list[int], set[int]]:
    """The positions of the table's characters from `start` to the end of its paragraph (an empty line), or the first
    `most` of them, with the line breaks a printed copy put inside it, chunk numbers and page numbers left out; and
    where a line broke (an index into the positions), since the table may end there."""
    kept: list[int] = []
    breaks: set[int] = set()
    k = start
    while k < len(text) and (most is None or len(kept) < most):
        chunk = _CHUNK.match(text, k)
        if chunk:
            k = chunk.end()
            continue
        if text[k] == "\n":
            end = text.find("\n", k + 1)
            line = text[k + 1 : end if end >= 0 else len(text)].strip()
            if not line:
                break
            breaks.add(len(kept))
            k = end if P.PAGE_MARKER.fullmatch(line) and end >= 0 else k + 1  # a page number's line is passed over
            continue
        kept.append(k)
        k += 1
    return kept, breaks


def _rows(v: str, breaks: set[int], dated: bool) -> list[tuple[int, ...]]:
    """(number start, text start, row end, body column start, quantity start, deadline start) of each row of the
    run-together rows `v`, while the numbers count up and each row ends with a list of bodies (and, in a `dated`
    table, the deadline after them): before the next row's number, or else where a line broke (the table's last
    row, text after it)."""
    rows: list[tuple[int, ...]] = []
    n, at = 1, 0
    while v.startswith(str(n), at) and not v[at + len(str(n)) : at + len(str(n)) + 1].isdigit():
        text_start = at + len(str(n))
        nxt = (
            text_start + m.start() for m in re.finditer(rf"(?<!\d){n + 1}(?=[^\d%.．、年月日个万亿])", v[text_start:])
        )
        # the last row (no next number closes a list of bodies) ends at the last line break, or the end, that does
        last = [b for b in (*sorted(breaks), len(v)) if text_start < b <= text_start + _LAST_ROW][::-1]
        found = ((j, _bodies_start(v, text_start, j, dated)) for j in (*nxt, *last))
        end, cut = next(((j, body) for j, body in found if body is not None), (None, None))
        if end is None or cut is None:
            break
        rows.append((at, text_start, end, *cut))
        n, at = n + 1, end
    return rows


# What most bodies' names start with: a level (省市县区州), 各, 中共, 团
_NAME_STARTS = "省市县区州各中团"


def _second_column(bodies: str) -> int:
    """Where the second of two body columns begins in their glued cells (市民政局、市财政局市卫健委、各区): the first
    place two names touch with nothing between them and both sides are lists of bodies (a list inside a cell is
    parted by 、); 0 if none do (the second cell is empty)."""
    # first the end of a name before a level or 各 (县人社局|团县委, 市人社局|各区人民政府: not the 局各区 a place's
    # name would make), then where the bodies reader parts run-together names, then any end of a name
    ends = [k for k in range(2, len(bodies) - 1) if P.BODY_SUFFIX.search(bodies[:k]) and bodies[k] not in "、,，"]
    split = list(accumulate(len(piece) for piece in split_run_together(bodies)))[:-1]
    cuts = [k for k in ends if bodies[k] in _NAME_STARTS] + split + ends
    return next((k for k in cuts if only_bodies(bodies[:k]) and only_bodies(bodies[k:])), 0)


def _bodies_start(v: str, start: int, end: int, dated: bool) -> tuple[int, int, int] | None:
    """Where the list of bodies that ends v[start:end] begins, where a quantity before it does (after the row's
    last 。: a column between may give 9亿元, 12亿元/10亿元) and where a deadline after it does (2023年底前,
    持续推进: `end` if none); None if the row ends otherwise."""
    cut = max(v.rfind(ch, start, end) for ch in _SENTENCE_END)
    if cut < 0:
        return None
    bodies = _QUANTITY.match(v, cut + 1, end).end()
    tail = v[bodies:end]
    if tail and only_bodies(tail):
        return bodies, cut + 1, end
    if dated:
        for k in range(len(tail) - 1, max(0, len(tail) - _DEADLINE_CELL), -1):
            if is_deadline_cell(tail[k:]) and only_bodies(tail[:k]):
                return bodies, cut + 1, bodies + k
    return None
