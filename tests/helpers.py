import hashlib

from policygraph.model import Source


def source(text: str, doc_id: str = "test") -> Source:
    return Source(doc_id=doc_id, path=f"{doc_id}.txt", text=text, encoding="utf-8",
                  sha256=hashlib.sha256(text.encode()).hexdigest())
