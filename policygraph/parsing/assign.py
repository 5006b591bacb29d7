"""Assign bodies to clauses: the statements of each clause read, then what holds across clauses.

statements.py finds the statements and responsibility.py reads each; this module applies what a document says
once for many clauses: its declarations (列第一位者为牵头单位，下同), blanket sentences (以下均需…落实), a bracketed
line that closes an item's sub-items, a heading that names the owner of the tasks under it, and
task-division table columns. Obligations written as sentences come from prose.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..model import Clause, Span
from ..printed import LINE_BRACKETS, LINE_STOPS
from . import patterns as P
from .columns import column_role, is_task_header, names_bodies
from .declared import blanket_bodies, declarations, heading_owners, noted_declarations
from .grammar import grammar
from .prose import colon_subjects, opening_subjects, prose_assignments
from .responsibility import Named, list_bodies, only_bodies, plain, read_statement, with_role
from .scopes import scope_above, spread_above
from .statements import BARE_LISTS_NEEDED, closing_lines, closing_lists, find_statements, labels_as_lines
from .structure import text_span


@dataclass(frozen=True)
class Assignment:
    """One body named by one statement, before names are made canonical."""

    name: str
    role: str
    span: Span
    blanket: bool = False
    source: str = "listed"  # listed (a label, role verb, mark or table column) | prose (a sentence)


def _task_columns(
    clause: Clause, span, rules: set[str], above: dict[tuple[tuple[str, ...], int], str]
) -> list[Assignment]:
    """Bodies in the lead and responsible columns of a task-division table row.

    Marks and declarations hold here as in statements: 市民政局（牵头） leads; where the document (or the
    header) declares that the first-listed body leads, a row with no lead column gives its first body the lead.
    A cell that says 同上 names what the cell above it named (`above`: the last cell of each column of each table).
    """
    named: list[tuple[Named, Span]] = []
    for column, role, cell in _body_cells(clause):
        at = clause.text.find(cell)
        where = span(clause.path, at, at + len(cell)) if at >= 0 else clause.span
        key = (clause.rows[0], column)  # the header names the table (grouped rows have other parents)
        if cell.strip() in P.SAME_AS_ABOVE and key in above:
            cell = above[key]
        above[key] = cell
        persons = bool(grammar().person_word.search(clause.rows[0][column]))  # 责任单位及责任人
        named.extend((n, where) for n in _cell_bodies(cell, role, persons))
    where_of = {n.name: w for n, w in named}
    return [Assignment(n.name, n.role, where_of[n.name]) for n in _listed([n for n, _w in named], rules)]


def _body_cells(clause: Clause) -> list[tuple[int, str, str]]:
    """(column, role, cell) of each lead or responsible column of a task-division table row that is not empty."""
    if clause.kind != "task" or len(clause.rows) < 2:
        return []
    cells = enumerate(zip(clause.rows[0], clause.rows[1], strict=False))
    return [(i, role, cell) for i, (title, cell) in cells if (role := column_role(title)) and cell.strip()]


def _without_body_cells(clause: Clause) -> str:
    """A task row's text with its body columns blanked (same length): _task_columns reads them, and run together with
    the task (工作专班牵头单位 then the next cell's name) they would read as a label between two names. A column of
    bodies with no role (评分部门, 督办单位: who scores or supervises the task) is blanked too: never its owners."""
    text = clause.text
    if clause.kind != "task" or len(clause.rows) < 2:
        return text
    # right to left from the row's end: a body column's cell is after the task's, whose text may name the same body
    # (…由国土资源部会同农业部负责落实 | 国土资源部 | 农业部)
    limit = len(text)
    for title, cell in reversed(list(zip(clause.rows[0], clause.rows[1], strict=False))):
        cell = re.sub(r"\s+", "", cell)
        if not (cell and names_bodies(title)):  # a lead or responsible column, or one of bodies with no role
            continue
        at = text.rfind(cell, 0, limit)
        if at >= 0:
            text, limit = text[:at] + " " * len(cell) + text[at + len(cell) :], at
        else:
            text = _without_parts(text, cell)
    return text


def _without_parts(text: str, cell: str) -> str:
    """A cell printed over several lines comes between the other cells' lines (市委组织部、市人 | 缺人才开发项目。 |
    力资源和社会保障局…): its parts are found from its end, each the longest that the text holds, and blanked."""
    limit = len(text)
    while cell:
        cut = next((k for k in range(len(cell)) if text.rfind(cell[k:], 0, limit) >= 0), len(cell))
        if cut == len(cell):
            break
        at = text.rfind(cell[cut:], 0, limit)
        text, limit = text[:at] + " " * (len(cell) - cut) + text[at + len(cell) - cut :], at
        cell = cell[:cut].rstrip("、")
    return text


def _cell_bodies(raw: str, role: str, persons: bool = False) -> list[Named]:
    """A body column's cell: a list (A、B), or a statement (A、B按职责分工负责; A牵头，B配合).

    A statement that names its own lead keeps its roles; otherwise the column gives the role. A declaration in the
    cell (A、B（排名第一为牵头单位）) is no part of its last name; where the column names persons too (`persons`:
    责任单位及责任人) the cell may end with the person in charge (县财政局李四).
    """
    cell = re.sub(r"\s+", "", raw)  # a name wrapped inside its cell (县财\n政局) is whole again
    stated = read_statement(cell)
    if any(n.role == "lead" for n in stated):
        return stated
    if stated:
        return [replace(n, role=role) for n in stated]
    led = _LED_AFTER.fullmatch(cell)  # A、B（B牵头）: the cell's list, then which of its bodies leads
    if led and (leads := {n.name for n in read_statement(led["said"]) if n.role == "lead"}):
        found = list_bodies(plain(led["names"]))
        if found and leads <= {f.name for f in found}:
            return [Named(f.name, "lead" if f.name in leads else role, f.starred) for f in found]
    bare = plain(cell)
    found = (_before_person(bare) if persons else ()) or list_bodies(bare)
    return with_role(found, role)


_LED_AFTER = re.compile(r"(?P<names>.+)[(（](?P<said>[^()（）]+)[)）]")


def _before_person(cell: str) -> tuple:
    """县财政局李四 / 县人社局局长王五 / A、B赵六: the bodies before the person in charge that a 责任单位及责任人 cell
    names after them (the space between squeezed out); () if the cell does not end so."""
    g = grammar()
    for end in range(2, len(cell) - 1):
        head, who = cell[:end], P.PERSON_IN_CHARGE.fullmatch(cell[end:])
        if who and g.body_end.search(head) and not any(g.body_end.search(who["name"][:k]) for k in range(1, 5)):
            found = list_bodies(head)
            if found and only_bodies(head):
                return found
    return ()


def _listed(named: list[Named], rules: set[str]) -> list[Named]:
    """Apply the document's declarations to one statement's bodies."""
    # one starred body of several leads even where the note explaining the star is not in the text (it stood in
    # the notice, or a page's copy cut it off): 区财政局*、区发改局 — no other reading of a star on a name is in use
    if ("asterisk" in rules and any(n.starred for n in named)) or (
        len(named) > 1 and sum(n.starred for n in named) == 1
    ):
        return [replace(n, role="lead" if n.starred else n.role) for n in named]
    parts = {n.part for n in named}
    if "first-part" in rules and len(parts) > 1 and not any(n.role == "lead" for n in named):
        return [replace(n, role="lead") if n.part == min(parts) else n for n in named]
    if "first-listed" in rules and named and not any(n.role == "lead" for n in named):
        return [replace(named[0], role="lead")] + named[1:]
    if "responsible-leads" in rules and not any(n.role == "lead" for n in named):
        return [n if n.helps else replace(n, role="lead") for n in named]
    return named


# a paragraph starts after a line break, an indent (　　), or a sentence's end and one space: a PDF's text layer
# saved as one line joins its printed lines by spaces (…知晓率。 （责任单位：…）)
_PARAGRAPH_START = re.compile(
    rf"\n|{P.PARAGRAPH_INDENT}|(?<=[{re.escape(''.join(LINE_STOPS))}]) (?=[{re.escape(''.join(LINE_BRACKETS))}])"
)


def _closing_line(clause: Clause, found: list[Assignment], source: str) -> str | None:
    """How the clause's listed bodies stand in a line of their own at its end: "bracket", "line", or None.

    Such a line after the last of several sub-items that name no one ((1)…(4) then （责任单位：…）, or
    1.…2. then 牵头单位：A) is set at the level of the item they belong to: it assigns the whole item, not
    its last sub-item.
    """
    listed = [x for x in found if x.source == "listed" and not x.blanket]
    if not source or len(listed) != len(found):
        return None
    start = min(x.span.start for x in listed)
    # what stands between the start of its paragraph and the first body
    # (a converter's bold marks around the label, (**责任单位**：…), are not words)
    before = P.MARKDOWN_BOLD.sub("", _PARAGRAPH_START.split(source[max(0, start - 40) : start])[-1]).strip()
    after = source[max(x.span.end for x in listed) : clause.span.end]
    if re.sub(r"[\s)）】\]。.;；]", "", after) or before not in ("", *LINE_BRACKETS):
        return None
    return "line" if not before else "bracket"


def _depth(path: str) -> int:
    return path.count(".")


def _lift_closing_lines(clauses: tuple[Clause, ...], result: dict[str, list[Assignment]], source: str) -> None:
    """Give a parent the bodies of a closing line after its sub-items (see _closing_line).

    Where the sub-items carry their own lines (per-item task lists) the last line stays the last item's. An
    unbracketed label line is lifted only where the document states owners at the parent's level elsewhere
    (（一）…1.…2.…责任单位：A beside （二）…责任单位：B): under items that name no one it is the last item's own.
    """
    children: dict[str, list[Clause]] = {}
    for clause in clauses:
        if clause.parent:
            children.setdefault(clause.parent, []).append(clause)
    owning = list(result)  # the clauses that state owners of their own, before any line is lifted
    for parent, kids in children.items():
        last = kids[-1]
        if len(kids) < 2 or parent in result or last.path not in result:
            continue
        if any(p == k.path or p.startswith(k.path + ".") for k in kids[:-1] for p in result):
            continue  # the sub-items carry their own bodies: the line is the last one's
        if any(p.startswith(last.path + ".") for p in result):
            continue
        closing = _closing_line(last, result[last.path], source)
        peers = any(_depth(p) == _depth(parent) and not p.startswith(parent + ".") for p in owning)
        if closing == "bracket" or (closing == "line" and peers):
            result[parent] = result.pop(last.path)


def _closes_with_lists(clauses: tuple[Clause, ...]) -> bool:
    """Whether the document closes its items with lists of bodies (bare, or saying their roles): three or more of
    them, or every item of a short document (two items, each closed so; one bracket alone may be an aside). A page
    that gives one item closed by a line of nothing but its bodies (推进…。⏎市级有关部门、各区县政府) says who does it:
    a line is no aside."""
    closing = [closing_lists(c.text) for c in clauses]
    items = [(c, n) for c, n in zip(clauses, closing, strict=True) if c.kind == "item"]
    if sum(closing) >= BARE_LISTS_NEEDED or (len(items) >= 2 and all(n for _c, n in items)):
        return True
    return len(items) == 1 and closing_lines(items[0][0].text) == 1


def assign(clauses: tuple[Clause, ...], offsets: dict[str, list[int]], source: str = "") -> dict[str, list[Assignment]]:
    """Assignments per clause path: listed ones, blanket sentences applied to the tasks after them, then prose.

    `offsets[path]` maps each character of the clause's text to the original text (`source`).
    """

    def span(path: str, a: int, b: int) -> Span:
        return text_span(offsets[path], a, b)

    result: dict[str, list[Assignment]] = {}
    scoped: dict[str, list[tuple[int, list[Assignment]]]] = {}  # 以上两项责任单位：A — statements for items above
    blankets: list[tuple[str, Span]] = []
    above: dict[tuple[tuple[str, ...], int], str] = {}  # the last cell of each body column of each table (同上)
    # a starred name leads wherever the document explains the star, often in a note after the table
    # (注：标*的为牵头单位)
    # and where a document says once that without a lead its responsible bodies lead (武汉: 无牵头单位的，责任单位即为
    # 牵头单位), in the notice before its tasks
    rules: set[str] = ({"asterisk", "responsible-leads"} & declarations(source)) | noted_declarations(source)
    # （A、B） closing item after item: the document's own way of saying who does the work; a declaration of how
    # its lists are read (列第一位者为牵头单位, 带*号的为牵头单位) says the same at once
    bare = bool(declarations(source)) or _closes_with_lists(clauses)
    for clause in clauses:
        rules |= declarations(clause.text)
        if clause.kind == "table" and clause.rows and is_task_header(clause.rows[0]):
            continue  # a task table's text is its rows', each read as its own task: never the table's
        explicit: list[Assignment] = list(_task_columns(clause, span, rules, above))
        own = _without_body_cells(clause)
        text = labels_as_lines(own)
        heading_end = _heading_line_end(clause)
        for a, b in find_statements(own, heading_end, bare):
            where = span(clause.path, a, b)
            named = [Assignment(n.name, n.role, where) for n in _listed(read_statement(text[a:b], bare), rules)]
            explicit.extend(named)
            if named and (count := scope_above(own, a)) is not None:
                scoped.setdefault(clause.path, []).append((count, named))
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
        prose = prose_assignments(clause.text, heading_end)
        # （三）县卫健委：完善… — the body a duty list names first (a preamble's 各乡镇人民政府： is its addressee)
        if clause.kind in P.OWNER_KINDS or clause.kind == "item":
            subjects = {name for name, _role, _span in prose}
            prose += [x for x in colon_subjects(clause.text) if x[0] not in subjects]
        for name, role, (a, b) in prose:
            if name not in listed:
                explicit.append(Assignment(name, role, span(clause.path, a, b), source="prose"))
        if explicit:
            result[clause.path] = explicit
    spread_above(clauses, result, scoped)
    _lift_closing_lines(clauses, result, source)
    _same_as_above(clauses, result, span)
    _heading_owners(clauses, result, span, source)
    return result


@cache
def _same_as_above_pattern() -> re.Pattern[str]:
    label = grammar().label.pattern
    same = "|".join(sorted(P.SAME_AS_ABOVE, key=len, reverse=True))
    return re.compile(rf"[(（【]\s*(?:(?:{label})\s*[:：]?\s*)?(?:{same})\s*[)）】]|(?:{label})\s*[:：]\s*(?:{same})")


def _same_as_above(clauses: tuple[Clause, ...], result: dict[str, list[Assignment]], span) -> None:
    """（同上） / 责任单位：同上: the listed owners of the clause before it, copied (a table's cell that says 同上 is
    read by _task_columns, column by column)."""
    previous: list[Assignment] = []
    for clause in clauses:
        listed = [x for x in result.get(clause.path, []) if x.source == "listed"]
        if listed:
            previous = listed
            continue
        said = _same_as_above_pattern().search(clause.text)
        if previous and said:
            where = span(clause.path, *said.span())
            result.setdefault(clause.path, []).extend(replace(x, span=where, blanket=False) for x in previous)


def _heading_line_end(clause: Clause) -> int:
    """Where the clause's heading ends in its text, if the heading was a line of its own (二、保障措施, joined to the
    paragraph under it); 0 if it is the start of the first sentence, cut at a comma or at the longest a heading is."""
    end = len(clause.heading)
    cut = end >= P.HEADING_MAX or clause.text[end : end + 1] in (",", ";", "，", "；")
    return end if clause.text.startswith(clause.heading) and not cut else 0


def _heading_owners(clauses: tuple[Clause, ...], result: dict[str, list[Assignment]], span, source: str = "") -> None:
    """Give a heading's owner to every task under it (the heading itself when nothing is under it).

    Parts and sections; and an item that is nothing but its heading over points (（一）县发改局： over 1.… 2.…), or
    whose heading names a body alone before its duty (（一）区工商分局。负责…). A body alone heads a list of its own
    duties: it owns no heading with nothing under it and nothing after it (a list of member units), nor points that
    mostly name their own subjects (成员单位职责 over 1.公安部负责… 2.财政部负责…); the duties are sentences without
    their subject, read as prose (styles.md §5: the body stands in no list of owners)."""
    parents = {c.parent for c in clauses if c.parent}
    for clause in clauses:
        only_heading = clause.text.strip().rstrip("。.:：") == clause.heading
        heads = clause.kind in P.OWNER_KINDS or (clause.kind == "item" and (clause.path in parents) == only_heading)
        owners = heading_owners(clause.heading) if heads else []
        start = clause.text.find(clause.heading[:4])
        where = span(clause.path, max(start, 0), max(start, 0) + len(clause.heading))
        if not owners:
            if clause.kind in P.OWNER_KINDS or clause.kind == "item":
                _statement_in_heading(clause, clauses, parents, result, where, source)
            continue
        below = [c for c in clauses if c.path.startswith(clause.path + ".") and c.path not in parents]
        if any(not n.role for n in owners) and (not below and only_heading or _own_subjects(below, result)):
            continue
        if below and clause.path in result:  # the heading read as a sentence: its owner is the tasks'
            mine = {n.name for n in owners}
            kept = [x for x in result[clause.path] if x.name not in mine]
            if kept:
                result[clause.path] = kept
            else:
                del result[clause.path]
        for task in below or [clause]:
            named = {x.name for x in result.get(task.path, [])}
            own = task is clause and task.text.startswith(task.heading)  # 区工商分局。负责…: the duty after the heading
            duty = task.text[len(task.heading) :] if own else task.text
            extra = [
                Assignment(n.name, n.role, where) if n.role else _duty(n.name, duty, where)
                for n in owners
                if n.name not in named
            ]
            if extra:
                result[task.path] = result.get(task.path, []) + extra


def _own_subjects(below: list[Clause], result: dict[str, list[Assignment]]) -> bool:
    """Whether most points under a heading name their own subjects (成员单位职责 over 1.县公安局负责…): a category,
    not the body whose duties they are."""
    return 2 * sum(any(x.source == "prose" for x in result.get(c.path, ())) for c in below) > len(below)


def _duty(name: str, duty: str, where: Span) -> Assignment:
    """A body a heading names alone, for one duty under it: the duty's opening says its role (1.牵头… leads, 1.会同…:
    the body works with others, leading), else it is responsible."""
    role = dict(opening_subjects(name + "：" + duty.lstrip(" 。.:：\n"))).get(name, "responsible")
    return Assignment(name, role, where, source="prose")


# Characters between a heading's end and its statement's first body: a space, a bracket, a label's colon
_HEADING_STATEMENT_GAP = 3


def _statement_in_heading(
    clause: Clause, clauses, parents: set, result: dict[str, list[Assignment]], where, source: str = ""
) -> None:
    """一、强化科技创新（区科技局牵头） over items that name no one, or （一）完善设施（牵头单位：A） over its
    points: the heading's statement is theirs (it stands in the heading's text, or right after it: the heading ends
    where its statement begins). Not after a heading that is a paragraph's first sentence (一、“互联网+”创业创新充分
    发挥…新引擎。（牵头单位：A） where the page lost the break after the title): that statement is the section's own."""
    # a heading that is a paragraph's first sentence: a statement inside it is the title's
    # (一、强化科技创新（区科技局牵头）以统筹…。), one after its 。 the paragraph's
    gap = 0 if len(clause.heading) > P.HEADING_MAX else _HEADING_STATEMENT_GAP

    def near(at: int) -> bool:  # (spaces between count for nothing: a letter-spaced line, 一 、 强 化 … （ 区 …）
        between = len(re.sub(r"\s", "", source[where.end : at])) if source else at - where.end
        return at < where.end or between < gap

    mine = [
        x
        for x in result.get(clause.path, [])
        if x.source == "listed" and where.start <= x.span.start and near(x.span.start)
    ]
    below = [
        c for c in clauses if c.path.startswith(clause.path + ".") and c.path not in parents and c.path not in result
    ]
    if not (mine and below):
        return
    for task in below:
        result[task.path] = list(mine)
    kept = [x for x in result[clause.path] if x not in mine]
    if kept:
        result[clause.path] = kept
    else:
        del result[clause.path]
