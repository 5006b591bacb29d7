"""Files a person opens: the matrix workbook and the graph pages.

Kept apart from the CLI so `build` can write them too.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ..atomic import atomic_path, write_atomic
from ..graph.query import load_query, run
from ..graph.store import Backend
from .bodypages import body_pages
from .graphpage import page
from .graphview import (
    Slice,
    body_page,
    document_graph,
    document_rows,
    knowledge_graph,
    select,
    to_network,
)
from .matrix import Matrix, build_matrix
from .matrix_export import EMPTY_MESSAGE, write_xlsx

OVERVIEW_ABOVE = 200  # documents; see write_outputs


def _documents(graph: Backend) -> list[tuple[str, str, str]]:
    table = run(graph, load_query("documents"))
    col = {c: i for i, c in enumerate(table.columns)}
    return [(r[col["document"]], r[col["title"]], r[col["number"]]) for r in table.rows]


def write_matrix_xlsx(graph: Backend, m: Matrix, path: Path) -> None:
    with atomic_path(Path(path)) as tmp:
        write_xlsx(m, tmp, _documents(graph))


def page_name(where: Slice, output: str | None = None) -> str:
    """The page `render` writes inside the graph folder: -o as given (.html added), else named after the slice,
    so a slice never replaces the build's graph.html unless asked for by name."""
    if output:
        name = Path(output).name
        return name if name.lower().endswith((".html", ".htm")) else name + ".html"
    scope = [("doc", where.document), ("dept", where.department), ("level", where.level), ("around", where.around)]
    parts = "-".join(f"{key}-{value}" for key, value in scope if value) or "all"
    return "render-" + re.sub(r"[^\w\u3400-\u9fff()-]", "_", parts)[:80] + ".html"


def render_graph(
    graph: Backend, out_dir: Path, where: Slice | None = None, name: str = "graph.html", note: str = ""
) -> int:
    """Write the graph page (a slice of it if asked) and one page per body; return the node count."""
    where = where or Slice()
    view = select(knowledge_graph(graph), where)
    scope = ", ".join(f"{k}={v}" for k, v in where.__dict__.items() if v and k != "depth") or "whole corpus"
    title = f"policygraph: {scope}" + (f" — {note}" if note else "")
    from .analyse import co_responsibility  # networkx: only when pages are drawn

    projection, _roles, labels = co_responsibility(graph)
    partners = {
        n: sorted(((m, labels[m][0], d["weight"]) for m, d in projection[n].items()), key=lambda p: (-p[2], p[1]))
        for n in projection.nodes
    }
    shown = {body_page(n) for n in view.nodes}  # a slice writes the pages of its own bodies only
    written = set()
    for path, text in body_pages(graph, partners).items():
        if path in shown:
            write_atomic(Path(out_dir) / path, text)
            written.add(Path(out_dir) / path)
    if where == Slice():  # the whole corpus: pages of bodies no longer in it are stale
        for page_file in Path(out_dir).glob("bodies/*.html"):
            if page_file not in written:
                page_file.unlink()
    write_atomic(Path(out_dir) / name, page(to_network(view), title))  # last: the pages it links to exist
    return view.number_of_nodes()


def _stamp(shown: list, title: str) -> str:
    """A fingerprint of what a page shows, written into it, so that an unchanged page is not drawn again."""
    from ..incremental import code_hash

    shown = [title, code_hash(), shown]
    digest = hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode("utf-8")).hexdigest()
    return f"<!-- policygraph page {digest} -->\n"


def _ends_with(path: Path, tail: str) -> bool:
    end = tail.encode("utf-8")
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            handle.seek(max(0, handle.tell() - len(end)))
            return handle.read() == end
    except OSError:
        return False


def write_outputs(graph_dir: Path, documents: int | None = None) -> bool:
    """What the default build leaves for a person to open: graph.html, bodies/*.html, matrix.xlsx.

    Above OVERVIEW_ABOVE documents one page of everything is too big to draw
    and a workbook of every clause too big to read: graph.html then shows the
    documents and their implements links only, and the matrix and body pages
    are left to `policygraph matrix/render --document`. Returns False then.
    """
    from ..graph.query import load_graph

    graph = load_graph(graph_dir)
    if (len(_documents(graph)) if documents is None else documents) > OVERVIEW_ABOVE:
        title = "policygraph: documents (one with its clauses: 'policygraph render --doc ID -o ID.html')"
        rows, target = document_rows(graph), Path(graph_dir) / "graph.html"
        stamp = _stamp(rows, title)
        if not _ends_with(target, stamp):  # drawing imports networkx and pyvis: a second at 1,000 documents
            write_atomic(target, page(to_network(document_graph(rows)), title) + stamp)
        Path(graph_dir, "matrix.xlsx").unlink(missing_ok=True)
        return False
    m = build_matrix(graph, allow_empty=True)
    write_matrix_xlsx(graph, m, Path(graph_dir) / "matrix.xlsx")
    render_graph(graph, graph_dir, note="" if m.cells else EMPTY_MESSAGE)  # graph.html last of all
    return True
