"""Messages for the people who read them: Chinese first, the English original after it.

The library's errors say what failed in English (developers and logs read those); the users of this tool
read Chinese. `for_user` renders an error as one Chinese line from the catalogue in messages.csv and keeps
the English in 〔〕 after it, so a message can still be searched for or reported. A reason the catalogue does
not know is printed as it is.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib.resources import files

from ..errors import PolicyGraphError


@cache
def _catalogue() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = files(__package__).joinpath("messages.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple((re.compile(r["english"]), r["chinese"]) for r in rows)


def chinese(text: str) -> str | None:
    """The Chinese of one reason or hint, or None if the catalogue has no row for it."""
    for pattern, template in _catalogue():
        m = pattern.fullmatch(text)
        if m:
            return template.format(**m.groupdict())
    return None


def for_user(err: PolicyGraphError) -> str:
    """where：原因；提示〔the English original〕 — or the English alone if the reason is not catalogued."""
    reason = chinese(err.reason)
    if reason is None:
        return str(err)
    text = f"{err.where}：{reason}" if err.where else reason
    if err.hint:
        text += f"；{chinese(err.hint) or err.hint}"
    return f"{text}〔{err.message()}〕"
