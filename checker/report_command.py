"""The ``report`` and ``ropa`` commands: ``register(cli)`` adds them to the click group of ``checker.cli``."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .errors import UserError

LANG = click.Choice(["fi", "en"])


def _inputs(func):
    """What to read (shared with `check`), then the report's language and --force."""
    from .cli import input_options

    func = click.option("--force", is_flag=True, help="Overwrite existing output files.")(func)
    func = click.option("--lang", type=LANG, default="fi", show_default=True, help="Language of the labels and of the notice's texts.")(func)
    return input_options(func)


def _refuse_existing(targets: list[Path], force: bool) -> None:
    from .cli import _loc

    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise UserError("exists; pass --force to overwrite it", _loc(str(existing[0])))


def _sources(paths, cfg) -> tuple[str, ...]:
    return tuple(paths) if paths else tuple(p for p, _ in cfg.paths)


def gather(paths, policy_path, datamap_path, config_path, dialect, baseline_path: str | None = None) -> dict[str, Any]:
    """Run the check and the policy lint once; everything the report needs."""
    from . import baseline as baseline_mod
    from .cli import _load_config, _prepare, _settings
    from .pipeline import check
    from .pipeline import lint as pipeline_lint

    cfg = _load_config(config_path)
    cfg, policy, datamap, schema = _prepare(paths, policy_path, datamap_path, config_path, dialect, need_policy=True, cfg=cfg)
    settings = _settings(cfg)
    result = check(schema, policy, datamap, settings)
    lint, _ = pipeline_lint(policy, settings)
    findings, hidden, stale = list(result.findings), [], []
    if baseline_path:
        entries = baseline_mod.load(baseline_path)
        findings, _, stale = baseline_mod.apply(findings, entries)
        stale_ids = {e["fingerprint"] for e in stale}
        hidden = [e for e in entries if e["fingerprint"] not in stale_ids]
    return dict(cfg=cfg, policy=policy, datamap=datamap, schema=schema, result=result, lint=lint,
                findings=findings, hidden=hidden, stale=stale, inputs=_sources(paths, cfg))


def register(cli: click.Group) -> None:
    @cli.command("report")
    @_inputs
    @click.option("--baseline", "baseline_path", type=click.Path(), help="Hide the findings this baseline records (they are listed in the report).")
    @click.option("--output", "-o", "output_dir", required=True, type=click.Path(), help="Folder to write report.LANG.html and report.LANG.md into (created if absent).")
    def report(paths, policy_path, datamap_path, config_path, dialect, lang, force, baseline_path, output_dir):
        """Write the compliance officer's report: one HTML page and the same as Markdown.

        The verdict, the notice in brief, the data map, coverage, data flows (diagram and
        table), findings with fixes, suppressions and baseline, and the notice's own lint.
        Files: DIR/report.LANG.html (self-contained, works offline) and DIR/report.LANG.md.
        Existing files are kept unless --force is given. Exit 0 when written: use
        `check` to gate a build.

        \b
        Example:
          notice-check report --config examples/leppakoski/notice-check.toml -o reports/leppakoski --lang en
        """
        from .output import write_atomic
        from .render.report_html import render_html
        from .render.report_md import render_markdown
        from .report import build_report

        folder = Path(output_dir)
        if folder.exists() and not folder.is_dir():
            raise UserError("is not a folder; give the folder to write the report into", _location(output_dir))
        targets = [folder / f"report.{lang}.html", folder / f"report.{lang}.md"]
        _refuse_existing(targets, force)
        g = gather(paths, policy_path, datamap_path, config_path, dialect, baseline_path)
        data = build_report(
            policy=g["policy"], result=g["result"], lint=g["lint"], lang=lang, fail_on=g["cfg"].fail_on,
            findings=g["findings"], datamap=g["datamap"], baseline_path=baseline_path or "",
            baseline_hidden=g["hidden"], baseline_stale=g["stale"], inputs=g["inputs"],
        )
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(targets[0], render_html(data))
        write_atomic(targets[1], render_markdown(data))
        click.echo(f"{targets[0]}, {targets[1].name}: written ({data.total} findings, {sum(data.lint_counts.values())} in the notice)", err=True)
        return 0

    @cli.command("ropa")
    @_inputs
    @click.option("--format", "fmt", type=click.Choice(["csv", "jsonld"]), default="csv", show_default=True,
                  help="csv: one row per processing activity (UTF-8 with BOM, for Excel); jsonld: W3C DPV terms.")
    @click.option("--output", "-o", type=click.Path(), help="Write to FILE (atomically) instead of standard output.")
    def ropa_command(paths, policy_path, datamap_path, config_path, dialect, lang, force, fmt, output):
        """Export the record of processing activities (GDPR Art. 30(1)), one activity per purpose.

        Controller, contact and DPO, purposes and legal bases, data subjects, categories of
        personal data with how many columns and tables hold them, sources, recipients,
        transfers and safeguards, time limits for erasure and security measures. Without
        SQL paths (none given or configured) the record comes from the policy alone.
        --lang applies to CSV; JSON-LD carries both languages.

        \b
        Examples:
          notice-check ropa --config examples/leppakoski/notice-check.toml -o ropa.csv
          notice-check ropa --config examples/leppakoski/notice-check.toml --format jsonld -o ropa.jsonld
        """
        from . import ropa
        from .cli import _emit, _load_config

        if output:
            _refuse_existing([Path(output)], force)
        cfg = _load_config(config_path)
        if paths or cfg.paths:
            from .cli import _prepare
            from .pipeline import classify

            cfg, policy, datamap, schema = _prepare(paths, policy_path, datamap_path, config_path, dialect, need_policy=True, cfg=cfg)
            evidence = ropa.evidence(classify(schema, policy, datamap), schema, datamap)
        else:
            from .policy import load_policy

            if not (policy_path or cfg.policy):
                raise UserError("no policy: give --policy POLICY or set 'policy' in notice-check.toml")
            policy, evidence = load_policy(policy_path or cfg.policy), None
        record = ropa.build(policy, evidence)
        _emit(ropa.to_csv(record, lang) if fmt == "csv" else ropa.to_jsonld(record), output)
        return 0


def register_suggest(policy_group: click.Group) -> None:
    @policy_group.command("suggest")
    @_inputs
    @click.option("--output", "-o", type=click.Path(), help="Write the diff to FILE (atomically) instead of standard output.")
    def policy_suggest(paths, policy_path, datamap_path, config_path, dialect, lang, force, output):
        """Propose the changes to the policy YAML that the findings call for, as a unified diff.

        Categories to add (with the kinds found and where), recipients, transfers with a
        safeguard to choose, retention and legal bases to state, rights to add, and the
        statements that cite a repealed law or a defunct authority. Nothing is applied:
        review the diff, fill in every "TODO(notice-check): ..." placeholder (the tool never
        invents a legal basis, period or safeguard), then apply it, e.g. with `patch -p1`
        or `git apply`. Prints nothing when there is nothing to propose.

        \b
        Example:
          notice-check policy suggest --config examples/leppakoski/notice-check.toml --lang en > notice.diff
        """
        from .catalog import load_catalog
        from .cli import _emit
        from .suggest import suggest_diff

        if output:
            _refuse_existing([Path(output)], force)
        g = gather(paths, policy_path, datamap_path, config_path, dialect)
        _emit(suggest_diff(g["policy"], g["findings"], g["lint"], catalog=load_catalog(), lang=lang), output)
        return 0


def _location(path: str):
    from .model import Location

    return Location(path)
