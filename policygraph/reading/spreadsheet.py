"""Excel workbooks (.xlsx): task-division tables (任务分工表, 任务清单) are often published as spreadsheets.

Each sheet becomes lines as the Word reader writes a table: one line a row, its cells joined by tabs. A cell
merged across columns (a title or a group row: 一、养老服务) is written once, so such a row is a line of its own;
a cell merged down several rows (one 牵头单位 for three tasks, a 重点任务 over its 具体举措) is written into
every row it spans, as the web page reader does with rowspan.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from ..errors import InputError
from .readers import check_chars, row_text

WORKBOOK_ROOT = "xl/workbook.xml"  # the entry file that makes a ZIP package an Excel workbook
MAX_CELLS = 2_000_000  # a workbook of a few MB can declare far more cells than it fills


def _value(value: object) -> str:
    """A cell as a reader sees it: 1 not 1.0, a date as 2024年6月30日."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def _sheet_lines(sheet, path: Path) -> list[str]:
    # iter_rows gives max_row rows of max_column cells: the bound is known before any cell is read
    if sheet.max_row * sheet.max_column > MAX_CELLS:
        raise InputError(
            f"sheet {sheet.title}: more than {MAX_CELLS:,} cells", where=str(path), hint="split the workbook"
        )
    grid = [[_value(c.value) for c in row] for row in sheet.iter_rows()]
    covered: set[tuple[int, int]] = set()  # cells to the right of a merged cell's first column
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(merged.max_row, len(grid))):
            for c in range(left, min(merged.max_col, len(grid[r]))):
                grid[r][c] = value
                if c > left:
                    covered.add((r, c))
    lines = []
    for r, row in enumerate(grid):
        cells = [v for c, v in enumerate(row) if (r, c) not in covered]
        while cells and not cells[-1].strip():
            cells.pop()
        if any(v.strip() for v in cells):
            lines.append(row_text(cells))
    return lines


def read_xlsx(path: Path, data: bytes) -> tuple[str, str]:
    """Every visible sheet's rows, sheets apart by an empty line."""
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        lines: list[str] = []
        chars = 0
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                continue
            if lines:
                lines.append("")
            sheet_lines = _sheet_lines(sheet, path)
            lines.extend(sheet_lines)
            chars += sum(len(line) for line in sheet_lines)
            check_chars(path, chars)
    except InputError:
        raise
    except Exception as err:  # openpyxl and zip errors on broken parts
        raise InputError(
            f"not a readable .xlsx workbook ({type(err).__name__})",
            where=str(path),
            hint="open and save it again in Excel, WPS or LibreOffice",
        ) from None
    return "\n".join(lines), "xlsx"
