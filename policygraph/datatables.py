"""The CSV tables that hold the package's knowledge (grammar rows, Chinese headings).

They share one form: a header row, `#` comment lines saying why the table exists,
one row per fact with a `why`. Read them here so every table is read the same way.
"""

from __future__ import annotations

import csv
from importlib.resources import files


def read_table(package: str, name: str) -> list[dict[str, str]]:
    """The rows of the table `name` shipped in `package`, comments and blank lines left out."""
    text = files(package).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))
