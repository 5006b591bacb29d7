"""A query's final ORDER BY, done in Python after Oxigraph evaluates the rest.

Oxigraph keeps strings in a dictionary on disk and looks both strings up at every comparison of a sort. Where the
first sort keys tie on most rows (sector-owns: one sector, a few levels, then places and documents), comparisons go
deep: sorting 110,503 rows of one sector took 4.6 of 10.5 s at 10,000 documents, and Python sorts them in half a
second once their terms are read. Where the first key mostly decides (implements, by document), the engine's sort is
cheap and reading every term into Python costs more than it saves (7.3 s against 9.7 s; benchmarks/RESULTS.md). So a
query asks for it: `# sorted by the store` in its text. Only an ORDER BY that ends the query and sorts by variables
(?x, ASC(?x), DESC(?x)) is taken over; any other (an expression, a LIMIT after it) is left to the engine, as are
sorts inside sub-selects.

Terms are ordered as SPARQL orders them: unbound first, then blank nodes, IRIs, literals; numbers by value,
other literals by their text (Unicode code points, as Oxigraph compares them); see term_key for literals of
different kinds in one column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox

# The line by which a query asks for it
SORTED_HERE = re.compile(r"^#\s*sorted by the store\b", re.M)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = frozenset(
    _XSD + t
    for t in [
        "integer",
        "decimal",
        "double",
        "float",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "positiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    ]
)
# The query's last clause: ORDER BY and nothing but variables, each perhaps in ASC( ) or DESC( )
_KEY = r"(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+)"
_TRAILING_ORDER = re.compile(rf"\bORDER\s+BY\s+((?:{_KEY}\s*)+)$", re.I)
_ONE_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*[?$](\w+)", re.I)
# SELECT and a plain list of variables (the only projection a sort variable may be added to)
_PLAIN_SELECT = re.compile(r"\bSELECT\s+((?:[?$]\w+\s*)+)(?=WHERE\b|\{)", re.I)


@dataclass(frozen=True)
class Order:
    text: str  # the query without its final ORDER BY (and with any sort variable it did not project)
    keys: tuple[tuple[str, bool], ...]  # (variable, descending)
    added: tuple[str, ...]  # variables projected only to sort by, dropped after


def take_order(text: str, code: str) -> Order | None:
    """The query's final ORDER BY, to be done in Python; None when the engine must do it.

    `code` is the text with comments and strings blanked, the same length (store._code_only)."""
    m = _TRAILING_ORDER.search(code.rstrip())
    if not m:
        return None
    keys = tuple((k.group(2), (k.group(1) or "").upper() == "DESC") for k in _ONE_KEY.finditer(m.group(1)))
    body, head = text[: m.start()], code[: m.start()]
    if re.search(r"\bSELECT\s+\*", head, re.I):
        return Order(body, keys, ())  # every variable in scope is projected
    projected = _projected(head)
    missing = tuple(dict.fromkeys(name for name, _desc in keys if name not in projected))
    if not missing:
        return Order(body, keys, ())
    select = _PLAIN_SELECT.search(head)
    # a sort variable is added to a plain projection only: not beside DISTINCT, expressions or a GROUP BY
    if select is None or re.search(r"\bGROUP\s+BY\b", head, re.I):
        return None
    extra = "".join(f" ?{name}" for name in missing)
    return Order(body[: select.end(1)].rstrip() + extra + " " + body[select.end(1) :], keys, missing)


def _projected(head: str) -> set[str]:
    """The variables the outer SELECT projects: bare ones and those named by AS."""
    select = re.search(r"\bSELECT\b(.*?)(?:\bWHERE\b|\{)", head, re.I | re.S)
    if select is None:
        return set()
    named = set(re.findall(r"\bAS\s+[?$](\w+)", select.group(1), re.I))
    bare = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", " ", select.group(1))  # (COUNT(?x) AS ?n) projects ?n only
    return named | set(re.findall(r"[?$](\w+)", bare))


_STRING = _XSD + "string"


def term_key(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> tuple:
    """Where a term sorts, as SPARQL orders terms. Literals of different kinds SPARQL leaves to the engine, and
    Oxigraph's comparison of them is no total order (a sort of a column holding numbers and strings can abort the
    process): here numbers come first, then strings, then any other literal (a date, a tagged string) by its text."""
    if term is None:
        return (0,)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    datatype = term.datatype.value
    if datatype in _NUMERIC:
        try:
            return (3, 0, float(term.value), "")
        except ValueError:
            return (3, 2, 0.0, term.value)
    return (3, 1 if datatype == _STRING and not term.language else 2, 0.0, term.value)


def sort_rows(rows: list[tuple], columns: tuple[str, ...], order: Order) -> list[tuple]:
    """The rows (terms, in `columns` order) sorted by the order's keys, the columns it added dropped."""
    index = {name: i for i, name in enumerate(columns)}
    keys = [(index[name], desc) for name, desc in order.keys if name in index]
    # each key's sort key computed once per row (a term's datatype is a call into Oxigraph), then one stable sort
    # per key, the last key first; without a descending key, one sort by all of them
    memo: dict = {}  # a column repeats its terms (a document's name on each of its rows): each is keyed once
    cached = {i: [_memo_key(row[i], memo) for row in rows] for i, _desc in keys}
    positions = list(range(len(rows)))
    if not any(desc for _i, desc in keys):
        positions.sort(key=lambda p: tuple(cached[i][p] for i, _desc in keys))
    else:
        for i, desc in reversed(keys):
            column = cached[i]
            positions.sort(key=column.__getitem__, reverse=desc)
    kept = [i for i, name in enumerate(columns) if name not in order.added]
    if len(kept) == len(columns):
        return [rows[p] for p in positions]
    return [tuple(rows[p][i] for i in kept) for p in positions]


def _memo_key(term, memo: dict) -> tuple:
    key = memo.get(term)
    if key is None:
        key = memo[term] = term_key(term)
    return key
