"""The command line: a thin layer that turns library results and errors into output.

One module per family of commands: building (build), inspecting (query, analyze, trace, coverage, validate,
parse), exporting (matrix, ledger, render) and serving (serve). Each registers its commands on `main`; what
they share (the error line, --graph, the scope options) is here.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .. import __version__
from ..errors import PolicyGraphError
from ..views.messages import for_user

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policygraph")
def main() -> None:
    """把政策文件变成职责分工的知识图谱，并查询它。

    Turn policy documents into a knowledge graph of obligations, and query it.
    """


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


# The commands register themselves on `main` when their modules are imported.
from . import building, exporting, inspecting, serving  # noqa: E402, F401
