"""Worksheets that print: A4 landscape, headers on every page, widths a person can read.

Offices circulate these workbooks on paper. A sheet printed with spreadsheet
defaults is portrait, cuts the department column off after the first page and
leaves columns 8 characters wide; these settings are what a clerk would set by hand.
"""

from __future__ import annotations

import unicodedata


def text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def set_printing(ws, title_rows: str, title_cols: str | None = None, fit_width: bool = True) -> None:
    """A4 landscape, `title_rows` (and `title_cols`) repeated on every page, page x of n in the footer.

    fit_width: shrink to one page wide (a ledger); a wide matrix instead runs on over several pages
    across, each with the department column (title_cols), since one page wide would be unreadable.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.print_options.gridLines = True


def fit_rows(ws, first_row: int, line_height: float = 16.0) -> None:
    """Rows tall enough for their wrapped text: LibreOffice and Excel keep an imported row one line high."""
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and cell.value:
                width = ws.column_dimensions[cell.column_letter].width or 10
                per_line = max(1, int(width * 0.85) - 1)  # a CJK glyph prints a little wider than two units
                lines = max(lines, -(-text_width(cell.value) // per_line))
        ws.row_dimensions[row[0].row].height = lines * line_height


def fit_columns(ws, widths: dict[str, tuple[int, int]], values: dict[str, list[str]]) -> None:
    """Each column as wide as its longest value, between its (least, most) width; longer text wraps."""
    for letter, (least, most) in widths.items():
        longest = max((text_width(v) for v in values.get(letter, [])), default=least)
        ws.column_dimensions[letter].width = max(least, min(most, longest + 2))
