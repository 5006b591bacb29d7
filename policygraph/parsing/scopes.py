"""Statements that hold for the items written above them, not for the one they stand in.

A plan lists its items, then names their owners once for several of them: `1.…⏎2.…⏎（以上两项责任单位：A）`,
`以上工作由A牵头，B配合。`, `（上述三项任务由A负责）`. The line falls into the text of the last item, which alone would
get the bodies (or its heading, where the line is lifted as a closing line). The phrase that says so is data
(grammar/scopes.csv); this module finds it before a statement and gives the statement's bodies to the items it
covers.
"""

from __future__ import annotations

import re
from typing import Protocol

from ..model import Clause
from .grammar import grammar
from .numerals import cn_int

# Where the phrase may open: the text's start, a line, a sentence or a bracket
_SENTENCE_START = re.compile(r"(?:^|(?<=[\n。；;（(【\[]))[ \t\u3000]*")
# Characters: the longest phrase looked for before a statement (以上各项重点任务均由)
_PHRASE_MAX = 16

ALL_ABOVE = 0


class _Named(Protocol):
    name: str


def scope_above(text: str, start: int) -> int | None:
    """How many items above the statement at `start` holds for: a count (以上两项 → 2), ALL_ABOVE (以上工作: every
    item since the last such statement), or None (the statement is its own clause's)."""
    scope = grammar().scope_above
    at = max(0, start - _PHRASE_MAX)
    for opened in _SENTENCE_START.finditer(text, at, start + 1):
        m = scope.match(text, opened.end())
        if m and opened.end() <= start and (m.end() >= start or not text[m.end() : start].strip(" \t\u3000：:")):
            return cn_int(m["count"]) if m["count"] else ALL_ABOVE
    return None


def without_scope(text: str) -> str:
    """The statement without the phrase (以上三项工作由A负责 / 以下各项由A负责 read as A负责)."""
    scope = grammar().scope_any
    if not scope.search(text):
        return text
    out, last = [], 0
    for opened in _SENTENCE_START.finditer(text):
        m = scope.match(text, opened.end())
        if m and m.start() >= last:
            out.append(text[last : m.start()])
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def covered(clauses: tuple[Clause, ...], holder: Clause, count: int, scoped: set[str]) -> list[Clause]:
    """The items a scoped statement in `holder` holds for: `holder` and the siblings before it under the same
    heading — the last `count` of them, or (ALL_ABOVE) all since the last sibling that held a scoped statement."""
    siblings = [c for c in clauses if c.parent == holder.parent and c.kind == holder.kind]
    if holder not in siblings or (not count and holder.kind not in ("item", "task")):
        return [holder]  # 以上工作 at a part's end, no items above it: the parts before (指导思想…) are no tasks of it
    upto = siblings[: siblings.index(holder) + 1]
    if count:
        return upto[-count:]
    since = [i for i, c in enumerate(upto[:-1]) if c.path in scoped]
    return upto[since[-1] + 1 :] if since else upto


def spread_above(
    clauses: tuple[Clause, ...], result: dict[str, list[_Named]], scoped: dict[str, list[tuple[int, list[_Named]]]]
) -> None:
    """Give every item a scoped statement covers (see covered) its bodies, where the item does not name them."""
    by_path = {c.path: c for c in clauses}
    for path, statements in scoped.items():
        for count, named in statements:
            for item in covered(clauses, by_path[path], count, set(scoped)):
                have = {x.name for x in result.get(item.path, [])}
                result.setdefault(item.path, []).extend(x for x in named if x.name not in have)
