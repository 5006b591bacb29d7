"""The character classes every pattern is written with: CJK ideographs and Chinese numerals."""

from __future__ import annotations

CJK = r"\u3400-\u9fff\uf900-\ufaff"
CN_DIGITS = "零〇一二三四五六七八九十百两"
