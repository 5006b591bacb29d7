"""Parse targets: quantitative targets a clause sets.

A number is a target only when it is a quantity (it has a unit) that a clause
commits to (a comparator such as 不低于/达到/以上, or a measured noun such as
覆盖率 right before it). Dates, document numbers and hotlines have no unit;
sections that review the past (发展成就, 表1 主要进展) are skipped, so their
achievements never become targets.
"""

from __future__ import annotations

import re
from dataclasses import replace

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


# A metric that names only where and how often (全市每年完成): what is counted is in the chunk before.
_SCOPE_ONLY = re.compile(r"^(?P<scope>(?:全[省市县区]|各[省市县区]|每[年月季周天]|全年|当年)+)(?:完成|实现|开展)?$")
# Units that count things: after them a document names what is counted (不少于30张护理型床位).
_COUNTED = {
    "次",
    "个",
    "张",
    "名",
    "户",
    "所",
    "家",
    "支",
    "套",
    "处",
    "门",
    "项",
    "条",
    "座",
    "间",
    "批",
    "台",
    "辆",
    "人",
}
# Verbs between a scope and the number (每个网格配备至少1名…): the metric is the scope and the counted noun.
_PROVIDE = re.compile(
    r"(?:应当|应|要|均|都|至少|力争)*(?:配备|配置|设置|设立|建成|建设|新建|完成|培养|培育|打造|拥有|有|增创|创建|选任|"
    r"开工改造|改造|建立|选派|招聘|组建)?(?:至少|不少于|不低于)?$"
)


def _noun_after(chunk: str, end: int, unit: str) -> str:
    """What a count counts when the document names it after the number: 1名灾害信息员 -> 灾害信息员."""
    if unit not in _COUNTED:
        return ""
    after = re.split(r"、(?=每|各|全|所有)", chunk[end:].strip(), maxsplit=1)[0]  # 、每个行政村都有…: a new item
    after = re.sub(r"^(?:以上|以下|左右|的)+", "", after)
    if not re.match(rf"[{P.CJK}“\"]", after):
        return ""
    noun = re.sub(r"(?:的要求|的基础上|的目标).*$", "", after).split("的")[-1]
    return noun if 2 <= len(noun) <= 20 else ""


# Verbs that are part of what is measured: 开工改造229个老旧小区 counts works begun, not the estates there are.
# Verbs of completion (完成, 建成, 打造, 增创) add nothing a person would write in the metric's name.
_MEASURED_ACTIONS = ("开工改造", "改造", "新建", "开工建设")


def _action(verb: str) -> str:
    return verb if verb in _MEASURED_ACTIONS else ""


def _metric(chunk: str, start: int, end: int, since: int = 0, unit: str = "", verb: str = "") -> str:
    before = P.TARGET_FILLER.sub("", chunk[since:start].strip(" ,、:"))
    before = re.sub(r"^(?:按照|按)", "", before)
    if before.endswith(("拥", "具")) and chunk[start : start + 1] == "有":
        before += "有"  # 拥有 / 具有: the 有 was read with the number
    noun = _noun_after(chunk, end, unit)
    if noun:  # the scope (每个城乡社区, 无区属公立医院的市辖区) and what is counted there
        scope = re.sub(r"\([^)]*\)$", "", before)
        scope = _PROVIDE.sub("", scope)
        return scope + _action(verb) + noun  # 全市 + 开工改造 + 老旧小区
    before = re.sub(r"(?:至少|力争|应|要|均|都|达到|达|为|(?<![拥具设])有)+$", "", before)
    after = chunk[end:].strip(" ,、:")
    if len(before) >= 4:
        return before + _action(verb)  # 全市城镇老旧小区 + 开工改造 (229个)
    return (before + after) if after else before


def _year(sentence: str) -> int | None:
    m = P.TARGET_YEAR.search(sentence)
    return int(m.group(1)) if m else None


# A year a whole clause, section or plan works towards: 到2025年, 2025年底前; a title's (2021-2025年) or 十四五.
_DEADLINE_YEAR = re.compile(r"(?:到|至)\s*((?:20|19)\d{2})\s*年|((?:20|19)\d{2})\s*年\s*(?:底|末)前?")
_PERIOD = re.compile(r"\d{4}\s*[-－—–~至]\s*((?:20|19)\d{2})\s*年?")
_FIVE_YEAR = re.compile(r"[“\"]?([一二三四五六七八九十]{2,3})五[”\"]?(?:规划|时期|期间)?")


def context_year(clause: Clause, by_path: dict[str, Clause], title: str = "", at: int = -1) -> int | None:
    """The year a target with none in its sentence is due: the last one its clause names before it (`at`),
    else a section's above it, else the plan's."""
    before = [m for m in _DEADLINE_YEAR.finditer(clause.text) if at < 0 or m.start() < at]
    if before:
        return int(before[-1].group(1) or before[-1].group(2))
    node = by_path.get(clause.parent) if clause.parent else None
    while node is not None:
        m = _DEADLINE_YEAR.search(node.text)
        if m:
            return int(m.group(1) or m.group(2))
        node = by_path.get(node.parent) if node.parent else None
    period = _PERIOD.search(title)
    if period:
        return int(period.group(1))
    plan = _FIVE_YEAR.search(title)
    if plan:  # the n-th five-year plan ends in 1955 + 5n: 十四五 -> 2025
        return 1955 + 5 * cn_int(plan.group(1))
    return None


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
    text, heading = clause.text, clause.heading
    if heading and text.startswith(heading) and text[len(heading) : len(heading) + 1] not in ("。", ".", ""):
        text = heading + "。" + text[len(heading) :]  # a heading on a line of its own ends its sentence
    for sentence in re.split(r"[。;；]", text):
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
                if m.group("v1") == "一" and (not m.group("before") or m.group("unit") in ("批", "支")):
                    continue  # 一批, 一支: an article, not a quantity (培育一批品牌 promises no number)
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
                verb = m.group("before") or ""
                metric = _metric(chunk, m.start(), m.end(), since, m.group("unit"), verb)
                metric = metric or P.TARGET_FILLER.sub("", previous)
                if _SCOPE_ONLY.match(metric) and previous:  # 全市每年至少完成700人次: the previous chunk says of what
                    noun = re.sub(r"[“”\"]", "", previous.split("的")[-1]).strip()
                    metric = _SCOPE_ONLY.match(metric).group("scope") + noun if 2 <= len(noun) <= 20 else metric
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
            quoted = chunk[: full.start()].count("“") > chunk[: full.start()].count("”") if full else False
            # 在…全覆盖的基础上 is given, not promised; “…全覆盖”要求 names a standard
            if full and not quoted and not chunk[full.end() :].startswith("的基础上"):
                metric = re.sub(r"^(?:推进|推动|在)|(?:基本)?实现$|基本$", "", _metric(chunk, full.start(), full.end()))
                if len(metric) >= 3:  # 实现民主全覆盖 names no thing that can be counted
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


def find_targets(clauses: tuple[Clause, ...], title: str = "") -> tuple[Target, ...]:
    """Targets of every clause that looks ahead; one with no year in its sentence takes its context's."""
    by_path = {c.path: c for c in clauses}
    out: list[Target] = []
    for clause in clauses:
        if _reviewing(clause, by_path) or clause.kind == "closing":
            continue
        found = table_targets(clause) if clause.kind == "table" else text_targets(clause)
        found = [
            t if t.year is not None else replace(t, year=context_year(clause, by_path, title, clause.text.find(t.text)))
            for t in found
        ]
        out.extend(found)
    return tuple(out)
