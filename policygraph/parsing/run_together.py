"""Task tables whose cells run together with nothing between them, as a document site's text preview gives them.

    序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为…。2021年2月底前,…达90%以上。市委宣传部、市城管委,
    …各区(市)县政府(管委会)2完善生活垃圾回收利用体系,…

The header is 序号 and the column titles glued together, one of them a lead or responsible column; each row
starts with its number glued to its text, the numbers counting up from 1; the row's body column is the list of
bodies that ends it, after its last 。. Such a preview also cuts its text into numbered chunks at any character
(…市委社治委、市\\n2、住建局…): inside the table, a line break and the chunk's number are dropped.

The table is rewritten in place as the tab-separated rows the other readers give (序号, the titles before the
body column, the body column; then number, task, bodies), every span still pointing into the original.
"""

from __future__ import annotations

import re

from .grammar import grammar
from .responsibility import only_bodies

# 2、 after a line break inside the table: a preview's chunk number, not text
_CHUNK = re.compile(r"\n\d{1,3}、")
_SENTENCE_END = "。；;"


def run_together(text: str, edits: dict[int, str]) -> None:
    """Rewrite every run-together task table of the text (tables.text_tables applies the edits)."""
    label = grammar().label.pattern
    header = re.compile(rf"序号(?P<before>[^\n\d序]{{2,40}}?)(?P<role>{label})(?P<after>[^\n\d]{{0,12}}?)(?=1\D)")
    for m in header.finditer(text):
        if re.search(label, m["after"]) or not m["before"].strip():
            continue  # two body columns glued together cannot be told apart
        kept = _table_chars(text, m.end())
        rows = _rows("".join(text[k] for k in kept))
        if not rows:
            continue
        if m.start() and text[m.start() - 1] != "\n":  # the header glued to the table's title: a line of its own
            edits[m.start()] = "\n" + text[m.start()]
        edits[m.start("before")] = "\t" + text[m.start("before")]
        edits[m.start("role")] = "\t" + text[m.start("role")]
        if m["after"]:
            edits[m.start("after")] = "\t" + text[m.start("after")]
        inside = set(kept)
        for k in range(m.end(), kept[rows[-1][2] - 1] + 1):
            if k not in inside:
                edits[k] = ""  # a line break and a chunk number
        for start, text_start, _end, bodies in rows:
            edits[kept[start]] = "\n" + text[kept[start]]
            edits[kept[text_start]] = "\t" + text[kept[text_start]]
            edits[kept[bodies]] = "\t" + text[kept[bodies]]
        last = kept[rows[-1][2] - 1]
        if last + 1 < len(text) and text[last + 1] != "\n":
            edits[last] = text[last] + "\n"


def _table_chars(text: str, start: int) -> list[int]:
    """The positions of the table's characters from `start` to the end of its paragraph, chunk numbers left out."""
    kept, k = [], start
    while k < len(text):
        chunk = _CHUNK.match(text, k)
        if chunk:
            k = chunk.end()
            continue
        if text[k] == "\n":
            break
        kept.append(k)
        k += 1
    return kept


def _rows(v: str) -> list[tuple[int, int, int, int]]:
    """(number start, text start, row end, body column start) of each row of the run-together rows `v`, while the
    numbers count up and each row ends with a list of bodies."""
    rows: list[tuple[int, int, int, int]] = []
    n, at = 1, 0
    while v.startswith(str(n), at) and not v[at + len(str(n)) : at + len(str(n)) + 1].isdigit():
        text_start = at + len(str(n))
        nxt = str(n + 1)
        end = None
        for found in re.finditer(rf"(?<!\d){nxt}(?=[^\d%.．、年月日个万亿])", v[text_start:]):
            j = text_start + found.start()
            if _bodies_start(v, text_start, j) is not None:
                end = j
                break
        end = end if end is not None else len(v)
        bodies = _bodies_start(v, text_start, end)
        if bodies is None:
            break
        rows.append((at, text_start, end, bodies))
        n, at = n + 1, end
    return rows


def _bodies_start(v: str, start: int, end: int) -> int | None:
    """Where the list of bodies that ends v[start:end] begins (after its last 。), or None if it ends otherwise."""
    cut = max(v.rfind(ch, start, end) for ch in _SENTENCE_END)
    if cut < 0:
        return None
    tail = v[cut + 1 : end]
    return cut + 1 if tail and only_bodies(tail) else None
