"""Queries evaluated in worker processes, so a query past its time limit is really stopped.

Neither Oxigraph nor rdflib can cancel a running query: a cartesian product keeps a thread
busy long after its client has gone. Each worker process opens the graph once and answers
one query at a time; a query that runs past the limit is stopped by killing its worker,
which is replaced. The number of workers bounds the queries evaluated at once.
"""

from __future__ import annotations

import multiprocessing
import queue
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from ..errors import PolicyGraphError, QueryError, StoreError
from ..graph.formats import NOT_ACCEPTABLE as _NOT_ACCEPTABLE
from ..graph.formats import NotAcceptable


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""


class Busy(QueryError):
    """Every worker was busy for longer than a caller would wait."""


def _work(graph_dir: str, backend: str, conn: Connection) -> None:
    """A worker: open the graph once, then answer one query at a time until the pipe closes."""
    from ..graph.store import open_store

    try:
        store = open_store(Path(graph_dir), backend)
    except PolicyGraphError as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", store.name))
    while True:
        try:
            text, accept, name = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", store.results(text, accept, name)))
        except PolicyGraphError as err:
            conn.send(("error", str(err)))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection


class Workers:
    """`size` worker processes over the graph in `graph_dir`; `run` answers within `limit` seconds or stops."""

    def __init__(self, graph_dir: Path, backend: str = "auto", size: int = 4, limit: float = 30.0, wait: float = 10.0):
        self.graph_dir, self.backend, self.limit, self.wait = str(graph_dir), backend, limit, wait
        self._context = multiprocessing.get_context("spawn")  # no fork of a process holding store handles
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self.name = ""
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(self.graph_dir, self.backend, child), daemon=True)
        process.start()
        child.close()
        try:
            status, payload = parent.recv()
        except EOFError:
            raise StoreError("a query worker could not start", where=self.graph_dir) from None
        if status != "ready":
            process.join()
            raise StoreError(payload, where=self.graph_dir)
        self.name = payload
        return _Worker(process, parent)

    def _stop(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()

    def run(self, text: str, accept: str | None = None, name: str = "") -> tuple[bytes, str]:
        """The answer and its media type (negotiated from `accept`, or the format `name`d), or a QueryError.

        QueryTimeout past the limit, Busy when no worker frees up in time, NotAcceptable for a format
        the result cannot be written in.
        """
        try:
            worker = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise Busy("busy: every query worker is in use; try again") from None
        try:
            worker.conn.send((text, accept, name))
            if not worker.conn.poll(self.limit):
                self._stop(worker)
                worker = self._start()
                raise QueryTimeout(
                    f"the query ran longer than {self.limit:g} s and was stopped",
                    hint="narrow it (LIMIT, a document, a department) or raise the time limit",
                )
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            self._stop(worker)
            worker = self._start()
            raise QueryError("the query stopped its worker process") from None
        finally:
            self._idle.put(worker)
        if kind != "ok":
            raise (NotAcceptable if payload.startswith(_NOT_ACCEPTABLE) else QueryError)(payload)
        return payload

    def close(self) -> None:
        while True:
            try:
                self._stop(self._idle.get_nowait())
            except queue.Empty:
                return
