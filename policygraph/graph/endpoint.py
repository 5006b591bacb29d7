"""Any SPARQL 1.1 server beyond one machine.

Push: the Graph Store Protocol, one named graph per document (PUT replaces it,
so a rebuild never duplicates), plus one graph for the ontology, sectors and
parents outside the corpus. Query: the SPARQL 1.1 Protocol. The protocol has
no parameters, so bound values travel as a VALUES block of RDF terms
serialised by rdflib (escaped as N-Triples), never as pasted text. The server
must answer queries over the union of its named graphs (Oxigraph:
`serve --union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import Literal, URIRef

from ..errors import QueryError, StoreError
from .store import Row, with_values

TIMEOUT = 60


def graph_store_url(endpoint: str) -> str:
    """Oxigraph serves the Graph Store Protocol at /store beside /query."""
    return endpoint.rstrip("/").removesuffix("/query") + "/store"


def _request(url: str, data: bytes | None, headers: dict[str, str], method: str) -> bytes:
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - the user's endpoint
            return response.read()
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace").strip().splitlines()
        raise StoreError(f"HTTP {err.code}: {body[0] if body else err.reason}", where=url) from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise StoreError(f"cannot reach the endpoint: {reason}", where=url, hint="is the server running?") from None


def put_graph(store_url: str, graph: str, ntriples: bytes) -> None:
    url = f"{store_url}?{urllib.parse.urlencode({'graph': graph})}"
    _request(url, ntriples, {"Content-Type": "application/n-triples"}, "PUT")


def push(store_url: str, graphs: dict[str, Path]) -> None:
    """Send the graph to a Graph Store Protocol URL, one named graph (an N-Triples file) at a time: PUT replaces."""
    for graph, path in graphs.items():
        put_graph(store_url, graph, path.read_bytes())


class RemoteStore:
    name = "endpoint"

    def __init__(self, endpoint: str):
        self.endpoint = endpoint

    def select(
        self, text: str, bindings: dict[str, Literal | URIRef] | None = None
    ) -> tuple[tuple[str, ...], list[Row]]:
        body = urllib.parse.urlencode({"query": with_values(text, bindings or {})}).encode("utf-8")
        raw = _request(
            self.endpoint,
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
            "POST",
        )
        try:
            data = json.loads(raw)
            columns = tuple(data["head"]["vars"])
            rows = [tuple(b[c]["value"] if c in b else None for c in columns) for b in data["results"]["bindings"]]
        except (ValueError, KeyError) as err:
            raise QueryError(
                f"the endpoint did not answer with SPARQL JSON results ({err})", where=self.endpoint
            ) from None
        return columns, rows
