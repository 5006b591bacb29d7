"""Reviewed golden files per seed: the whole parse (parse --json) and the document's triples.

Any change to the parser that moves a seed fails here. When the change is meant,
regenerate with `POLICYGRAPH_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_files.py`
and review the diff of tests/golden/ before committing it.
"""

import json
import os
from pathlib import Path

import pytest

from policygraph.graph.rdf import nt_lines, parsed_triples
from policygraph.views.export import parsed_to_json

from .conftest import SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("POLICYGRAPH_UPDATE_GOLDEN") == "1"


def _parse_json(doc) -> str:
    data = json.loads(parsed_to_json(doc, with_text=False))
    data["path"] = Path(data["path"]).name  # the checkout's location is not part of the parse
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _check(path: Path, got: str) -> None:
    if UPDATE:
        path.write_text(got, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path.name}: run with POLICYGRAPH_UPDATE_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8")
    if got != expected:
        got_lines, exp_lines = got.splitlines(), expected.splitlines()
        first = next(
            (i for i, (a, b) in enumerate(zip(got_lines, exp_lines, strict=False)) if a != b),
            min(len(got_lines), len(exp_lines)),
        )
        pytest.fail(
            f"{path.name} differs at line {first + 1}:\n  golden: "
            f"{exp_lines[first] if first < len(exp_lines) else '<end>'}\n  now:    "
            f"{got_lines[first] if first < len(got_lines) else '<end>'}"
        )


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_parse_matches_golden(parsed, name):
    _check(GOLDEN / f"{name}.parse.json", _parse_json(parsed[name]))


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_triples_match_golden(parsed, name):
    _check(GOLDEN / f"{name}.nt", "".join(nt_lines(parsed_triples(parsed[name]))))
