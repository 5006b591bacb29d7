"""Stage 3c — parse responsibility: who carries each clause out, and in which role.

A statement is a bracket (（牵头单位：A；责任单位：B）, （A、B等负责）, 【责任部门：A】) or a
label line (责任单位：A、B按职责分工负责) whose chunks all read as lists of bodies in one of the
statement shapes of grammar/shapes.csv. Declarations (列第一位者为牵头单位，下同; *为牵头单位)
change how every later list is read. A blanket sentence assigns a body to every task after
it. Obligations written as sentences are read by prose.py, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import patterns as P
from .bodies import looks_like_body, parse_names, split_top
from .grammar import grammar
from .model import Clause, Span
from .prose import prose_assignments
from .structure import column_role

_CLOSERS = {v: k for k, v in P.OPENERS.items()}
_CHUNK_END = re.compile(r"[,，;；。]")
_ASTERISK = re.compile(r"[*＊※★]$")


@dataclass(frozen=True)
class Assignment:
    """One body named by one statement, before names are made canonical."""

    name: str
    role: str
    span: Span
    blanket: bool = False
    source: str = "listed"  # listed (a label, role verb, mark or table column) | prose (a sentence)


@dataclass(frozen=True)
class Named:
    """A body as a statement names it: its role, and whether a role word (not its place in the list) gave it."""

    name: str
    role: str
    by_word: bool
    starred: bool = False


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


def _chunks(text: str) -> list[str]:
    """Cut a statement at ，；。 (outside brackets) and before each label that opens a new list."""
    g = grammar()
    cuts = [m.start() for m in g.label.finditer(text)
            if m.start() > 0 and (not re.match(rf"[{P.CJK}]", text[m.start() - 1])
                                  or re.match(r"\s*[:：]", text[m.end():]))]
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    out: list[str] = []
    for piece in pieces:
        out.extend(split_top(piece, _CHUNK_END))
    return [re.sub(r"\s+", "", c) for c in out if c.strip()]


def _bodies(text: str) -> list[tuple[str, bool]]:
    """(name, starred) of the bodies a list names; names that are not bodies are dropped."""
    g = grammar()
    text = P.LIST_HEAD.sub("", text)
    out = []
    for name in parse_names(P.LIST_JOINER.sub("、", text)):
        starred = bool(_ASTERISK.search(name))
        name = _ASTERISK.sub("", name)
        marked = bool(g.mark.search(name))
        name = g.mark.sub("", name)
        if looks_like_body(name):
            out.append((name + ("\0" if marked else ""), starred))
    return out


def read_statement(text: str) -> list[Named]:
    """Every body a statement names, in order; [] if the text does not assign work.

    Each chunk is read by the first shape of grammar/shapes.csv that finds bodies in it.
    Chunks before the first such chunk are skipped (a deadline, a scope); the first chunk
    after it that names no body ends the statement (适用范围：…, 以下均需…).
    """
    g = grammar()
    for _, rx in g.declarations:
        text = rx.sub("", text)
    text = re.sub(r"[,，;；]?\s*下同", "", text)
    named: list[Named] = []
    pending: list[tuple[str, bool]] = []  # bare names waiting for the verb that ends their list
    label_role: str | None = None
    worded = False
    for chunk in _chunks(text):
        read = False
        for shape in g.shapes:
            m = shape.pattern.match(chunk)
            if m is None:
                continue
            if shape.role == "label":
                rest = _after_label(m["names"], g.label_role(m["label"]))
                if rest is None:
                    continue
                label_role, worded, read = g.label_role(m["label"]), True, True
                named.extend(rest)
            elif shape.role == "lead-others":
                leads = _bodies(m["lead"])
                if not leads:
                    continue
                role = g.verb_role(m["verb"]) if m["verb"] else "responsible"
                named.extend(_named(pending, "lead", False) + _named(leads, "lead", True))
                named.extend(_named(_bodies(m["names"]), role, role == "lead"))
                pending, worded, read = [], True, True
            elif shape.role == "verb":
                found = _bodies(m["names"])
                if not found:
                    continue
                role = g.verb_role(m["verb"])
                if label_role == "lead":
                    role = "lead"
                named.extend(_named(pending + found, role, role == "lead"))
                pending, worded, read = [], True, True
            else:  # carry
                found = _bodies(m["names"])
                if not found:
                    continue
                if label_role is not None:
                    named.extend(_named(found, label_role, label_role == "lead"))
                else:
                    pending.extend(found)
                read = True
            break
        if not read and (named or pending):
            break
    if pending and worded:
        named.extend(_named(pending, "responsible", False))
    return named if worded else []


def _after_label(text: str, label_role: str) -> list[Named] | None:
    """The bodies after a label (责任单位：A、B按职责分工负责 / 责任单位：A牵头负责); None if it names none."""
    if not text:
        return []
    for shape in grammar().shapes:
        m = shape.pattern.match(text)
        if m is None or shape.role == "label":
            continue
        if shape.role == "lead-others":
            leads = _bodies(m["lead"])
            if leads:
                return _named(leads, "lead", True) + _named(_bodies(m["names"]), label_role, label_role == "lead")
        elif shape.role == "verb":
            found = _bodies(m["names"])
            if found:
                role = "lead" if "lead" in (label_role, grammar().verb_role(m["verb"])) else label_role
                return _named(found, role, role == "lead")
        else:
            found = _bodies(m["names"])
            if found:
                return _named(found, label_role, label_role == "lead")
    return None


def _named(found: list[tuple[str, bool]], role: str, by_word: bool) -> list[Named]:
    out = []
    for name, starred in found:
        marked = name.endswith("\0")
        out.append(Named(name.rstrip("\0"), "lead" if marked else role, by_word or marked, starred))
    return out


def parse_statement(statement: str) -> list[tuple[str, str]]:
    """(name, role) for every body a statement names, read on its own (no declarations in force)."""
    return [(n.name, n.role) for n in read_statement(statement)]


def find_statements(text: str) -> list[tuple[int, int]]:
    """(start, end) of every responsibility statement in a clause's text."""
    g = grammar()
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in P.OPENERS:
            end = _closing_bracket(text, i)
            if read_statement(text[i + 1:end]):
                found.append((i + 1, end))
                i = end + 1
                continue
            if end - i > 300:  # an unclosed bracket: look inside it
                i += 1
                continue
            i = end + 1 if end < len(text) else i + 1
            continue
        m = g.label.match(text, i)
        if m and re.match(r"\s*[:：]", text[m.end():]):
            stop = text.find("。", m.end())
            if stop < 0 or stop - m.end() > 200:
                verb = re.compile(r"负责|落实").search(text, m.end(), m.end() + 200)
                stop = verb.end() if verb else min(len(text), m.end() + 200)
            if read_statement(text[i:stop]):
                found.append((i, stop))
            i = max(stop, i + 1)
            continue
        i += 1
    return found


def declarations(text: str) -> set[str]:
    """The reading rules a text declares: first-listed, asterisk."""
    return {kind for kind, rx in grammar().declarations if rx.search(re.sub(r"\s+", "", text))}


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


def _listed(named: list[Named], rules: set[str]) -> list[Named]:
    """Apply the document's declarations to one statement's bodies."""
    if "asterisk" in rules and any(n.starred for n in named):
        return [replace(n, role="lead" if n.starred else n.role) for n in named]
    if "first-listed" in rules and named and not any(n.role == "lead" for n in named):
        return [replace(named[0], role="lead")] + named[1:]
    return named


def assign(clauses: tuple[Clause, ...], offsets: dict[str, list[int]]) -> dict[str, list[Assignment]]:
    """Assignments per clause path: listed ones, blanket sentences applied to the tasks after them, then prose.

    `offsets[path]` maps each character of the clause's text to the original text.
    """

    def span(path: str, a: int, b: int) -> Span:
        offs = offsets[path]
        if not offs:
            return Span(0, 0)
        return Span(offs[min(a, len(offs) - 1)], offs[max(a, min(b, len(offs)) - 1)] + 1)

    result: dict[str, list[Assignment]] = {}
    blankets: list[tuple[str, Span]] = []
    rules: set[str] = set()
    for clause in clauses:
        rules |= declarations(clause.text)
        explicit: list[Assignment] = list(_task_columns(clause, span))
        for a, b in find_statements(clause.text):
            where = span(clause.path, a, b)
            named = _listed(read_statement(clause.text[a:b]), rules)
            explicit.extend(Assignment(n.name, n.role, where) for n in named)
        for name, (a, b) in blanket_bodies(clause.text):
            blankets.append((name, span(clause.path, a, b)))
        if explicit:
            named_here = {x.name for x in explicit}
            for name, where in blankets:
                if name in named_here:
                    explicit = [replace(x, blanket=True) if x.name == name else x for x in explicit]
                else:
                    explicit.append(Assignment(name, "responsible", where, True))
        listed = {x.name for x in explicit}
        for name, role, (a, b) in prose_assignments(clause.text):
            if name not in listed:
                explicit.append(Assignment(name, role, span(clause.path, a, b), source="prose"))
        if explicit:
            result[clause.path] = explicit
    return result
