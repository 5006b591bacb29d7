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
    help="policygraph build 写出的文件夹。",
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
    """把政策文件变成职责分工的知识图谱，并查询它。

    Turn policy documents into a knowledge graph of obligations, and query it.
    """


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(path_type=Path),
    help="写入图谱的文件夹。",
)
@click.option("--strict", is_flag=True, help="只要有一个文件没能构建，就以非零状态退出。")
@click.option("--full", is_flag=True, help="忽略上次构建的缓存，全部重新解析和关联。")
@click.option("--jobs", "-j", type=click.IntRange(1), help="解析用的进程数［默认：每个 CPU 一个］。")
@click.option(
    "--store",
    type=click.Choice(BACKENDS),
    default="oxigraph",
    show_default=True,
    help="oxigraph：在 Turtle 旁写一个嵌入式磁盘存储；memory：只写 Turtle，在内存中查询。",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="同时把图谱推送到这个 SPARQL 1.1 服务器的查询地址"
    "（它的 Graph Store Protocol 地址在旁边：…/query -> …/store）。",
)
@click.option(
    "--graph-store",
    metavar="URL",
    help="改为推送到这个 Graph Store Protocol 地址（Fuseki：http://host:3030/ds/data）。",
)
@click.option(
    "--ntriples",
    is_flag=True,
    help="同时写出 graph.nt：排好序的 N-Triples（供 QLever 等批量导入，或逐行比较）。",
)
@click.option(
    "--nquads",
    is_flag=True,
    help="同时写出 graph.nq：所有命名图的 N-Quads，供服务器批量导入（Virtuoso、Oxigraph）。",
)
@click.option(
    "--dry-run",
    "dry_run",
    is_flag=True,
    help="与 --endpoint/--graph-store 一起用：只列出会发送和删除哪些图，服务器上什么也不改。",
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
    """构建 SOURCES（文件或文件夹；默认：自带的语料）的图谱。

    上次构建到同一个 --out 之后没有改动的文件不再重新解析。

    Build the graph of SOURCES (files or folders; default: the bundled corpus). Documents unchanged since the
    last build into the same --out are not parsed again.
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
    from .views.analyse import analyse  # networkx: imported by the commands that use it

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
    from .views.trace import render_trace, trace_json
    from .views.trace import trace as trace_clause

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

    from .views.coverage import coverage_by_level, render_coverage

    result = coverage_by_level(load_graph(graph_dir), document)
    text = json.dumps(asdict(result), ensure_ascii=False, indent=2) + "\n" if as_json else None
    click.echo(text or render_coverage(result, only_missing=missing), nl=False)


def scope_options(command):
    """--doc, --dept and --jurisdiction: the scope of an export (matrix, ledger), and -o for its file."""
    for option in reversed(
        [
            click.option("--doc", "document", help="一个文件的 id。"),
            click.option("--dept", "department", help="一个部门，按文件中的写法（如 市民政局）。"),
            click.option("--jurisdiction", help="一个辖区的各部门，跨它的各个文件（如 莆田市）。"),
            click.option("--output", "-o", type=click.Path(path_type=Path), help="写入这个文件（xlsx 必须给出）。"),
        ]
    ):
        command = option(command)
    return command


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


@main.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="监听的地址（默认只限本机）。")
@click.option("--port", default=7878, show_default=True)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="HOST",
    help="允许查询调用这台主机上的 SERVICE 端点（可重复）；否则拒绝 SERVICE。",
)
@click.option(
    "--time-limit",
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="查询超过这个秒数就停止（换一个新的工作进程）。",
)
@reports_errors
def serve(graph_dir: Path, host: str, port: int, allow_service: tuple[str, ...], time_limit: float) -> None:
    """在构建好的图谱上提供只读的 SPARQL 端点和查询页面。

    Serve a read-only SPARQL endpoint and query page over a built graph.
    """
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
    """用 SHACL 形状约束（ontology/shapes.ttl）检查构建好的图谱：每处不符合一行。

    Check a built graph against the SHACL shapes (ontology/shapes.ttl): one line per violation.
    """
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
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出解析器读到的全部内容。")
@reports_errors
def parse(file: Path, as_json: bool) -> None:
    """显示解析器在一个文件中读到的内容：元数据、条款树、职责分工。

    Show what the parser sees in one document: metadata, clause tree, responsibilities.
    """
    doc = parse_source(read_source(file))
    click.echo(parsed_to_json(doc) if as_json else parsed_to_text(doc), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
