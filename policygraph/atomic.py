"""Files written whole or not at all: a temporary name in the same folder, then a rename.

Every output (graph files, pages, workbook, report, cache entries) goes through
here, so a failed or killed run never leaves half a file where a reader looks.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it if the block succeeds, removed if not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Write text to path through a temporary file in the same folder, synced, and a rename."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


LOCK = ".lock"


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the output folder for one build: a second build into it fails at once, naming the first.

    Two builds into one folder would each replace the other's graph and mix their pages.
    The lock is an advisory flock on folder/.lock, released when the process ends however it ends.
    """
    folder = Path(folder)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        yield
        return
    try:
        with _locked(folder, fcntl):
            yield
    finally:
        if created and {p.name for p in folder.iterdir()} <= {LOCK}:  # the build wrote nothing: leave nothing
            (folder / LOCK).unlink(missing_ok=True)
            folder.rmdir()


@contextmanager
def _locked(folder: Path, fcntl) -> Iterator[None]:
    from .errors import StoreError

    with open(folder / LOCK, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreError(
                f"another build is writing to this folder ({holder})",
                where=str(folder),
                hint="wait for it to finish, or build into another --out",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def clean_leftovers(folder: Path) -> None:
    """Remove what killed builds left behind: temporary files and half-made stores (call under folder_lock)."""
    import shutil

    folder = Path(folder)
    if not folder.is_dir():
        return
    for path in [*folder.glob(".*.tmp"), *folder.glob("bodies/.*.tmp"), *folder.glob(".cache/**/.*.tmp")]:
        if path.is_dir():  # a withdrawn bodies/ folder not yet removed
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    for path in folder.glob(".store.*"):
        if path.name == ".store.old" and not (folder / "store").is_dir():
            path.rename(folder / "store")  # killed between the two renames of a store swap: put the old one back
        else:
            shutil.rmtree(path, ignore_errors=True)


# What is drawn from the graph for people to open. Written after the graph, graph.html last,
# so a build stopped part-way leaves these missing (the next build draws them), never a previous
# build's pages beside a new graph.
VIEWS = ("graph.html", "matrix.xlsx", "bodies")


def withdraw_views(folder: Path) -> None:
    """Remove the pages and workbook of the previous build: call before a new graph replaces its graph."""
    import shutil

    folder = Path(folder)
    for name in VIEWS:
        path = folder / name
        if path.is_dir():
            aside = folder / f".{name}.withdrawn.tmp"  # one rename takes the whole folder out of sight
            shutil.rmtree(aside, ignore_errors=True)
            path.rename(aside)
            shutil.rmtree(aside, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
