"""House rules on imports. The layers: streamlit only in app.py and pages/, tinydb only in
monitor/store.py, docx only in monitor/reports/ (and monitor/uploads.py, which reads uploaded
Word files). One name per module (issue #21): a module of ours is imported under its own name
(`from monitor import factors`), or, when that name is ambiguous, under its one alias in
ALIASES, in monitor/, pages/, app.py and tests/ alike."""

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent
RULES = {
    "streamlit": lambda p: p.name == "app.py" or p.parts[0] == "pages",
    "tinydb": lambda p: p.as_posix() == "monitor/store.py",
    "docx": lambda p: (
        p.as_posix().startswith("monitor/reports/") or p.as_posix() == "monitor/uploads.py"
    ),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_imports_respect_the_layers():
    files = [ROOT / "app.py", *ROOT.glob("pages/**/*.py"), *ROOT.glob("monitor/**/*.py")]
    violations = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in files
        for module, allowed in RULES.items()
        if module in _imports(path) and not allowed(path.relative_to(ROOT))
    ]
    assert not violations


# -- one name per module -------------------------------------------------------------------

OURS = ("monitor", "pages")

# A module whose own name is ambiguous goes by one alias, the same everywhere.
ALIASES = {
    "monitor.demo.surveys": "demo_surveys",  # monitor.surveys
    "monitor.demo.workshops": "demo_workshops",  # monitor.workshops
    "monitor.programme.demo": "programme_demo",  # monitor.demo
    "monitor.programme.report": "programme_report",
    "monitor.reports.data": "report_data",  # `data` is every report function's LabData
    "monitor.reports.workshops": "workshop_report",  # monitor.workshops
    "monitor.store": "store_module",  # `store` is the tests' fixture (and every Store local)
    "monitor.trajectories.demo": "trajectory_demo",  # monitor.demo
    "monitor.trajectories.report": "trajectory_report",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> set[str]:
    return {_module_name(p) for top in OURS for p in ROOT.glob(f"{top}/**/*.py")}


def _bindings() -> list[tuple[str, int, str, str]]:
    """(file, line, module, name) for every import, at any depth, that binds a module of ours
    to a name. `import monitor.x` (no alias) names it by its full path and is left out."""
    modules = _modules()
    files = [ROOT / "app.py", *(p for top in (*OURS, "tests") for p in ROOT.glob(f"{top}/**/*.py"))]
    found = []
    for path in files:
        where = path.relative_to(ROOT).as_posix()
        package = _module_name(path).split(".")
        if path.name != "__init__.py":
            package = package[:-1]
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                found += [
                    (where, node.lineno, alias.name, alias.asname)
                    for alias in node.names
                    if alias.asname and alias.name in modules
                ]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    above = package[: len(package) - node.level + 1]
                    base = ".".join([*above, *([node.module] if node.module else [])])
                for alias in node.names:
                    if f"{base}.{alias.name}" in modules:
                        name = alias.asname or alias.name
                        found.append((where, node.lineno, f"{base}.{alias.name}", name))
    return found


def test_the_scan_sees_our_imports():
    seen = {(module, name) for _, _, module, name in _bindings()}
    assert ("monitor.factors", "factors") in seen
    assert ("monitor.programme.demo", "programme_demo") in seen


def test_each_module_of_ours_goes_by_one_name():
    names: dict[str, dict[str, list[str]]] = {}
    for where, line, module, name in _bindings():
        names.setdefault(module, {}).setdefault(name, []).append(f"{where}:{line}")
    twice = {
        module: [f"{name} ({len(at)}x, e.g. {at[0]})" for name, at in sorted(found.items())]
        for module, found in names.items()
        if len(found) > 1
    }
    assert twice == {}


def test_a_module_goes_by_its_own_name_or_its_one_alias():
    wrong = [
        f"{where}:{line} imports {module} as {name}"
        for where, line, module, name in _bindings()
        if name != ALIASES.get(module, module.rsplit(".", 1)[-1])
    ]
    assert wrong == []


def test_every_alias_is_for_a_module_of_ours():
    assert set(ALIASES) - _modules() == set()


def test_no_test_reads_the_team_folder_beside_the_repository():
    """A fresh clone has no ../shared: what a test needs lives in tests/data."""
    import re

    beside = re.compile(r"""(\.\./)+shared|parents?\[\d\]\s*/\s*["']shared["']|["']/work/shared""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(ROOT.glob("tests/**/*.py"))
        if path.name != "test_boundaries.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if beside.search(line)
    ]
    assert found == []
