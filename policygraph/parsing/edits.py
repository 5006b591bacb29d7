"""Where normalize edits the text and a plain pattern cannot say it: finders of the spans to take out or write
otherwise (each has the `finditer` of a compiled pattern, so `normalize._edit` takes either)."""

from __future__ import annotations

import re
from functools import cache

from . import patterns as P
from .grammar import grammar
from .tables import line_spans


class OutsideRows:
    """A pattern's matches outside a table's rows (lines with tabs): the 1. 2. of a task cell's measures
    (1.制定方案；2.开展培训, or a Word cell's paragraphs) are no clauses, and a break there would cut the row."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str):
        for m in self.pattern.finditer(text):
            end = text.find("\n", m.start())
            if "\t" not in text[text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(text)]:
                yield m


class WebFooter:
    """The lines of a web page's footer: each run of consecutive lines, each a footer line (P.WEB_FOOTER_LINE) or a
    sponsor's or operator's label line (P.WEB_FOOTER_LABEL), with a footer line in it. Label lines alone
    (主办单位：A ⏎ 协办单位：B, a 督办 list's fields) are statements."""

    def finditer(self, text: str):
        run: list[tuple[int, str]] = []
        footer = False
        lines = [(a, text[a:b]) for a, b in line_spans(text)]
        for at, line in [*lines, (len(text), "。")]:  # (a last line no footer's, to end the last run)
            if not line.strip():
                continue  # blank lines between a run's lines neither end nor join it
            licence = bool(P.WEB_FOOTER_LINE.search(line))
            if licence or P.WEB_FOOTER_LABEL.match(line):
                run.append((at, line))
                footer = footer or licence
                continue
            if footer:
                yield from (_SPAN.match(text, a, a + len(t)) for a, t in run)
            run, footer = [], False


_SPAN = re.compile(r".*")


class AngledLabel:
    """The closing bracket of a labelled passage in angle brackets (<责任单位：A、B>, 〈牵头单位：A〉: a page that lost
    its round brackets to angle ones); its opening one `AngledLabelOpen`'s."""

    def finditer(self, text: str):
        for m in _angled_label(r"[<〈(]", r"[>〉]").finditer(text):
            yield _CLOSE_ANGLE.match(text, m.end() - 1)


_CLOSE_ANGLE = re.compile(r"[>〉]")


class AngledLabelOpen:
    """The opening bracket of a labelled passage whose closing one `AngledLabel` has made round."""

    def finditer(self, text: str):
        yield from _angled_label(r"[<〈](?=", r"\))").finditer(text)


@cache
def _angled_label(opening: str, closing: str) -> re.Pattern[str]:
    # a mark already made round may stand inside: <责任单位：A<牵头>、B>
    inside = r"(?:[^<>〈〉()（）\n]|\n(?![<〈(]?\s*(?:" + grammar().label.pattern + r"))|\([^()]*\))"
    return re.compile(rf"{opening}\s*(?:{grammar().label.pattern})\s*[:：]{inside}{{1,200}}?{closing}")


# A line set with a space between every two characters (珠 海 市 民 政 局; a PDF's text layer of letter-spaced or
# justified lines): at least this many characters, nearly all of them standing alone between spaces.
_SPACED_MIN = 6
_SPACED_SHARE = 0.8
# each single space goes; a wider gap inside the line (the source's own space, widened with the letters) keeps one
_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)|(?<=\S) +(?= \S)")


class LetterSpaced:
    """The single spaces of each letter-spaced line (never a row of cells: a tab or a pipe in it). Where most long
    lines of the text are so, its short lines are too (区 发 改 局, a table's cell a line)."""

    def finditer(self, text: str):
        lines = text.split("\n")
        spaced = [self._spaced(line) for line in lines]
        long = [self._alone(line)[1] >= _SPACED_MIN for line in lines]
        whole = sum(spaced) >= 3 and 2 * sum(spaced) > sum(long)
        start = 0
        for line, this in zip(lines, spaced, strict=True):
            end = start + len(line)
            alone, words = self._alone(line)
            if (this or (whole and alone >= 2 and alone == words)) and "\t" not in line and "|" not in line:
                yield from _ONE_SPACE.finditer(text, start, end)
            start = end + 1

    @staticmethod
    def _alone(line: str) -> tuple[int, int]:
        words = line.split()
        return sum(len(w) == 1 for w in words), len(words)

    def _spaced(self, line: str) -> bool:
        alone, words = self._alone(line)
        return alone >= _SPACED_MIN and alone >= _SPACED_SHARE * words
