"""Script: read documents written in traditional characters as the simplified ones they are.

Mainland documents are republished by many sites in traditional characters
(牽頭單位, 責任單位); every grammar table is in simplified characters, so such a
copy would give nothing. The copy parsed is converted; spans still point into
the text the user gave, so quotes stay as written. The conversion keeps one
character for one, which the offset map of normalize() relies on.
"""

from __future__ import annotations

from functools import cache

_SAMPLE = 4000  # characters enough to tell the script of a document


@cache
def _zhconv():
    import zhconv  # loaded only when a traditional text comes in

    return zhconv


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (not merely quotes a few)."""
    return _zhconv().issimp(text[:_SAMPLE], full=True) is False


def simplified(text: str) -> str:
    """The text in simplified characters, one for one; simplified text comes back unchanged."""
    if not text or text.isascii() or not is_traditional(text):
        return text
    convert = _zhconv().convert
    whole = convert(text, "zh-cn")
    if len(whole) == len(text):
        return whole
    # A phrase rule changed the length somewhere: fall back to character by character.
    return "".join(c if len(s := convert(c, "zh-cn")) != 1 else s for c in text)
