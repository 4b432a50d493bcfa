"""House rule: streamlit only in app.py and pages/, tinydb only in monitor/store.py,
docx only in monitor/reports/ (and monitor/uploads.py, which reads uploaded Word files)."""

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
