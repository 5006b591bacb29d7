"""Export: tables to text formats, chosen from a registry.

CSV is what spreadsheet users open; JSON is for programs; the table format is
for reading in a terminal, aligned for Chinese characters that take two columns.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable
from dataclasses import asdict
from functools import cache
from typing import TYPE_CHECKING

from ..datatables import read_table
from ..graph.query import Table
from ..model import ParsedDocument
from ..parsing.unread import unread_passages
from .cells import inert

if TYPE_CHECKING:  # analyse pulls in networkx; build and parse need none of it
    from .analyse import Report


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


@cache
def _headings() -> dict[tuple[str, str], str]:
    """headings.csv: (column, name) -> a heading; (a column, a stored value) -> the word the table prints."""
    return {(r["kind"], r["name"]): r["zh"] for r in read_table(__package__, "headings.csv")}


def display_words() -> dict[str, dict[str, str]]:
    """headings.csv by kind: {"column": {variable: heading}, "role": {stored value: word}, …} for pages."""
    out: dict[str, dict[str, str]] = {}
    for (kind, name), zh in _headings().items():
        out.setdefault(kind, {})[name] = zh
    return out


def value_word(column: str, value: str) -> str:
    """The word the table prints for a stored value of a column (level national -> 国家级), or the value."""
    return _headings().get((column, value), value)


def heading(column: str) -> str:
    """The Chinese heading the table prints for a query column (its name if it has none)."""
    return _headings().get(("column", column), column)


def to_table(table: Table) -> str:
    """For reading: Chinese headings and role words (an unknown column keeps its name)."""
    if not table.columns:
        return ""
    zh = _headings()
    columns = [heading(c) for c in table.columns]
    rows = [[zh.get((c, v), v) for c, v in zip(table.columns, row, strict=True)] for row in table.rows]
    widths = [_width(c) for c in columns]
    for row in rows:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)
    lines.append(f"（共 {len(rows)} 行）")
    return "\n".join(lines) + "\n"


def to_csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([inert(c) for c in row] for row in table.rows)
    return buffer.getvalue()


def to_json(table: Table) -> str:
    rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Table], str]] = {"table": to_table, "csv": to_csv, "json": to_json}


def parsed_to_json(doc: ParsedDocument, with_text: bool = True) -> str:
    """What the parser saw in one document, for debugging a new format."""
    data = {
        "id": doc.doc_id,
        "path": doc.source.path,
        "encoding": doc.source.encoding,
        "sha256": doc.source.sha256,
        "meta": asdict(doc.meta),
        "clauses": [{k: v for k, v in asdict(c).items() if with_text or k != "text"} for c in doc.clauses],
        "responsibilities": [asdict(r) for r in doc.responsibilities],
        "bodies": [asdict(b) for b in doc.bodies],
        "targets": [asdict(t) for t in doc.targets],
        "deadlines": [asdict(d) for d in doc.deadlines],
        "unread": [asdict(u) for u in unread_passages(doc)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def parsed_to_text(doc: ParsedDocument) -> str:
    """A clause tree with the bodies of each clause, for reading in a terminal."""
    meta = doc.meta
    level = value_word("level", meta.level) if meta.level else "-"
    lines = [
        f"{meta.title or doc.doc_id}",
        f"  文号：{meta.number or '-'}   发文机关：{'、'.join(meta.issuers) or '-'}   成文日期：{meta.date or '-'}",
        f"  层级：{level}   辖区：{meta.jurisdiction or '-'}   有效期至：{meta.valid_until or '-'}",
    ]
    for cite in meta.cites:
        lines.append(f"  落实：《{cite.title}》{cite.number and f'({cite.number})'}")
    by_clause: dict[str, list[str]] = {}
    for r in doc.responsibilities:
        by_clause.setdefault(r.clause, []).append(f"{r.body}{'*' if r.role == 'lead' else ''}")
    due: dict[str, list[str]] = {}
    for d in doc.deadlines:
        due.setdefault(d.clause, []).append(d.text)
    depth = {c.path: 0 for c in doc.clauses}
    for c in doc.clauses:
        depth[c.path] = depth.get(c.parent, -1) + 1 if c.parent else 0
        owners = by_clause.get(c.path)
        suffix = f"  [{'、'.join(owners)}]" if owners else ""
        suffix += f"  （时限：{'；'.join(due[c.path])}）" if c.path in due else ""
        lines.append(f"{'  ' * depth[c.path]}{c.number or '·'} {c.heading}{suffix}")
    prose = sum(r.source == "prose" for r in doc.responsibilities)
    leads = sum(r.role == "lead" for r in doc.responsibilities)
    lines.append(
        f"共 {len(doc.clauses)} 个条款，{len(doc.responsibilities)} 条职责分工（牵头 {leads} 条，标 *；"
        f"从句子读出 {prose} 条），{len(doc.bodies)} 个部门"
    )
    unread = unread_passages(doc)
    if unread:
        lines.append(
            f"有 {len(unread)} 处提到 牵头/负责/配合/单位/部门 却没有读出职责分工（可能是解析器还不认识的写法）："
        )
        lines.extend(f"  {u.clause}：{u.passage}" for u in unread)
    if not doc.responsibilities:
        lines.append(
            "没有找到职责分工：没有认出标签（责任单位：…）、牵头/配合等动词（A牵头，B配合），"
            "也没有以部门为主语的句子（各级民政部门要…）"
        )
    return "\n".join(lines) + "\n"


def report_to_json(report: Report) -> str:
    data = {
        "coverage": [
            {
                "parent": c.parent,
                "child": c.child,
                "clauses": c.clauses,
                "taken_up": c.taken_up,
                "share": round(c.share, 4),
            }
            for c in report.coverage
        ],
        "bodies": [
            {
                "name": b.name,
                "jurisdiction": b.jurisdiction,
                "lead": b.lead,
                "responsible": b.responsible,
                "total": b.total,
                "degree_centrality": b.centrality,
                "betweenness": b.betweenness,
                "partners": [{"name": n, "shared_clauses": w} for n, w in b.partners],
            }
            for b in report.bodies
        ],
        "network": {"bodies": report.network_nodes, "links": report.network_edges},
        "jurisdictions_without_code": list(report.uncoded),
        "by_level": [
            {
                "document": v.document,
                "jurisdiction": v.jurisdiction,
                "level_below": v.level_below,
                "expected": list(v.expected),
                "with_document": list(v.with_document),
                "without_document": list(v.without_document),
                "unplaced": list(v.unplaced),
                "clauses": [
                    {
                        "path": c.path,
                        "number": c.number,
                        "title": c.title,
                        "took_up": list(c.took_up),
                        "not_taken": list(c.not_taken),
                    }
                    for c in v.clauses
                ],
            }
            for v in report.levels
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def report_to_text(report: Report, top: int = 15) -> str:
    lines = ["上级文件的落实情况（下级文件落实了上级文件多少条款）："]
    for c in report.coverage:
        lines.append(f"  {c.parent} ← {c.child}：{c.taken_up}/{c.clauses}（{c.share:.0%}）")
    if not report.coverage:
        lines.append("  （语料中没有一份文件落实语料中的另一份文件）")
    for v in report.levels:
        level = value_word("level", v.level_below) if v.level_below else "下级"
        lines.append(
            f"  {v.jurisdiction or v.document} 的下一级（{level}）{len(v.expected)} 个："
            f"{len(v.with_document)} 个有落实文件（{'、'.join(v.with_document) or '无'}）"
            + (f"，没有：{'、'.join(v.without_document)}" if v.without_document else "")
        )
    if report.uncoded:
        lines.append(
            "  没有对应行政区划代码的辖区（名称不在 GB/T 2260 区划表中，或几个区划同名而文件没有写明上级）："
            + "、".join(report.uncoded)
        )
    lines.append("")
    lines.append(f"共同责任网络：{report.network_nodes} 个部门，{report.network_edges} 条联系（共同承担条款）")
    table = Table(
        ("department", "jurisdiction", "lead", "responsible", "total", "centrality", "partners"),
        tuple(
            (
                b.name,
                b.jurisdiction,
                str(b.lead),
                str(b.responsible),
                str(b.total),
                f"{b.centrality:.3f}",
                "、".join(f"{n}({w})" for n, w in b.partners[:3]),
            )
            for b in report.bodies[:top]
        ),
    )
    return "\n".join(lines) + "\n" + to_table(table)
