"""serve: a read-only SPARQL endpoint and query page over a built graph."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import graph_option, main, reports_errors


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
    from ..views.serve import make_server

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
