from pathlib import Path

import pytest

from policygraph.build import build
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

SEEDS = {
    "putian": "000_4d41b5b57e3f80e9",
    "xiamen": "001_91a161c106fa557e",
    "wengan": "002_14ff4ab95bd1f1f1",
    "fujian": "003_04f99625163bcc6a",
    "zhuhai": "004_1eb0ed2106c484ee",
}


@pytest.fixture(scope="session")
def parsed():
    """Each seed parsed once, by short name."""
    return {name: parse_source(read_source(DATA / f"{stem}.txt")) for name, stem in SEEDS.items()}


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The bundled corpus built once into a temporary folder."""
    out = tmp_path_factory.mktemp("graph")
    result = build(None, out)
    assert not result.errors
    return out
