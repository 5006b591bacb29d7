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


def test_library_code_never_imports_click_prints_or_exits():
    """Only policygraph.cli talks to the terminal: the rest raises PolicyGraphError and returns values."""
    import ast
    from pathlib import Path

    root = Path(policygraph.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if path.relative_to(root).parts[0] in ("cli", "__main__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                if any(n and n.split(".")[0] == "click" for n in names):
                    offenders.append(f"{path.name}: imports click")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("print", "exit"):
                offenders.append(f"{path.name}:{node.lineno}: {node.func.id}()")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "exit"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "sys"
            ):
                offenders.append(f"{path.name}:{node.lineno}: sys.exit()")
    assert not offenders
