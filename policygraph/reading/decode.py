"""Decoding: the bytes of a text file (or a web page) to text, in whatever encoding it was saved.

UTF-8 with or without BOM, GB18030/GBK, UTF-16; a file that is mostly UTF-8 with GBK pasted in is
refused rather than turned into wrong characters. Used by the plain-text and the web-page readers.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..errors import InputError


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
