"""Read: bytes on disk to a decoded `Source`.

Readers are registered by kind and chosen by sniffing content, not only the
extension, because government sites serve .doc files that are HTML and .txt
files in GBK. PDF, DOCX and HTML readers live in readers.py.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..model import Source
from .readers import check_chars, looks_like_html, read_doc, read_docx, read_html, read_pdf

Reader = Callable[[Path, bytes], tuple[str, str]]  # -> (text, encoding)

MAX_BYTES = 50 * 1024 * 1024


def _looks_like_text(text: str) -> bool:
    """Reject decodings that 'succeed' on binary data (GB18030 accepts a lot)."""
    if not text:
        return True
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\t\r\n\f")
    )
    return bad / len(sample) < 0.01


def decode(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or GB18030/GBK; raise ValueError if neither fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            if encoding == "utf-8":
                _refuse_mixed(data)
            continue
        if _looks_like_text(text):
            return text, encoding
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - defensive: the detector itself failed
        best = None
    if best is not None:
        text = str(best)
        if _looks_like_text(text):
            return text, best.encoding
    raise ValueError("not decodable as UTF-8 or GB18030 text")


def _refuse_mixed(data: bytes) -> None:
    """Mostly valid UTF-8 with some bytes that are not: two files pasted together in different encodings.

    GB18030 would "decode" it and turn the UTF-8 part into wrong characters without
    a word, so it is refused. (A GBK file read as UTF-8 fails on most characters.)
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    cjk = sum(1 for ch in text[:200000] if "\u4e00" <= ch <= "\u9fff")
    if cjk >= 20 and bad < cjk / 10:
        raise ValueError(f"mixed encodings: mostly UTF-8, but {bad} place(s) are not")


def read_text(path: Path, data: bytes) -> tuple[str, str]:
    try:
        return decode(data)
    except ValueError as err:
        raise InputError(str(err), where=str(path), hint="save it as UTF-8 text") from None


READERS: dict[str, Reader] = {
    "text": read_text,
    "pdf": read_pdf,
    "docx": read_docx,
    "doc": read_doc,
    "html": read_html,
}


def sniff(data: bytes) -> str:
    """Which reader fits these bytes: by content, whatever the file is called."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: Word 97-2003
        return "doc"
    if looks_like_html(data):
        return "html"
    return "text"


def read_source(path: Path, doc_id: str | None = None) -> Source:
    """Read one file into a Source, or raise InputError naming the file and the reason."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", where=str(path))
    if not path.is_file():
        raise InputError("not a regular file", where=str(path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"file is {size // (1024 * 1024)} MB, more than the 50 MB limit", where=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise InputError("file is empty", where=str(path))
    text, encoding = READERS[sniff(data)](path, data)
    check_chars(path, len(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("file has no text", where=str(path))
    return Source(
        doc_id=doc_id or path.stem,
        path=str(path),
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )
