"""benchmarks/eval_classify.py: label sets whose schemas come from a given folder, and --check."""
from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

SEED = ROOT / "tests" / "fixtures" / "seed_utility"


def _module():
    spec = importlib.util.spec_from_file_location("eval_classify", ROOT / "benchmarks" / "eval_classify.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_classify"] = module
    spec.loader.exec_module(module)
    return module


def _setup(tmp_path):
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  seed: {{paths: ['{SEED.as_posix()}/migrations/*.sql'], dialect: postgres}}\n", encoding="utf-8")
    labels = tmp_path / "mini.csv"
    labels.write_text(
        "source,table,column,personal,kind,note\n"
        "seed,asiakkaat,etunimi,yes,person-name,\n"
        "seed,asiakkaat,luotu,no,,\n"
        "seed,puhelutallenteet,soittajan_numero,yes,phone,\n"
        "seed,kiinteistot,rakennustilavuus,no,,a property's volume; labelled no to make one FP\n",
        encoding="utf-8")
    return labels


def test_a_set_whose_schemas_come_from_a_folder(tmp_path):
    ev = _module()
    labels = _setup(tmp_path)
    result = ev.evaluate(tmp_path, labels, schemas=tmp_path)
    assert (result["tp"], result["fn"], result["tn"], result["missing"]) == (2, 0, 1, 0)
    assert result["fp"] == 1 and result["precision"] == 2 / 3


def test_check_fails_below_a_floor_and_passes_above(tmp_path, capsys):
    ev = _module()
    labels = _setup(tmp_path)
    high = tmp_path / "high.yaml"
    high.write_text("floors:\n  mini: {precision: 0.9}\n", encoding="utf-8")
    low = tmp_path / "low.yaml"
    low.write_text("floors:\n  mini: {precision: 0.5, recall: 0.9}\n", encoding="utf-8")
    common = ["--labels", str(labels), "--schemas", str(tmp_path), "--check"]
    assert ev.main([*common, "--floors", str(high)]) == 1
    assert "precision 0.667 is beyond its floor 0.9" in capsys.readouterr().err
    assert ev.main([*common, "--floors", str(low)]) == 0
