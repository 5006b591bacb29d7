"""Where a heading's title ends on its line, and which lines are no heading at all.

A clause's title is its heading up to its first 。, as the hand-checked lists write it; but a heading printed
without its stop ends where its owners' statement begins (1.加强组织领导（牵头单位：市民政局）), where the sentence
that gives the work out begins (…由A承办，B协办。), or at a space or colon after a short title. These are the
walk's questions about one line (structure.py asks them); they need nothing the walk holds.
"""

from __future__ import annotations

import re

from . import patterns as P
from .bodies import ends_like_body
from .grammar import grammar
from .responsibility import only_statements
from .statements import find_statements, given_out_end

# 一、治理畜牧业产品污染由省经贸委承办，…协办。 — a heading run onto the sentence that gives its work out
_GIVEN_BY = re.compile(P.BY)


def heading_end(text: str, a: int, b: int) -> int:
    """Where the heading text that starts at a (on a line ending at b) ends: at a space or a colon after a short
    heading (一、总体要求：以…), else at its first 。 however long the sentence (a clause's title is its heading up to
    its first 。, as the hand-checked lists write it); a line without a stop is the heading if short."""
    line = text[a:b]
    stop = line.find("。")
    said = _statement_start(line, stop) or _given_out(line, stop)
    if said:
        return a + said
    if 0 <= stop <= P.HEADING_MAX:
        return a + stop
    if b - a <= 60:
        return a + stop if stop >= 0 else b
    # (never a space beside a number: a PDF's text layer spaces its numbers, 抓好 600 个省级重点产业项目; nor one after
    # a list's or a sentence's mark, as a PDF's text layer spaces them too: 鼓励、 支持…)
    brk = re.search(r"(?<![0-9、，,；;：:])\s(?![0-9])|:(?!\d)", line)
    if brk and 0 < brk.start() <= P.HEADING_MAX and (stop < 0 or brk.start() < stop):
        return a + brk.start()
    if stop >= 0:
        return a + stop
    comma = re.search(r"[,;]", line)
    return a + (comma.start() if comma and comma.start() <= P.HEADING_MAX else min(len(line), P.HEADING_MAX))


def cut_mid_sentence(prev_line: str) -> bool:
    """The line before is a whole paragraph cut inside a sentence (…为农户、小微企业及个体工商): an untitled line
    after it goes on with its words, whatever number it starts with (a document viewer's page marks: 1、…2、户提供…);
    a titled one is the next item after a page lost (…的政府\n(四)完善服务评价机制。). A heading or a printed line of
    a PDF is never this long; a table's row has its cells."""
    line = prev_line.rstrip()
    if len(line) < P.CUT_PARAGRAPH or "\t" in line or not re.match(rf"[{P.CJK}]", line[-1:]):
        return False
    # …举措。【责任单位】税务总局 / …——税务总局按职责分工负责: an item closed by its list of bodies or its
    # statement ends with a body's name or a role verb, not cut
    return not (ends_like_body(re.split(r"[、，,；;：:】\]）)\s]", line)[-1]) or grammar().verb.search(line))


def part_title(line: str) -> bool:
    """A line that is (or, in text run together, ends with) the title of a document: a second one may start.

    Run-on text glues the second title to the last sentence of the first document (…负责解释。某某行动计划).
    """
    tail = line.rsplit("。", 1)[-1].strip()
    return bool(tail) and len(tail) <= 60 and P.PART_TITLE.search(tail) is not None


def _statement_start(line: str, stop: int) -> int:
    """Where a heading without its 。 ends because the statement of its bodies follows it on its line
    (1.加强组织领导（牵头单位：市民政局）, 4.加强宣传引导 牵头单位：市委宣传部); 0 if none does."""
    found = find_statements(line)
    if not found:
        return 0
    start, end = found[0]
    if start > 0 and line[start - 1] in P.OPENERS:
        start -= 1
    elif line[:start].rstrip().endswith(("——", "--")):  # 1.完善设施网络——县民政局牵头: owners after a dash
        start = len(line[:start].rstrip()) - 2
    elif not grammar().label.match(line[start:].lstrip()):
        return 0  # a statement in the heading's sentence (…的问题，由A负责落实), not after it
    after = line[end + 1 : stop if stop >= 0 else len(line)]
    if (0 <= stop < start) or after.strip(" )）】]〕。,，;；"):
        return 0  # the statement stands after the heading's sentence, or more of the sentence follows it
    return len(line[:start].rstrip(" ,，;；:：、"))


def _given_out(line: str, stop: int) -> int:
    """Where a heading without its 。 ends because a sentence opened by 由 and its statements follows it (a text
    run onto one line lost the break after the title); 0 if none does."""
    end = stop if stop >= 0 else len(line)
    for m in _GIVEN_BY.finditer(line, 2, min(end, P.HEADING_MAX)):
        # glued to the title: after a comma (关于…的问题，由A负责落实) the sentence is the heading itself
        if not re.match(rf"[{P.CJK}]", line[m.start() - 1]):
            continue
        # …由A承办，B协办。 / …由A副市长负责，B牵头，C配合，加快…: the statements, then the work perhaps
        if only_statements(line[m.start() : end]) or given_out_end(line, m.start(), end) > 0:
            return m.start()
    return 0
