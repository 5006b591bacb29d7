"""Any SPARQL 1.1 server beyond one machine: where to push, and queries over the protocol.

Push: the Graph Store Protocol, one named graph per document (graph/sync.py sends what
changed and deletes what is gone). Query: the SPARQL 1.1 Protocol. The protocol has no
parameters, so bound values travel as a VALUES block of RDF terms serialised by rdflib
(escaped as N-Triples), never as pasted text. The server must answer queries over the union
of its named graphs (Oxigraph: `serve --union-default-graph`; Fuseki: `tdb2:unionDefaultGraph
true`; Virtuoso does by default). A result the server cut short is an error, not a short table.
"""

from __future__ import annotations

import json
import urllib.parse

from rdflib import Literal, URIRef

from ..errors import QueryError, StoreError
from .http import credentials, redacted, request
from .store import Row, with_values

# Row limits servers ship with: a result of exactly this many rows was most likely cut.
KNOWN_LIMITS = {10_000: "Virtuoso's [SPARQL] ResultSetMaxRows (default 10000)"}


def graph_store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL beside a query URL: Oxigraph …/query -> …/store; Virtuoso /sparql ->
    /sparql-graph-crud-auth (with a login) or /sparql-graph-crud. Anything else must be named."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        return urllib.parse.urlunsplit(parts._replace(path=path.removesuffix("/query") + "/store", query=""))
    if path == "/sparql":
        crud = "/sparql-graph-crud-auth" if credentials(endpoint) else "/sparql-graph-crud"
        return urllib.parse.urlunsplit(parts._replace(path=crud, query=""))
    raise StoreError(
        "cannot tell where this server takes graphs",
        where=redacted(endpoint),
        hint="name it with --graph-store (Fuseki: http://host:3030/ds/data; Virtuoso: …/sparql-graph-crud-auth)",
    )


# Servers that get a text of their own for some saved queries (queries/<engine>/), known by their Server header.
ENGINES = {"Virtuoso/": "virtuoso"}


class RemoteStore:
    def __init__(self, endpoint: str, partial: bool = False):
        self.endpoint = endpoint
        self.partial = partial  # the user accepts a result the server cut short
        self._name: str | None = None

    @property
    def name(self) -> str:
        """The engine, for queries shaped for it: "virtuoso", or "endpoint" for any other server.

        Asked once, with an ASK that costs the server nothing: Virtuoso evaluates gaps' MINUS for more
        than ten minutes at 10^4 documents, its own text (a grouped OPTIONAL) in under a minute."""
        if self._name is None:
            server = self._post("ASK {}").headers.get("Server") or ""
            self._name = next((engine for mark, engine in ENGINES.items() if server.startswith(mark)), "endpoint")
        return self._name

    def _post(self, query: str):
        """One query over the SPARQL 1.1 Protocol, answered as SPARQL JSON results."""
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
        return request(self.endpoint, body, headers, "POST")

    def select(
        self, text: str, bindings: dict[str, Literal | URIRef] | None = None
    ) -> tuple[tuple[str, ...], list[Row]]:
        answer = self._post(with_values(text, bindings or {}))
        try:
            data = json.loads(answer.body)
            columns = tuple(data["head"]["vars"])
            rows = [tuple(b[c]["value"] if c in b else None for c in columns) for b in data["results"]["bindings"]]
        except (ValueError, KeyError) as err:
            raise QueryError(
                f"the endpoint did not answer with SPARQL JSON results ({err})", where=redacted(self.endpoint)
            ) from None
        self._check_complete(len(rows), answer.headers.get("X-SPARQL-MaxRows"))
        return columns, rows

    def _check_complete(self, count: int, max_rows: str | None) -> None:
        """A result cut at the server's row limit is an error unless partial results were asked for."""
        if self.partial:
            return
        if max_rows and max_rows.strip().isdigit() and count >= int(max_rows):
            setting = f"the server's row limit (X-SPARQL-MaxRows: {max_rows.strip()})"
        elif count in KNOWN_LIMITS:
            setting = KNOWN_LIMITS[count]
        else:
            return
        raise QueryError(
            f"the server cut the result at {count} rows: {setting}",
            where=redacted(self.endpoint),
            hint="raise that setting on the server (Virtuoso: [SPARQL] ResultSetMaxRows in virtuoso.ini), "
            "narrow the query, or pass --partial to accept the first rows",
        )
