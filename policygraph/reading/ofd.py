"""OFD (GB/T 33190), the national format of electronic official documents (电子公文), read through ofdkit.

An OFD file is a ZIP of XML pages whose text is placed glyph by glyph; ofdkit puts the runs back into lines in
reading order (tables line by line), which is the text the parser reads as it reads a PDF's, its printed lines
joined back into paragraphs (reflow.py).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .reflow import reflow_text

OFD_ROOT = "OFD.xml"  # the entry file every OFD package has at its root


def read_ofd(path: Path, data: bytes) -> tuple[str, str]:
    import ofdkit

    try:
        with ofdkit.open(data) as document:
            text = "\n".join(_page_text(page) for page in document.pages)
    except ofdkit.OFDLimitError:
        raise InputError(
            "the OFD document is larger than the reader's limits", where=str(path), hint="split it into its documents"
        ) from None
    except Exception as err:  # ofdkit's format errors and the XML and ZIP errors under them
        raise InputError(
            f"not a readable OFD document ({type(err).__name__})",
            where=str(path),
            hint="open it in an OFD reader and save it as PDF",
        ) from None
    return reflow_text(text), "ofd"


def _page_text(page) -> str:
    """A page's lines as ofdkit puts its runs together, each that ends with a printed space keeping it: a table row
    whose last cell wrapped at the space before it (…500亿元 / 财政部) is joined back with the space between."""
    spaced = tuple({run.text.rstrip() for run in page.runs if run.text.endswith(" ") and run.text.strip()})
    lines = page.text().split("\n")
    return "\n".join(line + " " if spaced and line.endswith(spaced) else line for line in lines)
