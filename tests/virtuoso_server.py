"""Start OpenLink Virtuoso 7 (Debian's virtuoso-opensource) on 127.0.0.1 in a folder of its own.

The packaged service cannot start in a container, so `virtuoso-t` runs in the foreground with an ini
written here. Used by tests/test_virtuoso.py and by `benchmarks/bench.py --large` (the bulk-loaded
side-by-side of issue 16), which give it more memory and a higher row limit.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}, {load}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = {rows}
MaxQueryExecutionTime = {seconds}
"""


def available() -> bool:
    return bool(VIRTUOSO and ISQL)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A running virtuoso-t. `buffers`: 8 KiB pages of cache (Virtuoso's guide: about 2/3 of free memory)."""

    def __init__(self, folder: Path, max_rows: int = 1000, buffers: int = 10000, seconds: int = 120):
        self.folder, self.load = folder / "db", folder / "load"
        self.folder.mkdir(parents=True, exist_ok=True)  # an existing database is opened again (benchmarks)
        self.load.mkdir(exist_ok=True)
        self.sql, self.http = _port(), _port()
        ini = folder / "virtuoso.ini"
        ini.write_text(
            INI.format(
                d=self.folder,
                load=self.load,
                sql=self.sql,
                http=self.http,
                rows=max_rows,
                buffers=buffers,
                dirty=buffers * 3 // 5,
                seconds=seconds,
            )
        )
        self.process = subprocess.Popen(
            [VIRTUOSO, "+configfile", str(ini), "+foreground"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.sparql = f"http://127.0.0.1:{self.http}/sparql"
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.sparql + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        else:
            self.stop()
            raise RuntimeError("virtuoso-t did not come up: " + (self.folder / "virtuoso.log").read_text()[-2000:])

    def add_user(self, user: str, password: str) -> None:
        """A SQL user who may update graphs over SPARQL (and so push with Digest)."""
        self.isql(
            f"DB.DBA.USER_CREATE('{user}', '{password}'); GRANT SPARQL_UPDATE TO \"{user}\"; "
            f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{user}', 3);"
        )

    def isql(self, statements: str, timeout: int = 300) -> str:
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql}", "dba", "dba", f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        return done.stdout

    def bulk_load(self, nquads: Path, timeout: int = 3600) -> None:
        """Load an N-Quads file with Virtuoso's own loader (ld_dir, rdf_loader_run), keeping its graphs."""
        target = self.load / nquads.name
        if not target.exists():
            try:
                target.hardlink_to(nquads)
            except OSError:
                shutil.copy(nquads, target)
        self.isql("DELETE FROM DB.DBA.load_list;")
        self.isql(f"ld_dir('{self.load}', '{nquads.name}', 'urn:unused'); rdf_loader_run(); checkpoint;", timeout)

    def graphs(self) -> set[str]:
        out = self.isql(
            "SPARQL SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a <https://w3id.org/policygraph/ns#Document> } };"
        )
        return {line.strip() for line in out.splitlines() if "/policygraph/id/graph/doc/" in line}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
