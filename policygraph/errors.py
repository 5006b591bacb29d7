"""One exception hierarchy, so the CLI can turn any failure into one line.

Every error knows *what* failed, *where* (a file, a query, a store) and, when
we can tell, *what to try*. Library code raises these and never prints.
"""

from __future__ import annotations


class PolicyGraphError(Exception):
    """Base class: str(err) is the one-line message a user sees."""

    def __init__(self, reason: str, *, where: str | None = None, hint: str | None = None):
        self.reason = reason
        self.where = where
        self.hint = hint
        super().__init__(self.message())

    def message(self) -> str:
        text = f"{self.where}: {self.reason}" if self.where else self.reason
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(PolicyGraphError):
    """A source document cannot be read or yields nothing (undecodable, empty, no clauses)."""


class ManifestError(PolicyGraphError):
    """The corpus manifest is malformed or contradicts itself."""


class QueryError(PolicyGraphError):
    """A query is unknown, malformed, or given parameters it does not take."""


class StoreError(PolicyGraphError):
    """The built graph cannot be found, loaded or written."""
