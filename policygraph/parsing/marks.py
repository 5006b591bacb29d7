"""Whether a numbering mark starts a clause: it must continue its list.

A "1." inside a sentence, a decimal at a line's start and a line broken before a number are text; a
copy's skipped numbers, an excerpt that begins in the middle of a list and dotted numbers
(2.2.1 under 2.2) are headings. The parser keeps the open lists (`stack`) and the last number of each
style (`last`); these rules read them.
"""

from __future__ import annotations

import re

from . import patterns as P
from .grammar import grammar
from .numerals import cn_int


def match_heading(line: str) -> tuple[str, int, int] | None:
    """(style, number, end of marker) if the line starts with a numbering marker."""
    for style, rx in P.HEADING_STYLES.items():
        m = rx.match(line)
        if m:
            return style, cn_int(m.group(1)), m.end()
    return None


class Numbering:
    """The numbering rules of structure._Parser (which holds `stack`, `last`)."""

    stack: list
    last: dict[str, int]

    def _continues(self, style: str, n: int) -> bool:
        """n is the next number of an open or interrupted list of this style (never a new list)."""
        return n >= 2 and self._accepts(style, n)

    def _accepts(self, style: str, n: int, gap: int = 0) -> bool:
        """n follows the open or last list of this style, up to `gap` numbers left out."""
        for b in self.stack:
            if b.style == style:
                return b.n < n <= b.n + 1 + gap
        last = self.last.get(style, 0)
        # An excerpt may begin anywhere in a list: the text's first mark may be (八). A list first met later may
        # have lost its first items, as any list may (…。\n2.完善综合竣工验收制度。).
        if last == 0:
            return n == 1 or (gap > 0 and (not self.last or n <= 1 + gap))
        return n == 1 or last < n <= last + 1 + gap

    def _restarts(self, style: str, n: int, line: str, end: int, prev_end: str, prev_line: str) -> bool:
        """A titled 1. after a finished sentence or a heading, below an open list of the same style that has gone
        past 2, starts that list again: the heading between was lost or never numbered (a 领域 cell of a web table,
        a group in bold, a line of words alone: 保障措施). Never after a colon, where a list inside the item begins
        (具体包括：1.…)."""
        if n != 1 or prev_line.rstrip()[-1:] in (":", "："):
            return False
        if prev_end not in P.RESTART_AFTER and not P.UNNUMBERED_HEADING.match(prev_line):
            return False
        return self._titled(line, end) and any(b.style == style and b.n >= 2 for b in self.stack)

    def _outranks_all(self, style: str) -> bool:
        """A style met for the first time that ranks above every open one in the usual order (一、 over （一） over 1.)
        starts at the top: the text began below it (an excerpt from （一）), it is not their sub-item."""
        rank = P.DOTTED_STYLES if style in P.DOTTED_STYLES else P.USUAL_ORDER  # 3 预警 after an excerpt's 2.1, 2.2
        if style not in rank or self.last.get(style) or not self.stack:
            return False
        return all(b.style in rank and rank.index(style) < rank.index(b.style) for b in self.stack)

    def _dotted_under(self, style: str, marker: str) -> bool:
        """2.2.1 only under the open 2.2 (and 2.2 under 2): a number's other parts name its parent clause."""
        if style not in P.DOTTED_STYLES or style == P.DOTTED_STYLES[0]:
            return True
        above = P.DOTTED_STYLES[P.DOTTED_STYLES.index(style) - 1]
        parent = next((b for b in reversed(self.stack) if b.style == above), None)
        prefix = marker.strip().rsplit(".", 1)[0]
        if parent is None:  # an excerpt that begins at 2.2.1 (or at 2.1: its siblings follow it)
            shallower = P.DOTTED_STYLES[: P.DOTTED_STYLES.index(style)]
            return not any(b.style in shallower for b in self.stack)
        return parent.number == prefix

    def _gap(self, style: str, line: str, end: int, prev_end: str, prev_line: str = "") -> int:
        """How many numbers a heading may skip: published copies leave items out (1.…2.…5.). Only a titled
        line after a finished sentence: a line broken inside one (见第\n3.条) is not a heading. A Chinese numeral
        first met above every open list (an excerpt from （一） meets 四、) need not be titled: its heading may run
        on into its paragraph in text whose line breaks were lost (四、改造交通瓶颈，提高通行能力按照…。)."""
        spelled = style in P.CN_NUMERAL_STYLES and self._outranks_all(style)
        if not self.last and style == P.DOTTED_STYLES[0]:  # the text's first mark: an excerpt may begin at 2 组织体系
            return P.NUMBER_GAP
        if self._first_under_bare_heading(style, prev_line) and self._titled(line, end):
            return P.STRAIGHT_THROUGH_GAP
        # the text's first mark right under a line of words alone (the title, or a part's unnumbered heading: 大力实施
        # 乡村振兴战略; in text run together, the words after the last sentence): an excerpt that begins inside a
        # list, at （二十四）, as one after a sentence may
        if not self.last:
            words = re.split(r"[。；;！？]", prev_line)[-1]
            if words.strip() and P.BARE_TITLE.match(words) and self._titled(line, end):
                return P.NUMBER_GAP
        return P.NUMBER_GAP if prev_end in P.SENTENCE_ENDS and (self._titled(line, end) or spelled) else 0

    def _first_under_bare_heading(self, style: str, prev_line: str) -> bool:
        """A list never met before whose first mark comes right under the heading line of the open clause: items
        numbered straight through the sections (（三）… then 7.) whose copy left out the items of the sections
        before, as a summary that keeps only the section headings does."""
        if self.last.get(style) or not self.stack or len(self.stack[-1].pieces) > 1:
            return False
        above = match_heading(prev_line)
        bare = above is not None and P.BARE_TITLE.match(prev_line[above[2] :])
        return bool(bare) and above[0] == self.stack[-1].style != style

    @staticmethod
    def _titled(line: str, end: int) -> bool:
        """The words after the mark ending at `end` are a heading's: a short titled sentence, a line of its own, or
        an item's words closed by the bracket of its owners (4.推进传统中医惠民行动,(责任单位:A、B等))."""
        rest = line[end:]
        return bool(P.TITLED_HEADING.match(rest) or P.TITLE_LINE.match(rest) or _assigned(rest))


def _assigned(words: str) -> bool:
    """An item's words whose line ends with the bracket of its owners: a body label opens it (责任单位:A、B等) or
    a role verb closes it (A牵头,B配合 / A负责)."""
    m = P.ASSIGNED_ITEM.match(words)
    if not m:
        return False
    g, inside = grammar(), m["inside"].strip()
    return bool(g.label.match(inside) or g.verb.search(inside))
