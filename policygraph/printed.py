"""How wide text prints, in Chinese characters: the one measure the readers and the parser share.

A page sets its lines to one width. A line holding digits, Latin letters or spaces holds more characters for the
same width, so printed lines are compared by this measure, never by their number of characters: the OFD reader
(reading/reflow.py) to tell a wrapped line from a paragraph's last, the parser (parsing/normalize.py) to find the
printed lines of a PDF's text saved as one line.
"""

from __future__ import annotations

import unicodedata


def printed_width(text: str) -> float:
    """The room `text` takes on a printed line: a Chinese character one, a Latin letter, digit or space a half.
    Characters of ambiguous width (“ ” ‘ ’ — …) are full width in a Chinese font."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)
