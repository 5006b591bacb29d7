from pathlib import Path

import pytest

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
    """The bundled corpus built once, as `policygraph build` does: graph, store, pages and workbook."""
    from click.testing import CliRunner

    from policygraph.cli import main

    out = tmp_path_factory.mktemp("graph") / "out"
    result = CliRunner().invoke(main, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "built 5 documents" in result.output
    return out


@pytest.fixture(scope="module")
def built_copy(built, tmp_path_factory):
    """A module's own copy of the one build, for tests that write into the folder."""
    import shutil

    out = tmp_path_factory.mktemp("copy") / "out"
    shutil.copytree(built, out)
    return out
