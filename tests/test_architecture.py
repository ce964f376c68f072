"""The shape of the code: one installed package, the engine's public surface, the bot's imports of the
engine, module sizes, and that nothing from the development set ships."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "index", "content")
# what bot/ may import from the engine: the package itself and these modules of it
ENGINE_SURFACE = {"index", "index.types", "index.errors", "index.settings"}
MAX_MODULE_LINES = 400


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _engine_imports(path: Path) -> list[tuple[int, str, bool]]:
    """(line, engine module relative to the package root, at module level) for every import of the engine
    in a module of bot/ or index/, relative ("..index.types") or absolute ("inquiry_lessons.index")."""
    parts = list(path.relative_to(ROOT).parts[:-1])  # the module's package, for a module and an __init__ alike
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(n) for n in tree.body}
    out = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = parts[: len(parts) - (node.level - 1)]
                names = [".".join([*base, node.module] if node.module else base)]
            elif node.module:
                names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            name = name.removeprefix("inquiry_lessons.")
            out.append((node.lineno, name, id(node) in top))
    return out


def test_the_engine_exports_a_pinned_public_surface():
    import inquiry_lessons.index as engine

    assert sorted(engine.__all__) == [
        "Answer", "Briefing", "Citation", "Engine", "Factor", "IngestError", "IngestResult", "Lesson",
        "LessonPool", "LessonsError", "Passage", "PassageOut", "Report", "Settings", "SourceInfo", "Store",
        "StoreError", "answer_text", "cite", "default_store_path", "get_settings", "ingest", "layout", "open_store",
        "reference", "split_sentences",
    ]
    assert all(hasattr(engine, name) for name in engine.__all__)


def test_the_bot_imports_only_the_engines_public_surface():
    bad = [f"{path.relative_to(ROOT)}:{line} imports {name}"
           for path in _modules("bot") for line, name, _ in _engine_imports(path)
           if name.split(".")[0] == "index" and name not in ENGINE_SURFACE]
    assert not bad, bad


def test_the_engine_never_imports_telegram_or_the_bot_at_module_level():
    bad = [f"{path.relative_to(ROOT)}:{line} imports {name}"
           for path in _modules("index") for line, name, top in _engine_imports(path)
           if top and name.split(".")[0] in ("bot", "telegram")]
    assert not bad, bad


def test_no_module_is_over_the_size_limit():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for folder in PACKAGES for p in _modules(folder)}
    assert {k: v for k, v in sizes.items() if v > MAX_MODULE_LINES} == {}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, cwd=out)
    (path,) = out.glob("inquiry_lessons-*.whl")
    return path


def test_a_wheel_installs_exactly_one_top_level_package_and_no_dev_set(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"inquiry_lessons", wheel.name.split("-")[0] + "-"
                                                + wheel.name.split("-")[1] + ".dist-info"}
    assert not [n for n in names if "devset" in n or "/tests/" in n or n.endswith(("questions.yaml", "reports.yaml"))]
    for needed in ("inquiry_lessons/content/catalogue.yaml", "inquiry_lessons/content/cards.yaml",
                   "inquiry_lessons/index/cli.py", "inquiry_lessons/bot/app.py"):
        assert needed in names
    metadata = next(zipfile.ZipFile(wheel).read(n).decode() for n in names if n.endswith("METADATA"))
    runtime = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert not [line for line in runtime if "reportlab" in line]


def test_a_non_editable_install_runs_outside_the_checkout(wheel: Path, tmp_path: Path):
    """Unpacked the way pip installs it, first on the path and away from the checkout: the command line
    starts, the shipped content is found through importlib.resources, and the development set is refused
    with one line."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import inquiry_lessons, inquiry_lessons.content as c\n"
        "from inquiry_lessons.index.cli import app\n"
        "from inquiry_lessons.index.eval import devset\n"
        "from inquiry_lessons.index.errors import LessonsError\n"
        "from typer.testing import CliRunner\n"
        "assert inquiry_lessons.__file__.startswith(sys.argv[1]), inquiry_lessons.__file__\n"
        "assert (c.content_dir() / 'catalogue.yaml').is_file()\n"
        "assert CliRunner().invoke(app, ['--help']).exit_code == 0\n"
        "try:\n    devset()\nexcept LessonsError as e:\n    print(e)\n"
    )
    res = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True,
                         cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().startswith("the development set is not installed"), res.stdout
