"""Web archives (.mht / .mhtml, 网页归档): a page saved whole by Internet Explorer, Edge or Chrome.

Offices save a government page this way to keep it with its pictures. The file is a MIME message whose
first text/html part is the page, its text in quoted-printable or base64 and in the page's own charset;
the page is then read as any saved web page is (webpage.py), its charset the one it declares or its bytes show.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from ..errors import InputError
from .webpage import read_html

# What a web archive's headers say, in any order: a MIME message of related parts (the page and its pictures)
_MIME = re.compile(rb"^MIME-Version:", re.I | re.M)
_RELATED = re.compile(rb"^Content-Type:\s*multipart/related", re.I | re.M)
_HEAD = 4096  # bytes: the headers of a web archive stand at its start, before its first empty line


def looks_like_mhtml(data: bytes) -> bool:
    head = re.split(rb"\r?\n\r?\n", data[:_HEAD].lstrip(), maxsplit=1)[0]
    return bool(_MIME.search(head) and _RELATED.search(head))


def read_mhtml(path: Path, data: bytes) -> tuple[str, str]:
    """The text of the page a web archive holds."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
        body = page.get_payload(decode=True) if page is not None else None
    except Exception as err:  # the email package's parse errors on a damaged archive
        raise InputError(
            f"not a readable web archive ({type(err).__name__})",
            where=str(path),
            hint="open it in a browser and save the page as HTML",
        ) from None
    if not body:
        raise InputError(
            "a web archive (.mht) without a web page in it",
            where=str(path),
            hint="open it in a browser and save the page as HTML",
        )
    text, encoding = read_html(path, body)  # the page's own charset, or the one its bytes show
    return text, f"mhtml/{encoding.removeprefix('html/')}"
