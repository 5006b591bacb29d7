"""Stage 3c — parse responsibility: who carries each clause out, and in which role.

Statements come in three shapes — a line (责任单位：…按职责分工负责), a bracket
at the end of a paragraph (（牵头单位：… 责任单位：…）/【责任部门：…】) — and
a blanket sentence that assigns a body to every task that follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from .bodies import parse_names, split_top
from .model import Clause, Span
from .structure import column_role

_LABEL = re.compile(
    "(" + "|".join(r"\s*".join(label) for label in P.LEAD_LABELS + P.OTHER_LABELS) + r")\s*([:：])?"
)
_CLOSERS = {v: k for k, v in P.OPENERS.items()}


@dataclass(frozen=True)
class Assignment:
    """One body named by one statement, before names are made canonical."""

    name: str
    role: str
    span: Span
    blanket: bool = False


def _closing_bracket(text: str, open_at: int) -> int:
    """Index of the bracket that closes text[open_at], or len(text)."""
    opener = text[open_at]
    closer = P.OPENERS[opener]
    depth = 0
    for i in range(open_at, len(text)):
        ch = text[i]
        if ch == opener or (opener in "(（" and ch in "(（"):
            depth += 1
        elif ch == closer or (closer in ")）" and ch in ")）"):
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def find_statements(text: str) -> list[tuple[int, int]]:
    """(start, end) of every responsibility statement in a clause's text."""
    found: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _LABEL.search(text, pos)
        if not m:
            return found
        before = m.start() - 1
        while before >= 0 and text[before] == " ":
            before -= 1
        if before >= 0 and text[before] in P.OPENERS:
            end = _closing_bracket(text, before)
            found.append((m.start(), end))
            pos = end + 1
            continue
        if not m.group(2):  # a bare word 责任单位 in prose, not a label
            pos = m.end()
            continue
        stop = text.find("。", m.end())
        if stop < 0 or stop - m.end() > 200:
            verb = re.compile(r"负责|落实").search(text, m.end(), m.end() + 200)
            stop = verb.end() if verb else min(len(text), m.end() + 200)
        found.append((m.start(), stop))
        pos = stop + 1


def parse_statement(statement: str) -> list[tuple[str, str]]:
    """(name, role) for every body a statement names."""
    labels = list(_LABEL.finditer(statement))
    segments = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(statement)
        label = re.sub(r"\s", "", m.group(1))
        segments.append(("lead" if label in P.LEAD_LABELS else "responsible", statement[m.end() : end]))
    if not labels:
        segments = [("responsible", statement)]
    out: list[tuple[str, str]] = []
    for default_role, content in segments:
        content = re.sub(r"\s+", "", content)
        group: list[str] = []
        for chunk in split_top(content, re.compile(r"[,，;；]")) + [""]:
            if chunk:
                group.append(chunk)
            tail = P.LIST_TAIL.search(chunk) if chunk else None
            if (tail or not chunk) and group:
                role = "lead" if any("牵头" in c for c in group[-1:]) else default_role
                text = "、".join(group)
                text = P.LIST_TAIL.sub("", text)
                text = P.LIST_HEAD.sub("", text)
                out.extend((name, role) for name in parse_names(text))
                group = []
    return out


def blanket_bodies(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Bodies that a blanket sentence in this text assigns to every following task."""
    out = []
    for m in P.BLANKET.finditer(text):
        for name in parse_names(m.group("body")):
            out.append((name, m.span()))
    return out


def _task_columns(clause: Clause, span) -> list[Assignment]:
    """Bodies in the lead and responsible columns of a task-division table row."""
    if clause.kind != "task" or len(clause.rows) < 2:
        return []
    header, cells = clause.rows[0], clause.rows[1]
    out = []
    for title, cell in zip(header, cells, strict=False):
        role = column_role(title)
        if not role or not cell.strip():
            continue
        at = clause.text.find(cell)
        where = span(clause.path, at, at + len(cell)) if at >= 0 else clause.span
        out.extend(Assignment(name, role, where) for name in parse_names(re.sub(r"\s+", "", cell)))
    return out


def assign(clauses: tuple[Clause, ...], offsets: dict[str, list[int]]) -> dict[str, list[Assignment]]:
    """Assignments per clause path, blanket sentences applied to the tasks after them.

    `offsets[path]` maps each character of the clause's text to the original text.
    """

    def span(path: str, a: int, b: int) -> Span:
        offs = offsets[path]
        if not offs:
            return Span(0, 0)
        return Span(offs[min(a, len(offs) - 1)], offs[max(a, min(b, len(offs)) - 1)] + 1)

    result: dict[str, list[Assignment]] = {}
    blankets: list[tuple[str, Span]] = []
    for clause in clauses:
        explicit: list[Assignment] = list(_task_columns(clause, span))
        for a, b in find_statements(clause.text):
            explicit.extend(Assignment(n, r, span(clause.path, a, b)) for n, r in parse_statement(clause.text[a:b]))
        for name, (a, b) in blanket_bodies(clause.text):
            blankets.append((name, span(clause.path, a, b)))
        if not explicit:
            continue
        named = {x.name for x in explicit}
        for name, where in blankets:
            if name in named:
                explicit = [Assignment(x.name, x.role, x.span, True) if x.name == name else x for x in explicit]
            else:
                explicit.append(Assignment(name, "responsible", where, True))
        result[clause.path] = explicit
    return result
