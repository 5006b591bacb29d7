"""Parse targets: quantitative targets a clause sets.

A number is a target only when it is a quantity (it has a unit) that a clause
commits to (a comparator such as 不低于/达到/以上, or a measured noun such as
覆盖率 right before it). Dates, document numbers and hotlines have no unit;
sections that review the past (发展成就, 表1 主要进展) are skipped, so their
achievements never become targets.
"""

from __future__ import annotations

import re

from ..model import Clause, Target
from . import patterns as P
from .numerals import cn_int, cn_value

_NUM = P.TARGET_NUMBER
_BEFORE = "|".join(sorted(map(re.escape, P.TARGET_BEFORE), key=len, reverse=True))
_AFTER = "|".join(sorted(map(re.escape, P.TARGET_AFTER), key=len, reverse=True))
_VALUE = re.compile(
    rf"(?P<before>{_BEFORE})?\s*(?:有|为)?\s*(?:每[天日年月周])?\s*"
    rf"(?P<v1>{_NUM})\s*(?:(?P<range>[-—–~至到])\s*(?P<v2>{_NUM}))?\s*(?P<unit>{P.TARGET_UNIT})"
    rf"(?P<after>{_AFTER})?"
)


def number(text: str) -> float:
    """'3.8' -> 3.8, '十二' -> 12, '68.3万' -> 683000 (the unit keeps 万 for display; the value is scaled)."""
    return cn_value(text)


def _metric(chunk: str, start: int, end: int, since: int = 0) -> str:
    before = P.TARGET_FILLER.sub("", chunk[since:start].strip(" ,、:"))
    before = re.sub(r"^(?:按照|按)", "", before)
    before = re.sub(r"(?:至少|力争|应|要|均|都|达到|达|为|(?<![拥具设])有)+$", "", before)
    after = chunk[end:].strip(" ,、:")
    if len(before) >= 4:
        return before
    return (before + after) if after else before


def _year(sentence: str) -> int | None:
    m = P.TARGET_YEAR.search(sentence)
    return int(m.group(1)) if m else None


def _reviewing(clause: Clause, by_path: dict[str, Clause]) -> bool:
    node: Clause | None = clause
    while node is not None:
        if P.REVIEW_HEADING.search(node.heading) or node.kind == "preamble":
            return True
        node = by_path.get(node.parent) if node.parent else None
    return False


def _unit_and_value(raw: str, unit: str) -> tuple[float, str]:
    """Keep 万 with the unit as written (3.8万户 -> 3.8, 万户)."""
    if raw.endswith("万") and not unit.startswith("万"):
        return number(raw[:-1]), "万" + unit
    return number(raw), unit


def text_targets(clause: Clause) -> list[Target]:
    out: list[Target] = []
    for sentence in re.split(r"[。;；]", clause.text):
        year = _year(sentence)
        previous = ""
        for chunk in re.split(r"[,，]", sentence):
            if P.PAST_FACT.search(chunk):
                continue
            found = False
            since = 0
            for m in _VALUE.finditer(chunk):
                prefix = chunk[: m.start("v1")]
                if P.NOT_A_QUANTITY.search(prefix) or re.search(r"\d$", prefix):
                    continue
                if m.group("v1") == "一" and not m.group("before"):
                    continue  # 一批, 一支: an article, not a quantity
                comparator = P.TARGET_BEFORE.get(m.group("before") or "", "")
                if comparator == "=" and re.search(r"(?:至少|不少于)\s*$", chunk[since : m.start()]):
                    comparator = "≥"
                if m.group("after"):
                    comparator = P.TARGET_AFTER[m.group("after")] if comparator in ("", "=", "≥") else comparator
                if not comparator and re.search(rf"{P.TARGET_METRIC_NOUN}\s*$", chunk[: m.start()]):
                    comparator = "="
                if m.group("v2"):
                    comparator = "range"
                if not comparator:
                    continue
                value, unit = _unit_and_value(m.group("v1"), m.group("unit"))
                value_max = None
                if m.group("v2"):
                    value_max = _unit_and_value(m.group("v2"), m.group("unit"))[0]
                    comparator = "range"
                metric = _metric(chunk, m.start(), m.end(), since) or P.TARGET_FILLER.sub("", previous)
                since = m.end()
                if not metric or any((t.metric, t.value) == (metric, value) for t in out):
                    continue
                out.append(
                    Target(clause.path, len(out), metric, comparator, value, unit, year, value_max, text=chunk.strip())
                )
                found = True
            previous = chunk.strip()
            if found:
                continue
            frac = P.TARGET_FRACTION.search(chunk)
            if frac:
                value = (
                    50.0 if frac.group(1) == "一半" else round(100 * cn_int(frac.group(3)) / number(frac.group(2)), 1)
                )
                metric = _metric(chunk, frac.start(), frac.end())
                if metric:
                    out.append(
                        Target(
                            clause.path,
                            len(out),
                            metric,
                            "≥" if frac.group(4) else "=",
                            value,
                            "%",
                            year,
                            text=chunk.strip(),
                        )
                    )
                continue
            full = P.TARGET_FULL.search(chunk)
            if full:
                metric = _metric(chunk, full.start(), full.end())
                if metric:
                    out.append(Target(clause.path, len(out), metric, "=", 100.0, "%", year, text=chunk.strip()))
    return out


def _cell_value(cell: str) -> tuple[str, float, str] | None:
    m = re.search(rf"(≥|>|≤|<)?\s*({_NUM})\s*({P.TARGET_UNIT})?", cell)
    if not m:
        return None
    value, unit = _unit_and_value(m.group(2), m.group(3) or "")
    return m.group(1) or "=", value, unit


def table_targets(clause: Clause) -> list[Target]:
    """Targets from an indicator table with a 目标值 column (表2 主要指标)."""
    if not clause.rows:
        return []
    header = clause.rows[0]

    def column(rx: re.Pattern[str]) -> int | None:
        return next((i for i, h in enumerate(header) if rx.search(h)), None)

    metric_col, target_col = column(P.TABLE_METRIC_COLUMN), column(P.TABLE_TARGET_COLUMN)
    if metric_col is None or target_col is None:
        return []
    base_col, nature_col = column(P.TABLE_BASE_COLUMN), column(P.TABLE_NATURE_COLUMN)
    target_year, base_year = _year(header[target_col]), _year(header[base_col]) if base_col is not None else None
    out = []
    for row in clause.rows[1:]:
        if len(row) <= max(metric_col, target_col):
            continue
        parsed = _cell_value(row[target_col])
        if not parsed:
            continue
        comparator, value, unit = parsed
        baseline = None
        if base_col is not None and base_col < len(row) and (base := _cell_value(row[base_col])):
            baseline = base[1]
            unit = unit or base[2]
        nature = ""
        if nature_col is not None and nature_col < len(row):
            nature = {"预期性": "expected", "约束性": "binding"}.get(row[nature_col].strip(), "")
        out.append(
            Target(
                clause.path,
                len(out),
                row[metric_col],
                comparator,
                value,
                unit,
                target_year,
                baseline=baseline,
                baseline_year=base_year if baseline is not None else None,
                nature=nature,
                text="\t".join(row),
            )
        )
    return out


def find_targets(clauses: tuple[Clause, ...]) -> tuple[Target, ...]:
    by_path = {c.path: c for c in clauses}
    out: list[Target] = []
    for clause in clauses:
        if _reviewing(clause, by_path) or clause.kind == "closing":
            continue
        found = table_targets(clause) if clause.kind == "table" else text_targets(clause)
        out.extend(found)
    return tuple(out)
