"""Parse deadlines: when each clause is due (2024年底前 -> 2024-12-31), or that it never ends (长期坚持).

A time is a deadline where a document writes it as one: in a 完成时限 field or column, in a
bracket beside the bodies (（县民政局牵头，2024年底前完成）, （县营商局，长期坚持）), or in a sentence with a cue word
(到2025年, 2024年底前; grammar/deadline_cues.csv). 2020年以来 or 较2020年 are not deadlines.
Open-ended words (长期坚持, 每年; grammar/deadline_words.csv) count only in fields, columns and
brackets, where they cannot be a verb. A clause with none inherits those its section's heading states.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from ..model import Clause, Deadline, Span
from .columns import is_task_header
from .responsibility import bare_list
from .structure import text_span
from .times import TIME, time_labels, time_words

# Not deadlines: a plan's period (2021—2025年), a baseline (较2020年), a time since (2020年以来), a title (《…》).
_RANGE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*)?[-—–~～至到]\s*$")
_NOT_AFTER = re.compile(r"^\s*(?:以来|起|开始|的|比|相比|同比|基础上|水平)")
_NOT_BEFORE = re.compile(r"(?:较|比|相比|同比|自|从|截止|高于|低于)\s*$|[《“\"]$")
_QUARTER = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}
_BRACKET = re.compile(r"[(（【][^()（）【】]{2,120}[)）】]")
_ROLE_WORD = re.compile(r"牵头|负责|责任|配合|参与|协办|单位|部门")


@cache
def _time_fields() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A 完成时限：value field, and a task-table column title that holds deadlines (field_labels.csv, kind time)."""
    labels = time_labels()
    return re.compile(labels + r"\s*[:：]\s*(?P<value>[^,，;；。)）】\n]{1,30})"), re.compile(labels)


def _date(m: re.Match[str]) -> tuple[str, str]:
    """The last day of the period a time names, and whether it names a year alone."""
    y = int(m["y"])
    if m["d"] and m["m"]:
        day = min(int(m["d"]), calendar.monthrange(y, int(m["m"]))[1])
        return f"{y:04d}-{int(m['m']):02d}-{day:02d}", "date"
    if m["m"]:
        month, last = int(m["m"]), calendar.monthrange(y, int(m["m"]))[1]
        day = {"上旬": 10, "中旬": 20}.get(m["mp"] or "", last)
        return f"{y:04d}-{month:02d}-{day:02d}", "date"
    if m["q"]:
        month = _QUARTER[m["q"]]
        return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}", "date"
    if m["half"] in ("上半年", "年中"):
        return f"{y:04d}-06-30", "date"
    if m["half"] == "年初":
        return f"{y:04d}-03-31", "date"
    return f"{y:04d}-12-31", ("date" if m["half"] else "year")


def _times(text: str, start: int, end: int, cued: bool) -> list[tuple[int, int, str, str]]:
    """(start, end, date, kind) of the times in text[start:end]; with `cued`, only those a cue word marks."""
    g = time_words()
    out = []
    for m in TIME.finditer(text, start, end):
        head, tail = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 6]
        if _RANGE_BEFORE.search(head) or _NOT_AFTER.match(tail) or _NOT_BEFORE.search(head):
            continue
        if text.count("《", 0, m.start()) > text.count("》", 0, m.start()):
            continue  # inside a title
        lead, trail = g.before.search(head), g.after.match(tail)
        if cued and not (lead or trail):
            continue
        date, kind = _date(m)
        a = m.start() - (len(lead.group(0)) if lead else 0)
        b = m.end() + (len(trail.group(0)) if trail else 0)
        out.append((a, b, date, kind))
    return out


def _open_ended(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    g = time_words()
    return [(m.start(), m.end(), "", g.kinds[m.group(0)]) for m in g.open_ended.finditer(text, start, end)]


def _written(clause: Clause) -> list[tuple[int, int, str, str]]:
    """Deadlines in a clause's text: fields and columns first, then brackets with bodies, then cued sentences."""
    text = clause.text
    field, column = _time_fields()
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for m in field.finditer(text):
        a, b = m.span("value")
        found += _times(text, a, b, cued=False) or _open_ended(text, a, b)
        taken.append((a, b))
    if len(clause.rows) >= 2 and is_task_header(clause.rows[0]):
        for title, cell in zip(clause.rows[0], clause.rows[1], strict=False):
            at = text.find(cell) if cell else -1
            if at >= 0 and column.fullmatch(title.strip()):  # a 完成时限 column
                found += _times(text, at, at + len(cell), cued=False) or _open_ended(text, at, at + len(cell))
                taken.append((at, at + len(cell)))
    for m in _BRACKET.finditer(text):
        beside = _ROLE_WORD.search(m.group(0)) or bare_list(m.group(0)[1:-1])  # （县营商局，长期坚持）
        if any(a < m.end() and m.start() < b for a, b in taken) or not beside:
            continue
        found += _times(text, m.start(), m.end(), cued=False) or _open_ended(text, m.start(), m.end())
        taken.append(m.span())
    for a, b, date, kind in _times(text, 0, len(text), cued=True):
        if not any(x < b and a < y for x, y in taken):
            found.append((a, b, date, kind))
    return sorted(set(found))


def find_deadlines(clauses: tuple[Clause, ...], offsets: dict[str, list[int]]) -> tuple[Deadline, ...]:
    """Every deadline a clause states, with its span; clauses without one take those of a heading above them."""

    def span(path: str, a: int, b: int) -> Span:
        return text_span(offsets[path], a, b)

    own: dict[str, list[Deadline]] = {c.path: [] for c in clauses}
    for c in clauses:
        if c.kind in ("preamble", "closing"):  # 有效期至2025年12月31日 is how long the document holds, not a task's
            continue
        if c.kind == "table" and c.rows and is_task_header(c.rows[0]):  # its rows are tasks, each with its own
            continue
        own[c.path] = [
            Deadline(c.path, date, kind, c.text[a:b], span(c.path, a, b)) for a, b, date, kind in _written(c)
        ]
    by_path = {c.path: c for c in clauses}
    out: list[Deadline] = []
    for c in clauses:
        out += own[c.path]
        if own[c.path] or c.kind in ("preamble", "closing"):
            continue
        parent = by_path.get(c.parent or "")
        while parent is not None:
            stated = [d for d in own[parent.path] if c.text and parent.heading and d.text in parent.heading]
            if stated:
                out += [Deadline(c.path, d.date, d.kind, d.text, d.span, inherited=True) for d in stated]
                break
            parent = by_path.get(parent.parent or "")
    return tuple(out)
