"""Broken policies give exact, located messages and exit code 2 — never a traceback."""
from __future__ import annotations

from pathlib import Path


GOOD = (Path(__file__).parent / "fixtures" / "policies" / "good.yaml").read_text(encoding="utf-8")


def validate(run, tmp_path: Path, text: str):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run("policy", "validate", str(path))
    return code, out, err.replace(str(path), "p.yaml")


def test_seed_validates(run):
    from conftest import SEED_POLICY

    code, out, err = run("policy", "validate", str(SEED_POLICY))
    assert (code, err) == (0, "") and out.strip().endswith("valid")


def test_yaml_syntax_error(run, tmp_path):
    code, _, err = validate(run, tmp_path, GOOD.replace("section: \"3\"", "section: [\"3\""))
    assert code == 2 and err.startswith("p.yaml:") and "YAML syntax error" in err and "Traceback" not in err


def test_duplicate_key(run, tmp_path):
    text = GOOD.replace("version: 1\n", "version: 1\nversion: 1\n")
    code, _, err = validate(run, tmp_path, text)
    first = GOOD.splitlines().index("version: 1") + 1
    assert code == 2 and err.strip() == f"p.yaml:{first + 1}:1: duplicate key 'version' (first defined at line {first})"


def test_wrong_type(run, tmp_path):
    code, _, err = validate(run, tmp_path, GOOD.replace("kinds: [person-name]", "kinds: person-name"))
    line = GOOD.splitlines().index("        kinds: [person-name]") + 1
    assert code == 2 and err.startswith(f"p.yaml:{line}:16: 'person-name' is not of type 'array'")


def test_unknown_key_points_at_the_key(run, tmp_path):
    code, _, err = validate(run, tmp_path, GOOD.replace("    legal_basis: art6-1-b\n", "    legal_basis: art6-1-b\n    legal_bassis: x\n"))
    line = GOOD.splitlines().index("    legal_basis: art6-1-b") + 2
    assert code == 2 and err.startswith(f"p.yaml:{line}:5: unknown key")


def test_dangling_references(run, tmp_path):
    text = GOOD.replace("feeds: [customer-name, contact-details]", "feeds: [customer-nam, contact-details]").replace("recipient: vendors", "recipient: vendor")
    code, _, err = validate(run, tmp_path, text)
    lines = err.strip().splitlines()
    feeds = GOOD.splitlines().index("    feeds: [customer-name, contact-details]") + 1
    recipient = GOOD.splitlines().index("      recipient: vendors") + 1
    assert code == 2
    assert lines == [
        f"p.yaml:{feeds}:13: unknown category 'customer-nam'; did you mean 'customer-name'?",
        f"p.yaml:{recipient}:18: unknown recipient 'vendor'; did you mean 'vendors'?",
    ]


def test_unknown_kind(run, tmp_path):
    code, _, err = validate(run, tmp_path, GOOD.replace("kinds: [email, phone]", "kinds: [email, shoe-size]"))
    assert code == 2 and "unknown personal-data kind 'shoe-size'" in err


def test_duplicate_ids(run, tmp_path):
    text = GOOD.replace("      - id: contact-details", "      - id: customer-name")
    code, _, err = validate(run, tmp_path, text)
    first = GOOD.splitlines().index("      - id: customer-name") + 1
    second = GOOD.splitlines().index("      - id: contact-details") + 1
    assert code == 2 and f"p.yaml:{second}:13: duplicate category id 'customer-name' (first at line {first})" in err


def test_missing_file_and_not_a_mapping(run, tmp_path):
    code, _, err = run("policy", "validate", str(tmp_path / "nope.yaml"))
    assert code == 2 and "file not found" in err
    code, _, err = validate(run, tmp_path, "- just\n- a list\n")
    assert code == 2 and "must be a YAML mapping" in err
