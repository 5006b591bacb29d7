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
from dataclasses import dataclass
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
# A group row's mark (一、做大做强主导产业): its title is no row's text
_GROUP_MARK = r"[一二三四五六七八九十]{1,3}、"
_GROUP = re.compile(rf"(?<![{P.CN_DIGITS}]){_GROUP_MARK}(?=\S)")
# What follows a row's number: its text (a star may mark it; a space where a PDF's text layer parts the cells), never
# a unit, a decimal or a date's part
_ROW_TEXT = r"(?![\d%.．、])(?=\s?[★☆▲*]?[\u4e00-\u9fff“《])(?!\s?[万亿千百十个元人户次吨米倍年月日天家所处项条])"
# Numbers a row may jump by (a bureau's own rows of a district's list: 69, then 73; after group rows, more)
_JUMP = 10
# Characters: the most a column of persons' names holds (冯冬昌, 成坤、柯相国、王俊)
_PERSONS_CELL = 16
# Characters: the most a scorers' column title runs to (评分部门, 考核评分单位), a category's title may follow it
_SCORER_TITLE = 8
# A number's character: no body's name holds one
_NUMBER_CHAR = re.compile(r"[\d%]")
# A cell of persons: names of two or three characters, one or several (冯冬昌, 成坤、柯相国、王俊)
_PERSON_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[、,，][\u4e00-\u9fff]{2,3})*")


@dataclass(frozen=True)
class _Columns:
    """What a table has beside its body column, which says how a row's last cells end."""

    dated: bool  # a column after the bodies: deadlines (完成时限), or any short cell (推广范围)
    persons: bool  # a column of persons' names after the bodies (责任领导)
    paired: bool  # two body columns glued (牵头单位责任单位), or the bodies and a column of scorers (评分部门)


def run_together(text: str, edits: dict[int, str]) -> None:
    """Rewrite every run-together task table of the text (tables.text_tables applies the edits)."""
    label = grammar().label.pattern
    # the header (its titles may hold a year: 2022年预期目标), then (a group row's title, 一、…, whose words may hold
    # one too) the first row's number, whatever it is
    header = re.compile(
        rf"序号(?P<before>[^序]{{2,40}}?)(?P<role>{label})(?P<after>[^\d]{{0,16}}?)"
        rf"(?P<group>{_GROUP_MARK}[^序]{{2,120}}?)?(?<!\d)(?=(?P<first>\d{{1,3}}){_ROW_TEXT})"
    )
    persons = grammar().person_word
    # 序号 glued to the next title (a table a cell a line, or with any separator, is the other readers')
    for found in re.finditer(r"序号(?=[^\s|])", text):
        # the header first, on its few characters (a printed copy may break its line too); the table only if it is one
        head = "".join(text[k] for k in _table_chars(text, found.start(), _HEADER_SPAN)[0])
        m = header.match(head)
        if not m or not m["before"].strip():
            continue
        # 牵头单位责任单位: two body columns, the second right after the first; then a column of persons (责任领导) or
        # of deadlines (完成时限) or nothing
        second = re.match(label, m["after"])
        rest = m["after"][second.end() :] if second else m["after"]
        person = persons.search(rest)
        beside = persons.sub("", rest)  # the titles after the bodies but a persons' column's
        if re.search(label, beside):
            continue
        # 责任部门评分部门: a column of the bodies that score the row (no owners) glued to the body column, parted as a
        # second body column is; the table's readers give its cells no role
        scorer = (
            second is None
            and person is None
            and any(grammar().body_column.match(rest[:k]) for k in range(2, min(len(rest), _SCORER_TITLE) + 1))
        )
        paired = second is not None or scorer
        # a column after the bodies: deadlines (完成时限, or an empty title) or persons (their names, no bodies)
        dated = bool(beside.strip()) and person is None and not scorer
        kept, breaks = _table_chars(text, found.start())
        v = "".join(text[k] for k in kept)
        start = m.end()
        inside = {b - start for b in breaks if b > start}
        found_rows, groups = _rows(v[start:], int(m["first"]), inside, _Columns(dated, person is not None, paired))
        rows = [tuple(x + start for x in row) for row in found_rows]
        if not rows:
            continue
        first = kept[0]
        if first and text[first - 1] != "\n":  # the header glued to the table's title: a line of its own
            edits[first] = "\n" + text[first]
        for group in ("before", "role", "after"):
            if m[group]:
                edits[kept[m.start(group)]] = "\t" + text[kept[m.start(group)]]
        if second is not None and m["after"][second.end() :].strip():  # a column after the second body column
            k = kept[m.start("after") + second.end()]
            edits[k] = "\t" + text[k]
        for g in ([m.start("group")] if m["group"] else []) + [x + start for x in groups]:
            edits[kept[g]] = "\n" + text[kept[g]]  # a group row (一、…) stays a line of its own
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


def _rows(v: str, first: int, breaks: set[int], cols: _Columns) -> tuple[list[tuple[int, ...]], list[int]]:
    """(number start, text start, row end, body column start, quantity start, last column start) of each row of the
    run-together rows `v`, and where each group row (二、…) between them starts. The numbers count up from `first`
    (after a group row, or in a bureau's own rows of a longer list, they may jump) and each row ends with a list of
    bodies (and, in a table with a deadline column, the deadline after them; with a column of persons, their names):
    before the next row's number or group row, or else where a line broke (the table's last row, text after it)."""
    rows: list[tuple[int, ...]] = []
    groups: list[int] = []
    n, at = first, 0
    while v.startswith(str(n), at) and not v[at + len(str(n)) : at + len(str(n)) + 1].isdigit():
        text_start = at + len(str(n))
        # the next row's number: a few more than this one's, or any larger after a group row (3, 二、…六、, 68)
        nxt = (
            (text_start + m.start(), int(m.group(1)))
            for m in re.finditer(rf"(?<!\d)(\d{{1,3}}){_ROW_TEXT}", v[text_start:])
            if n < int(m.group(1)) <= n + _JUMP
            or (n < int(m.group(1)) and _GROUP.search(v, text_start, text_start + m.start()))
        )
        # the last row (no next number closes a list of bodies) ends at the last line break, or the end, that does
        last = [(b, None) for b in (*sorted(breaks), len(v)) if text_start < b <= text_start + _LAST_ROW][::-1]
        found = ((j, k, _row_end(v, text_start, j, cols)) for j, k in (*nxt, *last))
        j, k, cut = next(((j, k, c) for j, k, c in found if c is not None), (None, None, None))
        if j is None or cut is None:
            break
        end, bodies, qty, after = cut
        rows.append((at, text_start, end, bodies, qty, after))
        if end < j:
            groups.append(end)
        if k is None:
            break
        n, at = k, j
    return rows, groups


def _row_end(v: str, start: int, j: int, cols: _Columns) -> tuple[int, int, int, int] | None:
    """(row end, body column start, quantity start, last column start) of a row whose text starts at `start` and
    whose next row begins at j: a group row's title (二、…) after its bodies ends it before j."""
    group = _GROUP.search(v, start, j)
    ends = ([group.start()] if group else []) + [j]
    for end in ends:
        cut = _bodies_start(v, start, end, cols)
        if cut is not None:
            return (end, *cut)
    return None


# What most bodies' names start with: a level (省市县区州), 各, 中共, 团
_NAME_STARTS = "省市县区州各中团"


def _second_column(bodies: str) -> int:
    """Where the second of two body columns begins in their glued cells (市民政局、市财政局市卫健委、各区): the first
    place two names touch with nothing between them and both sides are lists of bodies (a list inside a cell is
    parted by 、); 0 if none do (the second cell is empty)."""
    # first the end of a name before a level or 各 (县人社局|团县委, 市人社局|各区人民政府: not the 局各区 a place's
    # name would make), then where the bodies reader parts run-together names, then any end of a name
    ends = [k for k in range(2, len(bodies) - 1) if P.BODY_SUFFIX.search(bodies[:k]) and bodies[k] not in "、,，"]
    # a name's ending read whole: 沈阳近海经济区管委会|自然资源分局, not 管委|会自然资源分局 (an ending that runs over
    # the cut); 县民政局|团县委 stays (团 begins after it)
    ending = grammar().body_end
    ends = [k for k in ends if not ((m := ending.search(bodies[: k + 1])) and m.start() < k)]
    split = list(accumulate(len(piece) for piece in split_run_together(bodies)))[:-1]
    cuts = [k for k in ends if bodies[k] in _NAME_STARTS] + split + ends
    return next((k for k in cuts if only_bodies(bodies[:k]) and only_bodies(bodies[k:])), 0)


def _bodies_start(v: str, start: int, end: int, cols: _Columns) -> tuple[int, int, int] | None:
    """Where the list of bodies that ends v[start:end] begins, where a quantity before it does (after the row's
    last 。: a column between may give 9亿元, 12亿元/10亿元) and where a deadline or the persons' names after it do
    (2023年底前, 持续推进, 冯冬昌: `end` if none); None if the row ends otherwise. A row whose task has no 。 (an
    indicator: 地区生产总值增长5.5%左右区发展改革委) ends with the bodies that begin at a place or level."""
    stop = end
    while stop > start and v[stop - 1] in _SENTENCE_END:  # a body cell closed by its own 。 (…魏武国控集团。)
        stop -= 1
    cut = max(v.rfind(ch, start, stop) for ch in _SENTENCE_END)
    if cut < 0:
        found = _bodies_after_words(v, start, stop, cols)
    else:
        found = _bodies_from(v, _QUANTITY.match(v, cut + 1, stop).end(), cut + 1, stop, cols)
    if found and found[2] == stop:
        return found[0], found[1], end
    return found


def _bodies_from(v: str, bodies: int, qty: int, end: int, cols: _Columns) -> tuple[int, int, int] | None:
    dated, persons, paired = cols.dated, cols.persons, cols.paired
    tail = v[bodies:end]

    def listed(cells: str) -> bool:  # two body columns glued: a list that parts into two lists of bodies
        return only_bodies(cells) or (paired and _second_column(cells) > 0)

    if tail and listed(tail):
        return bodies, qty, end
    if dated:
        for k in range(len(tail) - 1, max(0, len(tail) - _DEADLINE_CELL), -1):
            if is_deadline_cell(tail[k:]) and listed(tail[:k]):
                return bodies, qty, bodies + k
        # any other short cell of the column after the bodies (推广范围: 全国, 8个改革试验区域), the nearest first
        for k in range(len(tail) - 1, max(0, len(tail) - _DEADLINE_CELL), -1):
            cell = tail[k:].strip()
            if cell and not re.search(r"[。；;]", cell) and not only_bodies(cell) and listed(tail[:k].rstrip()):
                return bodies, qty, bodies + k
    if persons:  # 区发展改革局冯冬昌 / 区教育局张三、李四: the names after the bodies
        for k in range(len(tail) - 2, max(0, len(tail) - _PERSONS_CELL), -1):
            if _PERSON_NAMES.fullmatch(tail[k:]) and listed(tail[:k]):
                return bodies, qty, bodies + k
    return None


def _bodies_after_words(v: str, start: int, end: int, cols: _Columns) -> tuple[int, int, int] | None:
    # the bodies begin after the row's last number (地区生产总值增长5.5%左右|区发展改革委)
    numbers = [m.end() for m in _NUMBER_CHAR.finditer(v, start, end)]
    for k in range(max(start + 2, numbers[-1] if numbers else 0), end - 1):
        if v[k] in _NAME_STARTS:
            found = _bodies_from(v, k, k, end, cols)
            if found:
                return found
    return None
