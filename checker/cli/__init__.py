"""The command line: the click group and ``main``. The only package with exit codes and
terminal I/O (``checker/cli/``): exit codes in ``exitcodes.py``, shared options in
``options.py``, what commands share in ``helpers.py``, one module per command group.
Imports go one way: this module -> command modules -> options -> helpers -> the checker.
"""
from __future__ import annotations

import os
from collections.abc import Sequence

import click

from .. import __version__
from ..errors import UserError
from ..render.safe import printable
from . import baseline, check, classify, policy, report, rules, scan
from .exitcodes import EXIT_CLEAN, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="notice-check")
def cli() -> None:
    """Check that database schemas and SQL keep the promises of a privacy notice.

    \b
    Examples:
      notice-check check --config examples/leppakoski/notice-check.toml
      notice-check policy lint policies/leppakoski-lampo.yaml
      notice-check explain PN201
    """


for command in (check.check, classify.classify, baseline.baseline, policy.policy, rules.rules, rules.explain,
                scan.scan, report.report, report.ropa):
    cli.add_command(command)


def main(argv: Sequence[str] | None = None) -> int:
    """Run notice-check; returns the exit code (checker/cli/exitcodes.py)."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="notice-check", standalone_mode=False)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):
            click.echo("interrupted", err=True)
            return EXIT_INTERRUPTED
        click.echo("aborted", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except UserError as exc:
        click.echo(printable(str(exc)), err=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:  # a bug: one line, no traceback unless asked
        if os.environ.get("NOTICE_CHECK_DEBUG"):
            raise
        click.echo(f"notice-check: internal error: {type(exc).__name__}: {exc} (set NOTICE_CHECK_DEBUG=1 for details; please report)", err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_CLEAN
