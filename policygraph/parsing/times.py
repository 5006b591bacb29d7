"""What a time looks like where a document sets one: a year and the part of it (2024年6月底), the cue words
around it (到2025年, 2024年底前完成; grammar/deadline_cues.csv) and the open-ended words (长期坚持, 每年;
grammar/deadline_words.csv).

Its own module because three stages ask: deadlines finds them in clauses; the statement reader passes over a
time written among the bodies (（县民政局、县财政局，2024年底前完成）); the run-together splitter cuts a deadline
cell off a row's bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .grammar import _rows

# A year, then what part of it: 2024年 / 2024年底 / 2024年上半年 / 2024年第三季度 / 2024年6月底 / 2024年6月30日.
TIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年"
    r"(?:\s*(?:第\s*)?(?P<q>[一二三四1-4])\s*季度末?"
    r"|(?P<half>上半年|下半年|年底|年末|年初|年中|底|末)"
    r"|\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>[0-3]?\d)\s*日|(?P<mp>底|末|上旬|中旬|下旬))?)?"
)


# A time within the plan's own year, as annual task lists write a deadline: 6月底前 / 12月31日前 / 年底前 / 年内 /
# 上半年 (only where a deadline stands on its own: is_deadline_cell; a date in a sentence needs its year)
_IN_THE_YEAR = re.compile(
    r"(?:(?:1[0-2]|0?[1-9])\s*月\s*(?:[0-3]?\d\s*日|底|末|上旬|中旬|下旬)?|年底|年末|年内|上半年|下半年|三季度末?)"
)


@dataclass(frozen=True)
class TimeWords:
    before: re.Pattern[str]  # a cue before a time, at the end of the text before it: 到, 力争
    after: re.Pattern[str]  # a cue after a time: 前, 底前, 完成
    open_ended: re.Pattern[str]  # 长期坚持, 每年 …
    kinds: dict[str, str]  # open-ended word -> ongoing | yearly | quarterly | monthly


@cache
def time_words() -> TimeWords:
    """The deadline tables compiled: cues and open-ended words."""
    cues = _rows("deadline_cues.csv")
    before = "|".join(sorted((re.escape(c["cue"]) for c in cues if c["side"] == "before"), key=len, reverse=True))
    after = "|".join(sorted((re.escape(c["cue"]) for c in cues if c["side"] == "after"), key=len, reverse=True))
    words = {r["word"]: r["kind"] for r in _rows("deadline_words.csv")}
    return TimeWords(
        before=re.compile(f"(?:{before})\\s*$"),
        after=re.compile(f"^\\s*(?:{after})"),
        open_ended=re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True))),
        kinds=words,
    )


@cache
def time_labels() -> str:
    """The labels of a task's deadline, as a field (完成时限：…) or a table's column (grammar/field_labels.csv, kind
    time), as one alternation."""
    return "(?:" + "|".join(re.escape(r["label"]) for r in _rows("field_labels.csv") if r["kind"] == "time") + ")"


def is_deadline_cell(text: str) -> bool:
    """The whole of `text` is a deadline as a 完成时限 column writes one: a time with its cues (2023年底前,
    2024年6月, 2024年底前完成) or an open-ended word (长期坚持, 每年)."""
    g = time_words()
    m = TIME.match(text) or _IN_THE_YEAR.match(text)
    if m and m.end() > m.start():
        rest = text[m.end() :]
        while rest and (cue := g.after.match(rest)) and cue.end():  # 前, then 完成
            rest = rest[cue.end() :]
        return not rest
    word = g.open_ended.fullmatch(text)
    return word is not None
