"""Commands that read a built graph or one document: query, analyze, trace, coverage, validate, parse."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..graph.query import load_graph, load_query, run, run_limited, saved_queries
from ..parsing.parse import parse_source
from ..reading.read import read_source
from ..views.export import FORMATS, heading, parsed_to_json, parsed_to_text, report_to_json, report_to_text
from . import graph_option, main, reports_errors


@main.command()
@click.argument("name", required=False)
@graph_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="给查询变量赋值（可重复）。")
@click.option("--list", "list_only", is_flag=True, help="列出保存的查询及其参数。")
@click.option(
    "--time-limit",
    type=float,
    metavar="SECONDS",
    help="查询超过这个秒数就停止（此时查询在单独的进程中运行）。",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="改为查询这个 SPARQL 1.1 端点，而不是本地图谱（登录：POLICYGRAPH_USER/POLICYGRAPH_PASSWORD 或 ~/.netrc）。",
)
@click.option("--partial", is_flag=True, help="接受被端点按行数上限截断的结果（否则报错）。")
@reports_errors
def query(
    name: str | None,
    graph_dir: Path,
    fmt: str,
    params: tuple[str, ...],
    list_only: bool,
    time_limit: float | None,
    endpoint: str | None,
    partial: bool,
) -> None:
    """在构建好的图谱上运行保存的查询 NAME 或 SPARQL 文件 NAME.rq。

    Run a saved query NAME or a SPARQL file NAME.rq against a built graph.
    """
    if list_only or not name:
        for q in saved_queries().values():
            click.echo(f"{q.name:12} {q.description}")
            for p, text in q.params.items():
                click.echo(f"{'':12}   --param {p}=…（{heading(p)}）  {text}")
        return
    bound: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"'{item}' is not NAME=VALUE", param_hint="--param")
        bound[key.strip()] = value
    if time_limit and not endpoint:
        table = run_limited(graph_dir, load_query(name), bound, time_limit)
    else:
        table = run(load_graph(graph_dir, endpoint=endpoint, partial=partial), load_query(name), bound)
    click.echo(FORMATS[fmt](table), nl=False)


@main.command()
@graph_option
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出报告。")
@click.option("--top", default=15, show_default=True, help="文字报告中列出多少个部门。")
@reports_errors
def analyze(graph_dir: Path, as_json: bool, top: int) -> None:
    """上级文件的落实情况、各部门的任务量和共同责任伙伴（networkx）。

    Coverage of parent plans, each body's load and its co-responsibility partners (networkx).
    """
    from ..views.analyse import analyse  # networkx: imported by the commands that use it

    report = analyse(load_graph(graph_dir))
    click.echo(report_to_json(report) if as_json else report_to_text(report, top), nl=False)


@main.command()
@click.argument("document")
@click.argument("clause")
@graph_option
@click.option("--up", is_flag=True, help="向上追溯：这一条落实的上级条款，一直到最上层。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出这棵树。")
@reports_errors
def trace(document: str, clause: str, graph_dir: Path, up: bool, as_json: bool) -> None:
    """沿着层级追踪 DOCUMENT 的条款 CLAUSE：逐级列出落实它的下级条款。

    CLAUSE 是条款的路径（2.1.3）、唯一的编号（(三)）或标题中的词。每个条款都列出责任部门、完成时限和
    指标（与上级相比：照抄/加码/放宽/分解）。

    Follow CLAUSE of DOCUMENT through the cascade: the clauses below that implement it, level by level.
    """
    from ..views.trace import render_trace, trace_json
    from ..views.trace import trace as trace_clause

    result = trace_clause(load_graph(graph_dir), document, clause, up=up)
    click.echo(trace_json(result) if as_json else render_trace(result), nl=False)


@main.command()
@click.argument("document")
@graph_option
@click.option("--missing", is_flag=True, help="只列出下级有地区没有落实的条款。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出落实情况。")
@reports_errors
def coverage(document: str, graph_dir: Path, missing: bool, as_json: bool) -> None:
    """下一级地区对 DOCUMENT 各条款的落实：哪些落实了、哪些没有、哪些根本没有落实文件（下级区划取自 GB/T 2260）。

    Which jurisdictions one level below DOCUMENT took up each of its clauses, which did not, and which have
    no implementing document at all.
    """
    import json
    from dataclasses import asdict

    from ..views.coverage import coverage_by_level, render_coverage

    result = coverage_by_level(load_graph(graph_dir), document)
    text = json.dumps(asdict(result), ensure_ascii=False, indent=2) + "\n" if as_json else None
    click.echo(text or render_coverage(result, only_missing=missing), nl=False)


@main.command()
@graph_option
@reports_errors
def validate(graph_dir: Path) -> None:
    """用 SHACL 形状约束（ontology/shapes.ttl）检查构建好的图谱：每处不符合一行。

    Check a built graph against the SHACL shapes (ontology/shapes.ttl): one line per violation.
    """
    from ..graph.validate import validate_dir

    violations = validate_dir(graph_dir)
    for violation in violations:
        click.echo(str(violation))
    if violations:
        click.echo(
            f"错误：{graph_dir} 有 {len(violations)} 处不符合形状约束〔{len(violations)} shape violation(s)〕", err=True
        )
        sys.exit(1)
    click.echo(f"{graph_dir}：符合形状约束（SHACL）")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出解析器读到的全部内容。")
@reports_errors
def parse(file: Path, as_json: bool) -> None:
    """显示解析器在一个文件中读到的内容：元数据、条款树、职责分工。

    Show what the parser sees in one document: metadata, clause tree, responsibilities.
    """
    doc = parse_source(read_source(file))
    click.echo(parsed_to_json(doc) if as_json else parsed_to_text(doc), nl=False)
