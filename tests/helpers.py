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


def generate_corpus(out: Path, documents: int) -> list[Path]:
    """A synthetic cascade written by benchmarks/generate.py (the benchmark's own generator)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    from generate import generate

    return generate(out, documents)
