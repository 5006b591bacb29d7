"""The lines around a document's body: its front matter, contents, annex list, signature and one-task pages.

A document's clauses sit between a front (masthead, 文号, cover notice, title, perhaps a 目录 and a notice's list of
its annexes) and a tail (the signature with its issuers, 抄送, 印发). The walk (structure.py) asks these rules, line
by line, whether a line belongs to the front or the tail rather than to a clause; where no numbered heading came at
all, `_single_task` reads a page that gives one task and its owners in labelled fields.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import patterns as P
from .grammar import grammar
from .headings import part_title
from .marks import match_heading
from .normalize import squeeze

if TYPE_CHECKING:
    from .normalize import Normalized
    from .structure import _Builder

# Issuers printed one a line above a signature's date: a joint notice has two or three (党委, 政府, 办公室).
_ISSUER_LINES = 3

# 附件： alone on its line (or before the first title: 附件：1.某某方案), the notice's numbered list of its annexes'
# titles below it
_ANNEX_LIST = re.compile(r"^\s*附\s*件\s*[:：]\s*(?:$|\d{1,2}\s*[.．、])")

# 重点工作：135.统筹…: the number a page of one task keeps from the list it was taken from (up to 3 digits: a
# 政府工作报告 has a few hundred tasks), never a decimal or a quantity (2.5亿元, 3个)
_TASK_NUMBER = re.compile(rf"\s*([0-9]{{1,3}})\s*[.．、](?![0-9])\s*(?=[{P.CJK}“《])")


# A printed line a page wrapped a paragraph at runs nearly to the text's edge and ends inside a sentence
_FULL_LINE = 0.85
_SENTENCE_END = ("。", "；", ";", "：", ":", "！", "？", "!", "?")


def _wrapped_before(line: str, width: int) -> bool:
    """Whether `line` is a printed line the paragraph after it goes on from (…新增筹资主要用于提高 ⏎ 基本医疗保障…): as
    wide as the page's widest line, nearly, with a sentence's marks in it and ending inside a sentence; a title or a
    field line before is not."""
    line = line.strip()
    full = len(line) >= max(P.PRINTED_WIDTH_LEAST, _FULL_LINE * width)
    # (a sentence's words: a mark inside it; a title has none: 某县2023年重点任务分解)
    return full and not line.endswith(_SENTENCE_END) and re.search(r"[，,、；;。]", line) is not None


class FrontMatter:
    """The front- and end-matter rules of structure._Parser (which holds the lines of the front and the tail)."""

    norm: Normalized
    front: list[tuple[int, int]]
    tail: list[tuple[int, int]]
    stack: list[_Builder]
    started: bool
    preamble: _Builder | None
    contents: str | None
    annex_list: bool

    def _new(self, key: str, number: str, kind: str, parent: _Builder | None, start: int) -> _Builder: ...

    def _current(self) -> _Builder | None: ...

    def _split_front(self, body_start: int) -> None:
        """Front lines before the first heading: the last opener-led run is the preamble."""
        text = self.norm.text

        def is_stop(line: str) -> bool:  # a cover line: date, 文号 or addressee, not a sentence citing them
            short = len(line) <= 40
            addressee = P.ADDRESSEE.search(line) and "。" not in line and len(line) <= 160
            return bool(addressee or (short and (P.DATE.search(line) or P.DOC_NUMBER.search(line))))

        stops = [i for i, (a, b) in enumerate(self.front) if is_stop(text[a:b])]
        first = stops[-1] + 1 if stops else 0
        for i in range(first, len(self.front)):
            a, b = self.front[i]
            m = P.PREAMBLE_OPENER.search(text, a, b)
            if m:
                self.preamble = self._new("preamble", "", "preamble", None, m.start())
                self.preamble.head = (m.start(), m.start())
                self.preamble.pieces = [(m.start(), b)] + self.front[i + 1 :]
                self.front = self.front[:i] + ([(a, m.start())] if m.start() > a else [])
                return

    def _annex_entry(self, line: str) -> bool:
        """附件：⏎1.某某方案⏎2.某某清单: the notice's list of its annexes, no clauses (the body is in the annexes)."""
        if _ANNEX_LIST.match(line):
            self.annex_list = True
            return False  # the label itself: front matter before the body, end matter after it
        if self.annex_list:
            heading = match_heading(line)
            if heading and part_title(line[heading[2] :]) and "。" not in line:
                return True
            self.annex_list = False
        return False

    def _in_contents(self, line: str, a: int, b: int) -> bool:
        """A table of contents (目录 and its entries) is front matter, not clauses: from its label to where its first
        entry is met again (the body's first heading), or to the first line of prose if the body's headings differ."""
        if self.contents is None and not self.stack and P.CONTENTS.match(line):
            self.contents = ""
        elif self.contents is not None:
            entry = P.CONTENTS_ENTRY_END.sub("", re.sub(r"\s+", "", line))
            if not self.contents:
                self.contents = entry
            elif entry == self.contents or len(entry) > P.CONTENTS_ENTRY_MAX or "。" in entry:
                self.contents = None
                return False
        else:
            return False
        (self.tail if self.started else self.front).append((a, b))
        return True

    def _attached_title(self, line: str, at: int) -> bool:
        """The title of the plan a signed notice issues (…责任分解方案), standing alone after the signature.

        Not a copy of the document's own title: web pages print the whole document twice, and a title
        seen before counts only where the notice named it as what it issues (印发…, or 《…》 as in
        现将《…》印发给你们 and 《…》已经市政府同意).
        """
        text = line.strip()
        if len(text) > 60 or "。" in text or not P.PART_TITLE.search(text) or P.END_MATTER.match(text):
            return False
        if P.DATE.search(text):
            return False
        before = squeeze(self.norm.text[:at])
        seen = [m.start() for m in re.finditer(re.escape(squeeze(text)), before)]
        return not seen or any(re.search(r"(?:印发[《〈]?|[《〈])$", before[max(0, i - 4) : i]) for i in seen)

    def _issuers_above(self) -> None:
        """The issuer lines printed above a signature's date (国务院 / 中共某市委 某市人民政府) are end matter, not the
        last clause's text, where they would read as a list of bodies closing the item."""
        target, text, issuers = self._current(), self.norm.text, []
        while target is not None and len(target.pieces) > 1 and len(issuers) < _ISSUER_LINES:
            a, b = target.pieces[-1]
            line = text[a:b].strip()
            if not (P.SIGNATURE.match(line) and len(line) <= 30) or line.startswith("各"):
                break
            issuers.insert(0, target.pieces.pop())
        self.tail.extend(issuers)

    def _is_signature(self, line: str) -> bool:
        """An issuer-and-date line such as 莆田市人民政府办公室 2023年6月5日."""
        m = P.DATE.search(line)
        return bool(m) and len(line) <= 50 and "。" not in line and m.end() >= len(line.rstrip()) - 2

    def _point_of_a_field(self, heading: tuple[str, int, int], prev_line: str) -> bool:
        """1. after a field's label (第三季度：) on a page of one task whose owners stand in labelled fields before it
        (牵头单位：A): a point of that field's value, not the page's first clause (光明 2020's progress report, its
        lines run together then parted again). The page is read as one task (_single_task)."""
        if self.started or heading[1] != 1 or heading[0] in P.CN_NUMERAL_STYLES:
            return False
        if not prev_line.rstrip().endswith((":", "：")):
            return False
        for a, b in self.front:
            line = self.norm.text[a:b].strip()
            m = grammar().label.match(line)
            if m and line[m.end() :].lstrip()[:1] in ("", ":", "："):  # 牵头单位： / 牵头单位 alone: a field
                return True
        return False

    def _single_task(self) -> None:
        """A page that gives one task and its owners without a number (a 任务分解 column's page per task: 具体任务 /
        the task / 责任单位 / its list): from the task's line on, the page is one item named by the task's words up
        to its first 。 or ；. The task is the line a task label (具体任务) names, or else the last line before the
        labels."""
        g, text = grammar(), self.norm.text
        lines = [text[a:b] for a, b in self.front]
        labelled = [i for i, line in enumerate(lines) if g.label.match(line.strip())]
        if not labelled or labelled[0] == 0:
            return
        named = [i for i in range(labelled[0]) if g.task_field.match(lines[i])]
        first = named[-1] if named else labelled[0] - 1
        if not named:  # the task's paragraph as a printed page wrapped it: back to its first printed line
            width = max(len(line.strip()) for line in lines[: labelled[0]])
            while first > 0 and _wrapped_before(lines[first - 1], width):
                first -= 1
        skip = g.task_field.match(lines[first])
        if skip and not lines[first][skip.end() :].strip():  # 具体任务 alone on its line: the task is the next one
            first, skip = first + 1, None
        if first >= labelled[0]:
            return
        a, b = self.front[first]
        start = a + (skip.end() if skip else len(lines[first]) - len(lines[first].lstrip()))
        # 重点工作：135.统筹…: the task's own number in the list it was taken from is no part of its title
        numbered = _TASK_NUMBER.match(text, start, b)
        key, number = (numbered.group(1), numbered.group().strip()) if numbered else ("1", "")
        start = numbered.end() if numbered else start
        stop = re.compile(r"[。；;]").search(text, start, b)
        item = self._new(key, number, "item", None, start)
        item.head = (start, stop.start() if stop else b)
        item.pieces = [(start, b), *self.front[first + 1 :]]
        self.front = self.front[:first]
        self.started = True
