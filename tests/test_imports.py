"""Every module imports on its own in a fresh interpreter: an import cycle cannot hide behind import order."""

import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import policygraph


def _modules() -> list[str]:
    found = pkgutil.walk_packages(policygraph.__path__, "policygraph.")
    return sorted(m.name for m in found if not m.name.endswith("__main__"))  # importing it runs the CLI


def _import_alone(name: str) -> tuple[str, str]:
    proc = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, timeout=120)
    return name, proc.stderr.strip().splitlines()[-1] if proc.returncode else ""


def test_every_module_imports_alone():
    names = _modules()
    assert len(names) > 30 and "policygraph.parsing.responsibility" in names
    with ThreadPoolExecutor(8) as pool:
        failures = {name: err for name, err in pool.map(_import_alone, names) if err}
    assert not failures
