"""Chinese numerals, read by one library (cn2an) for every stage.

Headings number with 一 / 十二 / 一百零五, ① circled digits or Arabic digits; targets write
values as 3.8, 两千, 68.3万. Before this module the structure and target stages each had
their own reader, and they disagreed (两千 was 2 in one, 2000 in the other).
"""

from __future__ import annotations

import re

import cn2an

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ARABIC = re.compile(r"\d+(?:\.\d+)?")


def cn_int(text: str) -> int:
    """The value of a heading or date number: '12', '十二', '二十', '一百零五', '②', '〇' (0 if unreadable)."""
    if len(text) == 1 and text in CIRCLED:  # checked first: '①'.isdigit() is true, int('①') is not
        return CIRCLED.index(text) + 1
    if text.isascii() and text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text.replace("〇", "零"), "smart"))
    except (ValueError, KeyError):
        return 0


def cn_value(text: str) -> float:
    """A target's value: '3.8' -> 3.8, '十二' -> 12, '两千' -> 2000, '68.3万' -> 683000."""
    scale = 1.0
    if text.endswith("万"):
        text, scale = text[:-1], 10_000.0
    elif text.endswith("亿"):
        text, scale = text[:-1], 100_000_000.0
    if _ARABIC.fullmatch(text):
        return float(text) * scale
    try:
        return float(cn2an.cn2an(text, "smart")) * scale
    except (ValueError, KeyError):
        return 0.0
