"""HTTP to the SPARQL servers institutions run: Basic and Digest logins, errors that never show a password.

Credentials come from the environment (POLICYGRAPH_USER, POLICYGRAPH_PASSWORD) or a netrc file
(~/.netrc, or the file NETRC names), never from the command line: a password there lands in
shell history and process lists. A URL with user:password@ in it is refused, and every URL
in an error has its user information removed.
"""

from __future__ import annotations

import base64
import netrc
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from ..errors import StoreError

TIMEOUT = 60  # seconds; POLICYGRAPH_TIMEOUT overrides it (a whole-graph query on a large server can take longer)


def timeout_seconds() -> float:
    try:
        return float(os.environ.get("POLICYGRAPH_TIMEOUT", TIMEOUT))
    except ValueError:
        return TIMEOUT


@dataclass(frozen=True)
class Answer:
    body: bytes
    headers: Message


def redacted(url: str) -> str:
    """The URL as it may be shown: without user and password."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) for the URL's host: the environment first, then the netrc file; None if neither has one."""
    user, password = os.environ.get("POLICYGRAPH_USER"), os.environ.get("POLICYGRAPH_PASSWORD")
    if user and password:
        return user, password
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        found = netrc.netrc(os.environ.get("NETRC") or None).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    if found and found[0] and found[2]:
        return found[0], found[2]
    return None


# A body smaller than this goes out before a server can refuse it; a larger one is cut off by a 401.
_PREAUTH_ABOVE = 64 * 1024


def _manager(url: str, found: tuple[str, str]) -> urllib.request.HTTPPasswordMgrWithDefaultRealm:
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, *found)
    return manager


def _opener(url: str, found: tuple[str, str] | None) -> urllib.request.OpenerDirector:
    """An opener that answers a Basic or a Digest challenge with the credentials found for this host, if any."""
    if not found:
        return urllib.request.build_opener()
    manager = _manager(url, found)
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)
    )


def _authorize_first(req: urllib.request.Request, found: tuple[str, str], timeout: float) -> None:
    """Log in before sending a large body: answered 401 while still sending a graph, a server closes the
    connection (Virtuoso: a broken pipe), so the login is settled with a HEAD first and the body goes once."""
    try:
        urllib.request.urlopen(urllib.request.Request(req.full_url, method="HEAD"), timeout=timeout).close()
        return  # no login needed
    except urllib.error.HTTPError as err:
        challenge = err.headers.get("WWW-Authenticate", "") if err.code == 401 else ""
    except (urllib.error.URLError, OSError):
        return  # the real request will say what is wrong
    scheme, _, params = challenge.partition(" ")
    if scheme.lower() == "basic":
        token = base64.b64encode(f"{found[0]}:{found[1]}".encode()).decode()
        req.add_unredirected_header("Authorization", f"Basic {token}")
    elif scheme.lower() == "digest":
        chal = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(params)))
        value = urllib.request.HTTPDigestAuthHandler(_manager(req.full_url, found)).get_authorization(req, chal)
        if value:
            req.add_unredirected_header("Authorization", f"Digest {value}")


def _hint(code: int, url: str) -> str | None:
    host = urllib.parse.urlsplit(url).hostname
    if code == 401:
        if credentials(url):
            return "the server refused the user and password given (check them; Virtuoso: the user needs a password)"
        return (
            f"the server wants a login: set POLICYGRAPH_USER and POLICYGRAPH_PASSWORD, or a ~/.netrc entry for {host}"
        )
    if code == 403:
        return "the user may not do this here (Virtuoso: GRANT SPARQL_UPDATE and RDF_DEFAULT_USER_PERMS_SET for writes)"
    return None


def request(url: str, data: bytes | None, headers: dict[str, str], method: str, timeout: float | None = None) -> Answer:
    """Send one request; errors are StoreErrors naming the URL without its credentials and what to try."""
    timeout = timeout or timeout_seconds()
    if urllib.parse.urlsplit(url).password is not None:
        raise StoreError(
            "a password in the URL is not accepted (it would be stored in shell history and shown in errors)",
            where=redacted(url),
            hint="set POLICYGRAPH_USER and POLICYGRAPH_PASSWORD, or a ~/.netrc entry for the host",
        )
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    found = credentials(url)
    if found and data and len(data) > _PREAUTH_ABOVE:  # small bodies (queries) cost no extra round trip
        _authorize_first(req, found, timeout)
    try:
        with _opener(url, found).open(req, timeout=timeout) as r:
            return Answer(r.read(), r.headers)
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace").strip().splitlines()
        first = body[0][:200] if body else err.reason
        raise StoreError(f"HTTP {err.code}: {first}", where=redacted(url), hint=_hint(err.code, url)) from None
    except TimeoutError:
        raise StoreError(
            f"no answer within {timeout:g} s",
            where=redacted(url),
            hint="is this the right URL, and is the server up? A long query may need POLICYGRAPH_TIMEOUT=seconds",
        ) from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise StoreError(
            f"cannot reach the server: {reason}", where=redacted(url), hint="is the server running?"
        ) from None
