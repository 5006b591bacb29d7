"""Items with no number, each a line closed by the bracket of its owners.

A news report, a forum post or a chat message lists a plan's projects a line each, without numbers:

    对府东新村等7个老旧小区进行基础性改造(住建局牵头)
    马厂七期6栋396套安置房完成主体工程(三水街道牵头)

A text with no numbered heading at all gave no clause ("no clauses found"). Where two lines or more of it end with
a bracket that assigns work (after it, nothing but a copy's residue: spaces, Latin letters, digits, punctuation), each
such line is an item, titled by its words up to its first stop or the bracket.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import patterns as P
from .statements import find_statements

if TYPE_CHECKING:
    from .normalize import Normalized
    from .structure import _Builder

# Lines: the fewest that make a list (one line closed by a bracket may be an aside in a sentence)
_LIST_MIN = 2
# After the owners' bracket: no word, only what a copy leaves (a forum's anti-copy residue, a table's pipe)
_RESIDUE = re.compile(rf"[^{P.CJK}]*")
# Where an item's words begin: its first Chinese character or opening quote
_WORDS = re.compile(rf"[{P.CJK}“\"《]")
# Where an item's title ends: its first stop
_STOP = re.compile(r"[。；;]")


class ClosedLines:
    """The walk's fallback for a text it found no numbered heading in (mixed into structure._Parser)."""

    norm: Normalized
    front: list[tuple[int, int]]
    started: bool

    def _new(self, key: str, number: str, kind: str, parent: _Builder | None, start: int) -> _Builder: ...

    def _closed_lines(self) -> None:
        text = self.norm.text
        closed = [(a, b, words) for a, b in self.front if (words := _closed(text[a:b])) is not None]
        if len(closed) < _LIST_MIN:
            return
        for n, (a, b, (start, title_end)) in enumerate(closed, 1):
            item = self._new(str(n), "", "item", None, a + start)
            item.head = (a + start, a + title_end)
            item.pieces = [(a + start, b)]
        done = {(a, b) for a, b, _words in closed}
        self.front = [piece for piece in self.front if piece not in done]
        self.started = True


def _closed(line: str) -> tuple[int, int] | None:
    """(where its words begin, where its title ends) for a line closed by the bracket of its owners; else None."""
    found = find_statements(line)
    if not found:
        return None
    a, b = found[-1]
    close = b + 1 if b < len(line) and line[b] in ")）】]〕" else b
    if a == 0 or line[a - 1] not in P.OPENERS or not _RESIDUE.fullmatch(line, close):
        return None
    words = _WORDS.search(line)
    if words is None or words.start() >= a - 1:
        return None
    stop = _STOP.search(line, words.start(), a - 1)
    end = stop.start() if stop else a - 1
    return words.start(), len(line[:end].rstrip(" ,，、"))
