"""Parents found from citations: a document that says it implements 《…》 is linked to the corpus
document with that title or 文号, when the manifest names no parent for it.

Citations are written by hand: straight quotes for curly ones (《福建省"十四五"…规划》 cites
福建省“十四五”…规划), half-width brackets, a space here and there. The title key drops all of
that, so the same title matches however it was typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NOISE = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】〔〕·•、,，.。:：—–－-]")


def title_key(title: str) -> str:
    """A title without quotes, brackets, punctuation and spaces, in one width: what two spellings share."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", title))


def number_key(number: str) -> str:
    return re.sub(r"[\s〔〕\[\]［］()（）【】]", "", unicodedata.normalize("NFKC", number))


def infer_parents(documents: Iterable[tuple[str, str, str, tuple[tuple[str, str], ...]]]) -> dict[str, tuple[str, ...]]:
    """For (id, title, number, cites) of each corpus document: the corpus documents each one cites."""
    docs = list(documents)
    by_title = {title_key(t): d for d, t, _n, _c in docs if len(title_key(t)) >= 6}
    by_number = {number_key(n): d for d, _t, n, _c in docs if n}
    out: dict[str, tuple[str, ...]] = {}
    for doc_id, _title, _number, cites in docs:
        found: list[str] = []
        for cited_title, cited_number in cites:
            parent = by_number.get(number_key(cited_number)) if cited_number else None
            parent = parent or by_title.get(title_key(cited_title))
            if parent and parent != doc_id and parent not in found:
                found.append(parent)
        if found:
            out[doc_id] = tuple(found)
    return out
