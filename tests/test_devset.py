"""who-owns on real documents from outside the bundled corpus (tests/devset, scored by benchmarks/accuracy.py).

The floors are the measured scores less a small margin, so a change that loses ground on
documents the parser was not written for fails here; benchmarks/accuracy.py prints the tables.
"""

import pytest

from .helpers import BENCHMARKS

FLOOR = 0.97  # every development document
SEED_FLOOR = 0.98  # the bar for the two hand-checked seeds


@pytest.fixture(scope="module")
def scores():
    import sys

    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import accuracy

    return accuracy.run()


def test_every_development_document_stays_above_the_floor(scores):
    docs, _seeds, _styles = scores
    low = [(s.name, round(s.f1, 3)) for s in docs if s.f1 < FLOOR]
    assert len(docs) >= 12 and not low, low


def test_the_seeds_stay_above_098(scores):
    _docs, seeds, _styles = scores
    assert seeds and all(s.precision >= SEED_FLOOR and s.recall >= SEED_FLOOR for s in seeds), seeds


def test_a_web_page_reads_like_its_text(scores):
    docs, _seeds, _styles = scores
    by_name = {s.name: s for s in docs}
    assert by_name["gov_tiyu_2018_121.html"].hits == by_name["gov_tiyu_2018_121.txt"].hits
