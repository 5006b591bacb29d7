"""The parser reads each statement and each list once (issue 16: a 10,000-document build took 16 min, not 8).

A clause's text is searched for statements for every heading candidate, every sentence and every bracket;
before the readings were kept, one generated document read the same sentence dozens of times. These tests
count the readings, not the time (speed is measured in benchmarks/, never asserted here).
"""

from collections import Counter

import pytest

from policygraph.parsing import lists as name_lists
from policygraph.parsing import responsibility, statements
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source

from .conftest import DATA, SEEDS
from .helpers import generate_corpus


def _counted(monkeypatch, module, name):
    calls = Counter()
    original = getattr(module, name)

    def counting(*args):
        calls[args] += 1
        return original(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def fresh_caches():
    for cached in (
        responsibility._read_cached,
        responsibility.only_statements,
        name_lists._names_cached,
        statements._found_cached,
    ):
        cached.cache_clear()


@pytest.mark.parametrize("source", ["generated", "putian"])
def test_each_statement_and_list_is_read_once(tmp_path, monkeypatch, fresh_caches, source):
    path = generate_corpus(tmp_path, 3)[-1] if source == "generated" else DATA / f"{SEEDS[source]}.txt"
    reads = _counted(monkeypatch, responsibility, "_read")
    lists = _counted(monkeypatch, name_lists, "_parse_names")
    searches = _counted(monkeypatch, statements, "_find")
    doc = parse_source(read_source(path))
    assert doc.responsibilities
    for calls in (reads, lists, searches):
        assert calls and max(calls.values()) == 1, calls.most_common(1)
