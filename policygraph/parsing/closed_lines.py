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
# What ends a line that no item goes on from (a sentence, a colon before the list); how many printed lines one item
# may wrap onto before its bracket
_ENDS = ("。", "：", ":", "！", "？", "!", "?", "；", ";")
_WRAPPED_MAX = 3
# A word of the text (a line of a forum's anti-copy residue has none: ) Y3 J/ M3 J" R! Z)
_CJK = re.compile(rf"[{P.CJK}]")


class ClosedLines:
    """The walk's fallback for a text it found no numbered heading in (mixed into structure._Parser)."""

    norm: Normalized
    front: list[tuple[int, int]]
    started: bool

    def _new(self, key: str, number: str, kind: str, parent: _Builder | None, start: int) -> _Builder: ...

    def _closed_lines(self) -> None:
        text = self.norm.text
        closed = _closed_runs(text, self.front)
        if len(closed) < _LIST_MIN:
            return
        for n, (run, start, title_end) in enumerate(closed, 1):
            item = self._new(str(n), "", "item", None, start)
            item.head = (start, title_end)
            item.pieces = [(max(a, start), b) for a, b in run]
        done = {piece for run, _start, _end in closed for piece in run}
        self.front = [piece for piece in self.front if piece not in done]
        self.started = True


def _closed_runs(text: str, lines: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], int, int]]:
    """The items among the lines: each a line closed by its owners' bracket, or a few lines a printed page wrapped one
    such line onto (…选择3个小区 ⏎ 进行宜居住区提升性改造(住建局牵头); …(罗塘街 ⏎ 道牵头)): (its lines, where its words
    begin, where its title ends), in the text's offsets. A line that ends a sentence, or holds no word, starts none."""
    out = []
    pending: list[tuple[int, int]] = []
    for a, b in lines:
        run = [*pending, (a, b)]
        joined = "".join(text[x:y] for x, y in run)
        words = _closed(joined)
        if words is not None:
            out.append((run, _at(text, run, words[0]), _at(text, run, words[1])))
            pending = []
        elif _CJK.search(text, a, b) and not text[a:b].rstrip().endswith(_ENDS) and len(pending) < _WRAPPED_MAX:
            pending = run
        else:
            pending = []
    return out


def _at(text: str, run: list[tuple[int, int]], k: int) -> int:
    """The text's offset of character k of the run's lines joined."""
    for a, b in run:
        if k <= b - a:
            return a + k
        k -= b - a
    return run[-1][1]


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
