"""Commands that write files for people: matrix, ledger, render."""

from __future__ import annotations

from pathlib import Path

import click

from ..atomic import write_atomic
from ..graph.query import load_graph
from ..views.graphview import Slice
from ..views.ledger import FORMATS as LEDGER_FORMATS
from ..views.matrix import build_matrix
from ..views.matrix_export import FORMATS as MATRIX_FORMATS
from ..views.matrix_export import TEXT_FORMATS
from ..views.render import page_name, render_graph, write_matrix_xlsx
from . import graph_option, main, reports_errors, scope_options


@main.command()
@graph_option
@scope_options
@click.option("--format", "fmt", type=click.Choice(MATRIX_FORMATS), default="csv", show_default=True)
@click.option("--long", "long_form", is_flag=True, help="每条职责分工一行（同 who-owns 查询）。")
@reports_errors
def matrix(
    graph_dir: Path,
    document: str | None,
    department: str | None,
    jurisdiction: str | None,
    fmt: str,
    long_form: bool,
    output: Path | None,
) -> None:
    """导出 部门 × 条款 责任矩阵（L = 牵头，R = 责任）。

    Export a department × clause responsibility matrix (cells L = lead, R = responsible).
    """
    graph = load_graph(graph_dir)
    m = build_matrix(graph, document, department, jurisdiction)
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx 需要 --output 文件.xlsx（--format xlsx needs --output FILE.xlsx）")
        write_matrix_xlsx(graph, m, output)
    elif output is not None:
        write_atomic(output, TEXT_FORMATS[fmt](m, long_form))
    else:
        click.echo(TEXT_FORMATS[fmt](m, long_form), nl=False)
    if output is not None:
        click.echo(f"已写入 {len(m.rows)} 个部门 × {len(m.columns)} 个条款 → {output}")


@main.command()
@graph_option
@scope_options
@click.option("--format", "fmt", type=click.Choice(LEDGER_FORMATS), default="csv", show_default=True)
@click.option("--title", help="台账上方的标题（默认：重点任务台账 和范围）。")
@reports_errors
def ledger(
    graph_dir: Path,
    document: str | None,
    department: str | None,
    jurisdiction: str | None,
    fmt: str,
    output: Path | None,
    title: str | None,
) -> None:
    """导出重点任务台账：序号、重点任务、牵头单位、责任单位、完成时限、来源条款。

    Export the task ledger (重点任务台账).
    """
    from ..atomic import atomic_path
    from ..views.ledger import TEXT_FORMATS as LEDGER_TEXT
    from ..views.ledger import build_ledger, to_html, write_xlsx

    tasks = build_ledger(load_graph(graph_dir), document, department, jurisdiction)
    scope = "，".join(v for v in (department, jurisdiction) if v)
    title = title or "重点任务台账" + (f"（{scope}）" if scope else "")
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx 需要 --output 文件.xlsx（--format xlsx needs --output FILE.xlsx）")
        with atomic_path(output) as tmp:
            write_xlsx(tasks, tmp, title)
    else:
        text = to_html(tasks, title) if fmt == "html" else LEDGER_TEXT[fmt](tasks)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_atomic(output, text)
    if output is not None:
        click.echo(f"已写入 {len(tasks)} 项任务 → {output}")


@main.command()
@graph_option
@click.option("--doc", "document", help="只画这个文件（id）及其周围的部门和指标。")
@click.option("--dept", "department", help="只画这个部门（按文件中的写法）及其条款。")
@click.option("--level", type=click.Choice(["national", "province", "prefecture", "county", "township"]))
@click.option("--around", help="以这个节点为中心（IRI、部门名称或 文件:编号）。")
@click.option("--depth", default=1, show_default=True, help="以 --around 为中心向外几步。")
@click.option(
    "--output",
    "-o",
    help="图谱文件夹中的页面名［默认：按范围命名；只有明确要求时才写 graph.html］。",
)
@reports_errors
def render(
    graph_dir: Path,
    document: str | None,
    department: str | None,
    level: str | None,
    around: str | None,
    depth: int,
    output: str | None,
) -> None:
    """把图谱或其中一部分画成可交互、可离线打开的网页（pyvis）。

    Write an interactive, offline HTML page of the graph or a slice of it (pyvis).

    The build's graph.html is replaced only when asked (-o graph.html); without -o the page is named after
    the slice (render-doc-ID.html, render-dept-市民政局.html, render-all.html).
    """
    where = Slice(document, department, level, around, depth)
    name = page_name(where, output)
    nodes = render_graph(load_graph(graph_dir), graph_dir, where, name)
    click.echo(f"已写入 {nodes} 个节点 → {Path(graph_dir) / name}")
