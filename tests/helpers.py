import hashlib
import sys
from pathlib import Path

from policygraph.model import Source

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def source(text: str, doc_id: str = "test") -> Source:
    return Source(
        doc_id=doc_id,
        path=f"{doc_id}.txt",
        text=text,
        encoding="utf-8",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def owners(text: str, by: str = "number") -> list[tuple[str, str, str]]:
    """The responsibilities a text gives, as (the clause's number or heading, body, role), sorted."""
    from policygraph.parsing.parse import parse_source

    doc = parse_source(source(text))
    clause = {c.path: getattr(c, by) for c in doc.clauses}
    return sorted((clause[r.clause], r.body, r.role) for r in doc.responsibilities)


def generate_corpus(out: Path, documents: int) -> list[Path]:
    """A synthetic cascade written by benchmarks/generate.py (the benchmark's own generator)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    from generate import generate

    return generate(out, documents)
