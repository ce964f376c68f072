"""Running a round's make.py: loading a neighbour module by its path (make.py run as a script), the checks on the
whole key, writing expected.json, build()'s body, and the second build that shows the bytes are deterministic."""
import importlib.util
import json
import os
import pathlib
import tempfile

from .keys import norm


def load(here, name, *rel):
    """The module at ``rel`` (path parts) from the folder of the file ``here``, imported as ``name``."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(here)), *rel))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_distinct(exp):
    """No two paragraphs of the round's files share their starts_with, or their ends_with."""
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)


def write_expected(out, exp):
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_files(out, pm, makers):
    """build()'s body (rounds 42-44): ``out`` made, then each of ``makers`` ({file name: make(out, pm)}, in their
    order, all drawing on the one paragraph maker ``pm``) writes its file and returns its key; then the whole key's
    checks and expected.json. Returns the key."""
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    exp = {name: make(out, pm) for name, make in makers.items()}
    check_distinct(exp)
    write_expected(out, exp)
    return exp


def build_checked(build, out, prefix, determinism=True):
    """``build(out)`` into ``out``; with ``determinism``, build again in a temporary folder (named from ``prefix``)
    and compare every file's bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix=prefix) as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp
