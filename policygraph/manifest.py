"""The corpus manifest: stable ids, parents, and metadata a text lacks.

A folder of documents may carry `manifest.toml`; files it does not list are
still read, with their file name as id and everything else from the text.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, ManifestError
from .model import DocumentMeta

MANIFEST = "manifest.toml"
# Files a folder contributes; what is inside decides how each is read (read.sniff).
DOCUMENT_SUFFIXES = {
    *(".txt", ".text", ".md", ".pdf", ".ofd", ".html", ".htm", ".mht", ".mhtml"),
    *(".docx", ".doc", ".wps", ".rtf", ".odt", ".xlsx", ".xls", ".et", ".ods"),  # Word, Excel, WPS, RTF, ODF
}
_META_KEYS = ("title", "number", "issuers", "date", "level", "jurisdiction", "valid_until")
# What each table may hold, and of what type: a misspelled key (implments) or a list where a path belongs is
# an error that names the key, not a silently ignored line or a traceback.
_TEXT, _TEXTS = "a string", "a list of strings"
SCHEMA: dict[str, dict[str, str]] = {
    "document": {
        "file": _TEXT,
        "id": _TEXT,
        "title": _TEXT,
        "number": _TEXT,
        "issuers": _TEXTS,
        "issuer": _TEXT,
        "date": _TEXT,
        "level": _TEXT,
        "jurisdiction": _TEXT,
        "valid_until": _TEXT,
        "implements": _TEXTS,
    },
    "external": {
        "id": _TEXT,
        "title": _TEXT,
        "number": _TEXT,
        "issuers": _TEXTS,
        "issuer": _TEXT,
        "date": _TEXT,
        "level": _TEXT,
        "jurisdiction": _TEXT,
        "valid_until": _TEXT,
    },
}
LEVELS = ("national", "province", "prefecture", "county", "township")


def _check(table: object, kind: str, where: str) -> dict:
    """The table, if every key is known and of its type; else a ManifestError naming the key."""
    if not isinstance(table, dict):
        raise ManifestError(f"[[{kind}]] must be a table", where=where)
    for key, value in table.items():
        expected = SCHEMA[kind].get(key)
        if expected is None:
            close = difflib.get_close_matches(key, SCHEMA[kind], n=1)
            raise ManifestError(
                f"unknown key '{key}'",
                where=where,
                hint=f"did you mean '{close[0]}'?" if close else "keys: " + ", ".join(SCHEMA[kind]),
            )
        ok = isinstance(value, str) or (
            expected == _TEXTS and isinstance(value, list) and all(isinstance(v, str) for v in value)
        )
        if not ok:
            raise ManifestError(f"'{key}' must be {expected}", where=where)
    if table.get("level", "") not in ("", *LEVELS):
        raise ManifestError(f"level '{table['level']}' is not one of {', '.join(LEVELS)}", where=where)
    return table


def _inside(folder: Path, file: str, where: str) -> Path:
    """The document's path, which must stay inside the manifest's folder."""
    path = (folder / file).resolve()
    if Path(file).is_absolute() or not path.is_relative_to(folder.resolve()):
        raise ManifestError(
            f"'file' must name a file inside {folder}, not {file}",
            where=where,
            hint="copy the document into the folder and give its name",
        )
    return folder / file


@dataclass(frozen=True)
class Entry:
    """One document to build (path may not exist: that is reported when it is read)."""

    doc_id: str
    path: Path
    meta: DocumentMeta
    implements: tuple[str, ...] = ()


@dataclass(frozen=True)
class External:
    """A parent document that is not in the corpus."""

    doc_id: str
    meta: DocumentMeta


@dataclass(frozen=True)
class Corpus:
    entries: tuple[Entry, ...]
    externals: tuple[External, ...]
    problems: tuple[InputError | ManifestError, ...]  # sources that cannot be listed, cycles


def _meta(table: dict, where: str) -> DocumentMeta:
    values = {k: table.get(k, "") for k in _META_KEYS}
    issuers = table.get("issuers", table.get("issuer", ()))
    values["issuers"] = tuple([issuers] if isinstance(issuers, str) else issuers)
    for key, value in values.items():
        if key != "issuers" and not isinstance(value, str):
            raise ManifestError(f"'{key}' must be a string", where=where)
    return DocumentMeta(**values)


def read_manifest(folder: Path) -> tuple[list[Entry], list[External]]:
    path = folder / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ManifestError(f"not valid TOML: {err}", where=str(path)) from None
    entries, externals = [], []
    for key in data:
        if key not in SCHEMA:
            raise ManifestError(f"unknown table '{key}'", where=str(path), hint="tables: [[document]], [[external]]")
    for i, table in enumerate(data.get("document", [])):
        where = f"{path} [[document]] #{i + 1}"
        table = _check(table, "document", where)
        if "file" not in table:
            raise ManifestError("a document needs 'file'", where=where)
        implements = table.get("implements", ())
        doc_id = str(table.get("id") or Path(table["file"]).stem)
        entries.append(
            Entry(
                doc_id,
                _inside(folder, table["file"], where),
                _meta(table, where),
                (implements,) if isinstance(implements, str) else tuple(implements),
            )
        )
    for i, table in enumerate(data.get("external", [])):
        where = f"{path} [[external]] #{i + 1}"
        table = _check(table, "external", where)
        if "id" not in table:
            raise ManifestError("an external document needs 'id'", where=where)
        externals.append(External(str(table["id"]), _meta(table, where)))
    return entries, externals


def collect(sources: list[Path]) -> Corpus:
    """Every document named by files and folders, each id once, parents checked for cycles."""
    entries: list[Entry] = []
    externals: list[External] = []
    problems: list[InputError] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            listed: list[Entry] = []
            if (source / MANIFEST).exists():
                listed, ext = read_manifest(source)
                externals.extend(ext)
            known = {e.path.resolve() for e in listed}
            extra = [
                Entry(p.stem, p, DocumentMeta())
                for p in sorted(source.iterdir())
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and p.resolve() not in known
                and not p.name.startswith(".")
            ]
            entries.extend(listed + extra)
        elif source.exists():
            entries.append(Entry(source.stem, source, DocumentMeta()))
        else:
            problems.append(InputError("no such file or folder", where=str(source)))
    seen: dict[str, Entry] = {}
    unique: list[Entry] = []
    for entry in entries:
        if entry.doc_id in seen:
            problems.append(
                InputError(
                    f"id '{entry.doc_id}' is already used by {seen[entry.doc_id].path}",
                    where=str(entry.path),
                    hint="give it another id in manifest.toml",
                )
            )
            continue
        seen[entry.doc_id] = entry
        unique.append(entry)
    for cycle in _cycles(unique):
        problems.append(
            ManifestError(
                "implements cycle: " + " -> ".join(cycle),
                where=MANIFEST,
                hint="these documents are skipped; fix 'implements' in the manifest",
            )
        )
        unique = [e for e in unique if e.doc_id not in cycle]
    return Corpus(tuple(unique), tuple(externals), tuple(problems))


def _cycles(entries: list[Entry]) -> list[list[str]]:
    """Every implements cycle among the entries (each as a path that returns to its start)."""
    parents = {e.doc_id: e.implements for e in entries}
    state: dict[str, int] = {}
    found: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            found.append(trail[trail.index(node) :] + [node])
            return
        state[node] = 1
        for parent in parents.get(node, ()):
            visit(parent, trail + [node])
        state[node] = 2

    for doc_id in parents:
        visit(doc_id, [])
    return found
