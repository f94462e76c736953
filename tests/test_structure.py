"""The shape of the pipeline: components depend on what earlier ones set, never on each
other's code, and each extension has one author."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimx"
COMPONENTS = PACKAGE / "components"
#: the modules that assemble the pipeline: they import every component to register it
ASSEMBLERS = {"pipeline.py"}
#: the base model's attribute_ruler sets token.pos without declaring it
UNDECLARED_BY_BASE_MODEL = {"token.pos"}


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _component_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] == ["claimx", "components"] and len(parts) > 2:
        return parts[2]
    return None


def _component_files() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(COMPONENTS.rglob("*.py")):
        relative = path.relative_to(COMPONENTS)
        if relative.name == "__init__.py" and relative.parent == Path("."):
            continue
        name = relative.parts[0].removesuffix(".py")
        out.append((name, path))
    return out


@pytest.mark.parametrize(("component", "path"), _component_files(), ids=lambda v: str(v))
def test_no_component_imports_another(component, path):
    others = {_component_of(m) for m in _imported_modules(path)} - {None, component}
    assert not others, f"{path.name} ({component}) imports components {sorted(others)}"


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name not in ASSEMBLERS and COMPONENTS not in p.parents
    ],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_helpers_import_no_component(path):
    components = {_component_of(m) for m in _imported_modules(path)} - {None}
    assert not components, f"{path.name} imports components {sorted(components)}"


@pytest.fixture(scope="module")
def analysis():
    from claimx.pipeline import load_pipeline

    return load_pipeline().analyze_pipes(pretty=False)


def test_pipeline_analysis_finds_no_problems(analysis):
    problems = {
        pipe: sorted(set(missing) - UNDECLARED_BY_BASE_MODEL)
        for pipe, missing in analysis["problems"].items()
    }
    assert not any(problems.values()), problems


def test_each_extension_has_one_author(analysis):
    authors: dict[str, list[str]] = {}
    for pipe, summary in analysis["summary"].items():
        for attr in summary["assigns"]:
            if attr.startswith("doc._."):
                authors.setdefault(attr, []).append(pipe)
    assert {a: p for a, p in authors.items() if len(p) > 1} == {}
    assert "doc._.claimx_places" in authors and authors["doc._.claimx_places"] == ["claimx_places"]


def test_names_come_before_places_and_actors(analysis):
    order = list(analysis["summary"])
    assert order.index("claimx_names") < order.index("claimx_places") < order.index("claimx_actors")


MAX_FUNCTION_LINES = 80
#: longer functions, each with its reason
LONG_FUNCTIONS: dict[tuple[str, str], str] = {}


def test_no_long_functions():
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES and (relative, node.name) not in LONG_FUNCTIONS:
                    long.append(f"{relative}:{node.name} ({lines} lines)")
    assert not long


#: set on the Doc by the reader before the pipeline runs, not by a component
SET_BY_READER = {"doc._.claimx_reference_date", "doc._.claimx_source"}
_READ_ATTRIBUTES = {
    "dep_": "token.dep",
    "pos_": "token.pos",
    "tag_": "token.tag",
    "lemma_": "token.lemma",
    "ent_type_": "token.ent_type",
    "ent_iob_": "token.ent_iob",
    "is_sent_start": "token.is_sent_start",
    "sents": "doc.sents",
    "ents": "doc.ents",
}


def _module_files() -> dict[str, Path]:
    files = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return files


def _files_of(package: str) -> list[Path]:
    """A component's package and every claimx module it imports."""
    files = _module_files()
    seen = {m for m in files if m == package or m.startswith(package + ".")}
    todo = list(seen)
    while todo:
        for module in _imported_modules(files[todo.pop()]):
            # importing claimx.x runs claimx/__init__.py, which reads nothing of a Doc
            if module in files and module not in seen | {"claimx", "claimx.components"}:
                seen.add(module)
                todo.append(module)
    return [files[m] for m in sorted(seen)]


def _reads(path: Path) -> set[str]:
    """The Doc extensions (``x._.claimx_y``) and annotations (``x.dep_``) a file reads."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute):
            continue
        if isinstance(node.value, ast.Attribute) and node.value.attr == "_":
            found.add(f"doc._.{node.attr}")
        elif node.attr in _READ_ATTRIBUTES:
            found.add(_READ_ATTRIBUTES[node.attr])
    return found


@pytest.mark.parametrize(
    "component", ["text", "dates", "names", "places", "actors", "quantities", "claims"]
)
def test_components_declare_what_they_read(analysis, component):
    """`requires` tells the truth: every Doc extension and annotation a component (or a
    helper module it imports) reads is declared, and nothing else, so
    `nlp.analyze_pipes()` shows the flow."""
    summary = analysis["summary"][f"claimx_{component}"]
    read = set().union(*map(_reads, _files_of(f"claimx.components.{component}")))
    undeclared = read - set(summary["requires"]) - set(summary["assigns"]) - SET_BY_READER
    assert not undeclared, sorted(undeclared)
    assert not set(summary["requires"]) - read, "declared but never read"
