"""One page per body: what it leads and shares, by document, with paths, deadlines and the clause above.

A person asks "what does 莆田市民政局 lead, and by when?": the page answers in one table per
document (条款 by its section path, 角色, 时限, and the provincial clause it carries out), then the
targets of those clauses, then the bodies it most often shares clauses with, each linked to its page.
"""

from __future__ import annotations

import html

from ..graph.query import internal_query
from ..graph.store import Backend
from .export import value_word
from .graphview import body_page
from .ledger import short_title

_BODY = internal_query("body-clauses")
_CLAUSE_DEADLINES = internal_query("clause-deadlines")

_BODY_TARGETS = internal_query("body-targets")


def body_pages(graph: Backend, partners: dict[str, list[tuple[str, str, int]]]) -> dict[str, str]:
    """One page per body; `partners[body]` is (partner node, name, shared clauses), most shared first."""
    e = html.escape
    rows: dict[str, dict[tuple[str, str], list]] = {}
    names: dict[str, tuple[str, str]] = {}
    due: dict[str, dict[str, None]] = {}  # clause -> its deadlines, as written (once each)
    for clause, text, date in graph.select(_CLAUSE_DEADLINES)[1]:
        due.setdefault(str(clause), {})[f"{text}（{date}）" if date else str(text)] = None
    for row in graph.select(_BODY)[1]:
        body, name, place, document, title, number, heading, role, _order, clause, path, up_doc, up_path, up_head = row
        item = rows.setdefault(str(body), {}).setdefault(
            (str(document), str(clause)),
            [str(title or document), str(path or number), str(heading), str(role), "；".join(due.get(clause, ())), {}],
        )
        if up_path:
            item[5][f"《{short_title(str(up_doc))}》{up_path} {up_head}"] = None
        names[str(body)] = (str(name), str(place or ""))
    targets: dict[str, list] = {}
    for body, metric, comparator, value, unit, year in graph.select(_BODY_TARGETS)[1]:
        targets.setdefault(str(body), []).append((str(metric), str(comparator), str(value), str(unit), str(year or "")))
    pages = {}
    for body, clauses in rows.items():
        name, place = names[body]
        leads = sum(1 for c in clauses.values() if c[3] == "lead")
        parts = [
            f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{e(name)}</title>",
            "<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:2em}table{border-collapse:collapse}"
            "td,th{padding:3px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
            ".lead{color:#c0392b;font-weight:bold}.up{color:#555;font-size:90%}th,.lead,.responsible{white-space:nowrap}"
            "@page{size:A4 landscape}</style>",
            "</head><body>",
            f"<p><a href='../graph.html'>&larr; 返回关系图</a></p><h1>{e(name)}</h1>",
            f"<p>{e(place)}　牵头 {leads} 项，参与 {len(clauses) - leads} 项</p>",
        ]
        documents: dict[str, list] = {}
        for item in clauses.values():
            documents.setdefault(item[0], []).append(item)
        for title, items in documents.items():
            items.sort(key=lambda item: item[3] != "lead")  # what it leads first, then what it shares (stable)
            parts.append(
                f"<h2>{e(title)}</h2><table><tr><th>条款</th><th>标题</th><th>角色</th><th>时限</th>"
                "<th>落实的上级条款</th></tr>"
            )
            parts += [
                f"<tr><td>{e(p)}</td><td>{e(h)}</td><td class='{e(r)}'>{e(value_word('role', r))}</td>"
                f"<td>{e(d)}</td><td class='up'>{'<br>'.join(e(u) for u in up)}</td></tr>"
                for _t, p, h, r, d, up in items
            ]
            parts.append("</table>")
        if targets.get(body):
            parts.append(
                "<h2>所负责条款的目标</h2><table><tr><th>指标</th><th></th><th>目标值</th><th>单位</th><th>年份</th></tr>"
            )
            parts += ["<tr>" + "".join(f"<td>{e(v)}</td>" for v in t) + "</tr>" for t in targets[body]]
            parts.append("</table>")
        if partners.get(body):
            parts.append("<h2>常合作部门（共同条款数）</h2><ul>")
            parts += [
                f"<li><a href='../{e(body_page(node))}'>{e(partner)}</a> ({n})</li>"
                for node, partner, n in partners[body]
            ]
            parts.append("</ul>")
        parts.append("</body></html>")
        pages[body_page(body)] = "".join(parts)
    return pages
