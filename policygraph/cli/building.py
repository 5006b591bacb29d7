"""build: the corpus to a graph folder, and what it prints after (warnings, the summary)."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from ..atomic import folder_lock
from ..build import DEFAULT_DATA
from ..build import build as build_corpus
from ..errors import PolicyGraphError
from ..graph.store import BACKENDS
from ..views.messages import for_user
from ..views.render import write_outputs
from . import DEFAULT_OUT, MAX_LISTED, _fail, main


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
