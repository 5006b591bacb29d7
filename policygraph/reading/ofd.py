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
        text = ofdkit.extract_text(data, page_separator="\n")
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
