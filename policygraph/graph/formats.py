"""Result formats of the SPARQL 1.1 Protocol, chosen from a client's Accept header.

SELECT and ASK answer with a results format, CONSTRUCT and DESCRIBE with an RDF
format; a client says what it can read (SPARQLWrapper asks for XML, CSV or TSV by
name, a browser for anything). The tables are the registry: a new format is one row
here and one serializer name in each store.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import QueryError


@dataclass(frozen=True)
class Format:
    key: str  # json | xml | csv | tsv for results; turtle | ntriples | jsonld | rdfxml for graphs
    media_type: str  # what the answer's Content-Type says


# media type asked for -> format; the first row of each table is the default.
RESULTS = {
    "application/sparql-results+json": Format("json", "application/sparql-results+json"),
    "application/json": Format("json", "application/sparql-results+json"),
    "application/sparql-results+xml": Format("xml", "application/sparql-results+xml"),
    "application/xml": Format("xml", "application/sparql-results+xml"),
    "text/xml": Format("xml", "application/sparql-results+xml"),
    "text/csv": Format("csv", "text/csv; charset=utf-8"),
    "text/tab-separated-values": Format("tsv", "text/tab-separated-values; charset=utf-8"),
}
GRAPHS = {
    "text/turtle": Format("turtle", "text/turtle; charset=utf-8"),
    "application/x-turtle": Format("turtle", "text/turtle; charset=utf-8"),
    "application/n-triples": Format("ntriples", "application/n-triples"),
    "text/plain": Format("ntriples", "application/n-triples"),  # N-Triples' old media type
    "application/ld+json": Format("jsonld", "application/ld+json"),
    "application/json": Format("jsonld", "application/ld+json"),
    "application/rdf+xml": Format("rdfxml", "application/rdf+xml"),  # what rdflib's SPARQLStore asks for
}
# ?format=csv on a link (the query page's download), or the names SPARQLWrapper sends beside its Accept header.
BY_NAME = {f.key: f for f in (*RESULTS.values(), *GRAPHS.values())} | {
    "json-ld": GRAPHS["application/ld+json"],
    "nt": GRAPHS["application/n-triples"],
    "n-triples": GRAPHS["application/n-triples"],
    "ttl": GRAPHS["text/turtle"],
    "rdf+xml": GRAPHS["application/rdf+xml"],
}


NOT_ACCEPTABLE = "not acceptable: "  # how the message starts, so it survives the trip from a worker process


class NotAcceptable(QueryError):
    """The client accepts none of the formats this kind of result can be written in."""


def _ranges(accept: str) -> list[tuple[float, int, str]]:
    """Media ranges of an Accept header, best first (q, then order)."""
    out = []
    for order, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            out.append((-q, order, media))
    return sorted(out)


def negotiate(accept: str | None, graph: bool, name: str = "") -> Format:
    """The format to answer in: the one `name`d if it fits the result, else the best the Accept header allows.

    A name that does not fit (json for a CONSTRUCT) is a hint a client sends beside its Accept header,
    not a demand: the header decides then.
    """
    table = GRAPHS if graph else RESULTS
    named = BY_NAME.get(name.lower()) if name else None
    if named is not None and named in table.values():
        return named
    ranges = _ranges(accept or "*/*")
    for _q, _order, media in ranges:
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            prefix = media.split("/")[0]
            for listed, fmt in table.items():
                if prefix == "*" or listed.startswith(prefix + "/"):
                    return fmt
    if not ranges:
        return next(iter(table.values()))
    raise NotAcceptable(
        f"{NOT_ACCEPTABLE}none of the accepted types ({accept}) can hold this result",
        hint="accept one of: " + ", ".join(dict.fromkeys(f.media_type.split(";")[0] for f in table.values())),
    )
