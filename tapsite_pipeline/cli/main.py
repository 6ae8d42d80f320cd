"""The `tapsite` command: one group, each area's commands from its own module, one-line errors."""

from __future__ import annotations

import contextlib
import gc
import os
import sys

import click

from tapsite_pipeline.cli.campaign import campaign_group
from tapsite_pipeline.cli.chat import chat_cmd
from tapsite_pipeline.cli.common import done_early, mark_process_start, process_done
from tapsite_pipeline.cli.eval import eval_group
from tapsite_pipeline.cli.leads import forms_settings, leads
from tapsite_pipeline.cli.production import production_group
from tapsite_pipeline.cli.prompts import prompts_group
from tapsite_pipeline.cli.providers import providers_group
from tapsite_pipeline.cli.quality import eval_sites, report
from tapsite_pipeline.cli.ratings import rate, ratings_group
from tapsite_pipeline.cli.refine import refine_cmd
from tapsite_pipeline.cli.sites import bench, demo, generate, rollback, serve
from tapsite_pipeline.cli.versions import diff_cmd, versions_cmd
from tapsite_pipeline.errors import TapsiteError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Tapsite Pipeline: one sentence in, a deployed landing page out."""
    # MLflow logs its database set-up at INFO on stderr; our output says what happened in its own words.
    os.environ.setdefault("MLFLOW_LOGGING_LEVEL", "WARNING")



# Heavy libraries are imported inside the commands, so `tapsite --help` stays fast.
for command in (generate, demo, bench, serve, rollback, report, eval_group, prompts_group, providers_group,
                campaign_group, rate, ratings_group, leads, forms_settings, versions_cmd, diff_cmd, refine_cmd,
                chat_cmd, production_group):
    cli.add_command(command)
eval_group.add_command(eval_sites)


def main() -> None:
    """Entry point: user errors are one line and exit 2; nothing the user typed produces a traceback."""
    mark_process_start()
    process_done(False)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except TapsiteError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last resort: one line, the traceback only on request
        if os.environ.get("TAPSITE_DEBUG"):
            raise
        click.echo(f"internal error: {type(exc).__name__}: {exc} (set TAPSITE_DEBUG=1 for details)", err=True)
        sys.exit(1)
    finally:
        # Tearing down ~2,500 imported modules (MLflow, Dagster) costs a second of collection after the
        # summary is printed; nothing is left to free, so the reported time stays the wall time.
        gc.disable()
        gc.freeze()
    if done_early():
        end_now()


def end_now() -> None:
    """End a process whose command said it is done (`common.process_done`) without the interpreter's teardown:
    freeing every module and object one by one (≈ 0.5–1 s of a 3,000-case eval under load, the parser's lexicons
    and the records included) frees nothing the system does not take back at exit. What runs at exit still runs
    (the `atexit` hooks: log handlers flushed, the regex program store written), and the output is flushed. Only
    when nothing else is running: another thread or a child process gets the ordinary exit, which waits for it."""
    import atexit
    import multiprocessing
    import threading
    if threading.active_count() > 1 or multiprocessing.active_children():
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except (OSError, ValueError):   # a closed or broken output: the ordinary exit reports it as it always did
        return
    atexit._run_exitfuncs()
    with contextlib.suppress(OSError, ValueError):
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
