"""The command line: a thin layer that turns library results and errors into output."""

from __future__ import annotations

import functools
import sys
from contextlib import ExitStack
from pathlib import Path

import click

from . import __version__
from .atomic import folder_lock, write_atomic
from .build import DEFAULT_DATA
from .build import build as build_corpus
from .errors import PolicyGraphError
from .graph.query import load_graph, load_query, run, run_limited, saved_queries
from .graph.store import BACKENDS
from .parsing.parse import parse_source
from .reading.read import read_source
from .views.export import FORMATS, heading, parsed_to_json, parsed_to_text, report_to_json, report_to_text
from .views.graphview import Slice
from .views.ledger import FORMATS as LEDGER_FORMATS
from .views.matrix import build_matrix
from .views.matrix_export import FORMATS as MATRIX_FORMATS
from .views.matrix_export import TEXT_FORMATS
from .views.messages import for_user
from .views.render import page_name, render_graph, write_matrix_xlsx, write_outputs

DEFAULT_OUT = "policygraph-out"
MAX_LISTED = 20  # violations printed by build; validate prints all


def _fail(err: PolicyGraphError) -> None:
    click.echo(f"错误：{for_user(err)}", err=True)
    sys.exit(1)


def reports_errors(command):
    """The one place the library's errors become a line on stderr (what failed, where, what to try), exit 1.

    The line is Chinese first (views/messages.py), the English original after it.
    """

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PolicyGraphError as err:
            _fail(err)

    return wrapper


# The graph folder every command after build reads.
graph_option = click.option(
    "--graph",
    "graph_dir",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder written by 'policygraph build'.",
)


class _Progress:
    """A progress bar on stderr for long builds; silent when stderr is not a terminal (CI, pipes)."""

    def __init__(self) -> None:
        self.bar = None
        self.stage = ""
        self.show = sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.show or total < 20:
            return
        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = click.progressbar(length=total, label=f"{stage:<5}", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policygraph")
def main() -> None:
    """Turn policy documents into a knowledge graph of obligations, and query it."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder to write the graph into.",
)
@click.option("--strict", is_flag=True, help="Exit non-zero if any document could not be built.")
@click.option("--full", is_flag=True, help="Parse and link everything again, ignoring the cache of the last build.")
@click.option("--jobs", "-j", type=click.IntRange(1), help="Worker processes for parsing [default: one per CPU].")
@click.option(
    "--store",
    type=click.Choice(BACKENDS),
    default="oxigraph",
    show_default=True,
    help="oxigraph: an embedded on-disk store beside the Turtle; memory: Turtle only, queried in memory.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Also push the graph to this SPARQL 1.1 server's query URL "
    "(its Graph Store Protocol URL is found beside it: …/query -> …/store).",
)
@click.option(
    "--graph-store",
    metavar="URL",
    help="Push to this Graph Store Protocol URL instead (Fuseki: http://host:3030/ds/data).",
)
@click.option(
    "--ntriples",
    is_flag=True,
    help="Also write graph.nt: the graph as sorted N-Triples (for bulk loaders such as QLever's, or line diffs).",
)
@click.option(
    "--nquads",
    is_flag=True,
    help="Also write graph.nq: every named graph as N-Quads, for a server's bulk loader (Virtuoso, Oxigraph).",
)
@click.option(
    "--dry-run",
    "dry_run",
    is_flag=True,
    help="With --endpoint/--graph-store: say which graphs would be sent and deleted, and change nothing there.",
)
def build(
    sources: tuple[Path, ...],
    out: Path,
    strict: bool,
    store: str,
    endpoint: str | None,
    graph_store: str | None,
    full: bool,
    jobs: int | None,
    ntriples: bool,
    nquads: bool,
    dry_run: bool,
) -> None:
    """Build the graph of SOURCES (files or folders; default: the bundled corpus).

    Documents unchanged since the last build into the same --out are not parsed again.
    """
    if not sources and not DEFAULT_DATA.is_dir():
        click.echo(
            "错误：没有给出文件，而自带的语料只随代码仓库提供；请给出文件或文件夹：policygraph build 文件或文件夹 …"
            "〔no files given, and the bundled corpus comes only with a checkout of the repository〕",
            err=True,
        )
        sys.exit(1)
    with _Progress() as progress, ExitStack() as held:
        try:
            held.enter_context(folder_lock(out))  # held until the pages and the workbook are written too
            result = build_corpus(
                list(sources) or None,
                out,
                store,
                endpoint,
                incremental=not full,
                workers=jobs,
                progress=progress,
                graph_store=graph_store,
                ntriples=ntriples,
                nquads=nquads,
                dry_run=dry_run,
                lock=False,
            )
        except PolicyGraphError as err:
            _fail(err)
            return
        _report_build(result, out, strict, dry_run)


def _report_build(result, out: Path, strict: bool, dry_run: bool = False) -> None:
    """What build prints after the graph is written: warnings, the summary, the pages it drew."""
    for err in result.errors:
        click.echo(f"警告：{for_user(err)}", err=True)
    for doc in result.documents:
        if not doc.responsibilities:
            click.echo(
                f"警告：{doc.path}：没有找到职责分工（没有 责任单位/牵头单位 标签、牵头/负责 等动词，"
                f"也没有以部门为主语的句子）；"
                f"运行 policygraph parse {doc.path} 查看读到的内容〔no responsibility found〕",
                err=True,
            )
        elif doc.unread:
            click.echo(
                f"提示：{doc.path}：有 {len(doc.unread)} 处提到 牵头/负责/单位/部门 却没有读出职责分工；"
                f"policygraph parse {doc.path} 会列出这些段落",
                err=True,
            )
    if not result.documents:
        click.echo(
            "错误：没有一个文件能够构建，什么也没有写入〔no document could be built; nothing was written〕", err=True
        )
        sys.exit(1)
    try:
        full = write_outputs(result.out, len(result.documents))
    except PolicyGraphError as err:
        _fail(err)
        return
    clauses = sum(d.clauses for d in result.documents)
    owners = sum(d.responsibilities for d in result.documents)
    reused = f"（其中 {result.reused} 个未改动，沿用上次结果）" if result.reused else ""
    click.echo(
        f"已构建 {len(result.documents)} 个文件{reused}：{clauses} 个条款，{owners} 条职责分工，"
        f"{result.triples} 个三元组 → {result.out}〔built {len(result.documents)} documents〕"
    )
    if result.pushed is not None:
        done = "试运行，未发送也未删除：" if dry_run else "已同步："
        click.echo(f"{done}{result.pushed.describe()}")
    if full:
        click.echo(f"请打开 {result.out / 'graph.html'} 和 {result.out / 'matrix.xlsx'}")
    else:
        click.echo(
            f"请打开 {result.out / 'graph.html'}（语料较大，只画出文件）；单个文件请运行 "
            f"policygraph render --doc ID -o ID.html 和 policygraph matrix --doc ID"
        )
    if result.violations is None:
        click.echo(
            f"提示：{result.triples} 个三元组超过了构建时做 SHACL 检查的上限；"
            f"请运行 policygraph validate --graph {result.out}",
            err=True,
        )
    else:
        for violation in result.violations[:MAX_LISTED]:
            click.echo(f"警告：不符合形状约束（SHACL）：{violation}", err=True)
        if len(result.violations) > MAX_LISTED:
            click.echo(
                f"警告：… 另有 {len(result.violations) - MAX_LISTED} 处不符合形状约束"
                f"（policygraph validate 会全部列出）",
                err=True,
            )
    if strict and (result.errors or result.violations):
        failed = [f"{len(result.errors)} 个文件失败"] if result.errors else []
        failed += [f"{len(result.violations)} 处不符合形状约束"] if result.violations else []
        english = [f"{len(result.errors)} document(s) failed"] if result.errors else []
        english += [f"{len(result.violations)} shape violation(s)"] if result.violations else []
        click.echo(f"错误：{'，'.join(failed)}（--strict）〔{' and '.join(english)} (--strict)〕", err=True)
        sys.exit(1)


@main.command()
@click.argument("name", required=False)
@graph_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query variable (repeatable).")
@click.option("--list", "list_only", is_flag=True, help="List the saved queries and their parameters.")
@click.option(
    "--time-limit",
    type=float,
    metavar="SECONDS",
    help="Stop the query if it runs longer than this (it then runs in a worker process).",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Query this SPARQL 1.1 endpoint instead of a local graph (login: POLICYGRAPH_USER/POLICYGRAPH_PASSWORD "
    "or ~/.netrc).",
)
@click.option("--partial", is_flag=True, help="Accept a result the endpoint cut at its row limit (an error otherwise).")
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
    """Run a saved query NAME or a SPARQL file NAME.rq against a built graph."""
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
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--top", default=15, show_default=True, help="How many bodies to list in the text report.")
@reports_errors
def analyze(graph_dir: Path, as_json: bool, top: int) -> None:
    """Coverage of parent plans, each body's load and its co-responsibility partners (networkx)."""
    from .views.analyse import analyse  # networkx: imported by the commands that use it

    report = analyse(load_graph(graph_dir))
    click.echo(report_to_json(report) if as_json else report_to_text(report, top), nl=False)


@main.command()
@click.argument("document")
@click.argument("clause")
@graph_option
@click.option("--up", is_flag=True, help="Trace upwards: the clauses this one carries out, up to the top.")
@click.option("--json", "as_json", is_flag=True, help="Print the tree as JSON.")
@reports_errors
def trace(document: str, clause: str, graph_dir: Path, up: bool, as_json: bool) -> None:
    """Follow CLAUSE of DOCUMENT through the cascade: the clauses below that implement it, level by level.

    CLAUSE is the clause's path (2.1.3), its number if unique ((三)) or words of its heading.
    Each clause is shown with its owners, deadlines and targets (照抄/加码/放宽/分解 against the parent's).
    """
    from .views.trace import render_trace, trace_json
    from .views.trace import trace as trace_clause

    result = trace_clause(load_graph(graph_dir), document, clause, up=up)
    click.echo(trace_json(result) if as_json else render_trace(result), nl=False)


@main.command()
@click.argument("document")
@graph_option
@click.option("--missing", is_flag=True, help="Only the clauses some jurisdiction below did not take up.")
@click.option("--json", "as_json", is_flag=True, help="Print the coverage as JSON.")
@reports_errors
def coverage(document: str, graph_dir: Path, missing: bool, as_json: bool) -> None:
    """Which jurisdictions one level below DOCUMENT took up each of its clauses, which did not, and which have
    no implementing document at all (the divisions below come from GB/T 2260)."""
    import json
    from dataclasses import asdict

    from .views.coverage import coverage_by_level, render_coverage

    result = coverage_by_level(load_graph(graph_dir), document)
    text = json.dumps(asdict(result), ensure_ascii=False, indent=2) + "\n" if as_json else None
    click.echo(text or render_coverage(result, only_missing=missing), nl=False)


def scope_options(command):
    """--doc, --dept and --jurisdiction: the scope of an export (matrix, ledger), and -o for its file."""
    for option in reversed(
        [
            click.option("--doc", "document", help="One document id."),
            click.option("--dept", "department", help="One body, by its name as written (e.g. 市民政局)."),
            click.option("--jurisdiction", help="One jurisdiction's bodies, across its documents (e.g. 莆田市)."),
            click.option(
                "--output", "-o", type=click.Path(path_type=Path), help="Write to this file (required for xlsx)."
            ),
        ]
    ):
        command = option(command)
    return command


@main.command()
@graph_option
@scope_options
@click.option("--format", "fmt", type=click.Choice(MATRIX_FORMATS), default="csv", show_default=True)
@click.option("--long", "long_form", is_flag=True, help="One row per responsibility (as the who-owns query).")
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
    """Export a department × clause responsibility matrix (cells L = lead, R = responsible)."""
    graph = load_graph(graph_dir)
    m = build_matrix(graph, document, department, jurisdiction)
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx needs --output FILE.xlsx")
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
@click.option("--title", help="The title printed above the ledger (default: 重点任务台账 and the scope).")
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
    """Export the task ledger (重点任务台账): 序号, 重点任务, 牵头单位, 责任单位, 完成时限, 来源条款."""
    from .atomic import atomic_path
    from .views.ledger import TEXT_FORMATS as LEDGER_TEXT
    from .views.ledger import build_ledger, to_html, write_xlsx

    tasks = build_ledger(load_graph(graph_dir), document, department, jurisdiction)
    scope = "，".join(v for v in (department, jurisdiction) if v)
    title = title or "重点任务台账" + (f"（{scope}）" if scope else "")
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx needs --output FILE.xlsx")
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
@click.option("--doc", "document", help="Only this document (id) and the bodies and targets around it.")
@click.option("--dept", "department", help="Only this body (name as written) and its clauses.")
@click.option("--level", type=click.Choice(["national", "province", "prefecture", "county", "township"]))
@click.option("--around", help="A node (IRI, body name or DOC:NUMBER) to centre on.")
@click.option("--depth", default=1, show_default=True, help="How many steps around --around.")
@click.option(
    "--output",
    "-o",
    help="Page name inside the graph folder [default: named after the slice; graph.html only when asked].",
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
    """Write an interactive, offline HTML page of the graph or a slice of it (pyvis).

    The build's graph.html is replaced only when asked (-o graph.html); without -o the page is named after
    the slice (render-doc-ID.html, render-dept-市民政局.html, render-all.html).
    """
    where = Slice(document, department, level, around, depth)
    name = page_name(where, output)
    nodes = render_graph(load_graph(graph_dir), graph_dir, where, name)
    click.echo(f"已写入 {nodes} 个节点 → {Path(graph_dir) / name}")


@main.command()
@graph_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only by default)."
)
@click.option("--port", default=7878, show_default=True)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="HOST",
    help="Let queries call SERVICE endpoints on this host (repeatable); SERVICE is refused otherwise.",
)
@click.option(
    "--time-limit",
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop a query that runs longer than this (its worker process is replaced).",
)
@reports_errors
def serve(graph_dir: Path, host: str, port: int, allow_service: tuple[str, ...], time_limit: float) -> None:
    """Serve a read-only SPARQL endpoint and query page over a built graph."""
    from .views.serve import make_server

    try:
        server = make_server(graph_dir, host, port, allow_service, time_limit)
    except OSError as err:
        click.echo(
            f"错误：{host}:{port}：无法监听（{err.strerror}）；请换一个 --port〔cannot listen: {err.strerror}〕",
            err=True,
        )
        sys.exit(1)
    click.echo(f"正在只读提供 {graph_dir}：http://{host}:{server.server_address[1]}/（按 Ctrl-C 停止）")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@graph_option
@reports_errors
def validate(graph_dir: Path) -> None:
    """Check a built graph against the SHACL shapes (ontology/shapes.ttl): one line per violation."""
    from .graph.validate import validate_dir

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
@click.option("--json", "as_json", is_flag=True, help="Print everything the parser saw, as JSON.")
@reports_errors
def parse(file: Path, as_json: bool) -> None:
    """Show what the parser sees in one document: metadata, clause tree, responsibilities."""
    doc = parse_source(read_source(file))
    click.echo(parsed_to_json(doc) if as_json else parsed_to_text(doc), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
