"""How wide text prints, in Chinese characters: the one measure the readers and the parser share.

A page sets its lines to one width. A line holding digits, Latin letters or spaces holds more characters for the
same width, so printed lines are compared by this measure, never by their number of characters: the OFD reader
(reading/reflow.py) to tell a wrapped line from a paragraph's last, the parser (parsing/normalize.py) to find the
printed lines of a PDF's text saved as one line. Both also read a bracketed statement on a line of its own the same
way once printed lines are joined (LINE_STOPS, LINE_BRACKETS).
"""

from __future__ import annotations

import unicodedata

# A statement in brackets on a line of its own after a finished sentence, in text whose printed lines were joined:
# the sentence's stop, one space, the bracket (…知晓率。 （责任单位：…）). The readers join such a line so
# (reflow.join_printed); the parser takes that space for the start of a line (assign._PARAGRAPH_START).
LINE_STOPS = ("。", "；", ";")
LINE_BRACKETS = ("(", "（", "【", "[")


def printed_width(text: str) -> float:
    """The room `text` takes on a printed line: a Chinese character one, a Latin letter, digit or space a half.
    Characters of ambiguous width (“ ” ‘ ’ — …) are full width in a Chinese font."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)
