"""Word's automatic numbering, written out as the reader of the page sees it.

A Word or WPS document may number its clauses with 自动编号: the paragraph holds only 总体要求 and
Word draws 一、 in front of it from the numbering part. Without the marks the parser finds no clauses.
We count as Word does (a counter per list and level, deeper levels restarting under a new higher one,
start values and restarts from the list's overrides) and render each level's text (%1、, （%2）, %3.)
in its number format.
"""

from __future__ import annotations

from collections.abc import Callable

import cn2an
from docx.oxml.ns import qn

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _circled(n: int) -> str:
    return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _chinese(n: int) -> str:
    return cn2an.an2cn(n)


# numFmt values of the OOXML standard (ST_NumberFormat) a Chinese document uses, and how each writes n.
FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: f"({n})",
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "chineseLegalSimplified": lambda n: cn2an.an2cn(n, "up"),
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "japaneseCounting": _chinese,
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


class Numbering:
    """The numbering part of one document, and the counters of its lists as the paragraphs go by."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> level -> (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str, int]] = {}  # paragraph style id -> (numId, level)
        self.list_of: dict[str, str] = {}  # numId -> the list whose counters it advances
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):  # python-docx: no numbering part
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), "0")): (
                    _val(lvl, "w:numFmt", "decimal"),
                    _val(lvl, "w:lvlText", ""),
                    int(_val(lvl, "w:start", "1") or 1),
                )
                for lvl in node.findall(qn("w:lvl"))
            }
        for node in root.findall(qn("w:num")):
            num_id, abstract_id = node.get(qn("w:numId")), _val(node, "w:abstractNumId")
            levels = dict(abstract.get(abstract_id, {}))
            # lists of one definition count on together, unless one restarts (重新开始编号: a start override)
            self.list_of[num_id] = f"abstract {abstract_id}"
            for override in node.findall(qn("w:lvlOverride")):
                ilvl, start = int(override.get(qn("w:ilvl"), "0")), _val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _start = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start))
                    self.list_of[num_id] = f"num {num_id}"
            self.levels[num_id] = levels
        for style in document.styles.element.findall(qn("w:style")):
            num = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num is not None and _val(num, "w:numId"):
                self.styles[style.get(qn("w:styleId"))] = (_val(num, "w:numId"), int(_val(num, "w:ilvl", "0") or 0))

    def label(self, paragraph) -> str:
        """The mark Word draws before this paragraph ('' if none), counted in document order."""
        ppr = paragraph.find(qn("w:pPr"))
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is not None:
            num_id, ilvl = _val(num, "w:numId"), int(_val(num, "w:ilvl", "0") or 0)
        else:
            style = _val(ppr, "w:pStyle")
            num_id, ilvl = self.styles.get(style or "", (None, 0))
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:  # numId 0 switches numbering off
            return ""
        counters = self.counters.setdefault(self.list_of[num_id], {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl][2]
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, text, _start = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        for k, (kfmt, _text, start) in levels.items():
            value = counters.get(k, start)
            text = text.replace(f"%{k + 1}", FORMATS.get(kfmt, str)(value))
        return text
