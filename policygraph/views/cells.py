"""Cells a spreadsheet will not run: text from documents, made safe for CSV, Markdown, HTML and xlsx.

A clause heading such as =HYPERLINK("http://…","打开附件") is text a document author wrote; opened in
a spreadsheet it would become a live formula (OWASP: CSV injection). Every exporter passes its text
cells through here.
"""

from __future__ import annotations

import html
import re

# Characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")


def inert(text: str) -> str:
    """The text, with a leading ' where a spreadsheet would otherwise evaluate it; numbers stay numbers."""
    if text.startswith(FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


def markdown_cell(text: str) -> str:
    """A Markdown table cell: inert, HTML escaped (no raw <svg onload=…>), pipes and line breaks kept out."""
    return html.escape(inert(text), quote=False).replace("|", "\\|").replace("\n", " ")
