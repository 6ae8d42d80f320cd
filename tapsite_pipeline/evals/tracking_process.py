"""An eval's MLflow run logged from a process of its own, forked as the eval command starts.

The cases keep both cores busy in forked workers, but before the fork (the command's imports, the dataset, the
first case) and after it (the statistics, the DuckDB rows) the parent runs alone. MLflow's import (≈ 2.5 CPU-s),
its client and the eval experiment are made ready here meanwhile, on the other core and without sharing the
parent's GIL; the parent sends the prompts and cases under test as soon as it knows them (`prepare`), then the
run as plain data (`tracking.run_record`), and writes the DuckDB rows while this process logs it. The run is
marked FINISHED only when the parent says its DuckDB rows are written: an eval interrupted on either side leaves
an MLflow run marked FAILED or KILLED, or none, never one that looks complete.

Only the standard library is imported at this module's top: the process forks before the parent loads the rest.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..settings import Settings
    from .datasets import Dataset

POLL_S = 1.0   # how often a waiting MLflow process checks that its parent is still there


class TrackingError(RuntimeError):
    """MLflow's process ended, or failed with an error that could not be sent back as it was."""


def mlflow_process(settings: Settings) -> MlflowProcess | None:
    """MLflow's own process, when it is worth one: MLflow not loaded here yet (a fresh `tapsite` process; a
    long-lived one that has it loaded logs from a thread, `tracking.MlflowSession`) and a system that forks.
    Start it before the cases' workers fork, so it is not copied into them."""
    if "mlflow" in sys.modules or "fork" not in multiprocessing.get_all_start_methods():
        return None
    _import_shared()
    return MlflowProcess(settings)


# Libraries both sides load: MLflow's import pulls them in, and this process needs them for the cases (the models,
# the prompt files, the contact checks) or the statistics. Imported before the fork, once, and inherited. The
# project's modules the MLflow process logs a run with (the run's records, the prompt registry, hence the models,
# the prompt files and Jinja) are among them: the cases need all but the registry here anyway (≈ 0.25 CPU-s that
# process would otherwise spend importing them again). None of them imports MLflow.
SHARED = ("pydantic", "yaml", "email_validator", "numpy", "json", "logging", "urllib.request",
          "tapsite_pipeline.evals.tracking", "tapsite_pipeline.prompting.registry")


def _import_shared() -> None:
    import importlib
    for name in SHARED:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


class MlflowProcess:
    """`tracking.MlflowSession`'s interface (`wait`, `submit`, `finish`) with MLflow in a forked process; the
    prompts and cases under test follow the fork (`prepare`)."""

    def __init__(self, settings: Settings):
        ctx = multiprocessing.get_context("fork")
        self._conn, theirs = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(theirs, os.getpid(), settings), name="tapsite-mlflow",
                                 daemon=True)
        self._proc.start()
        theirs.close()
        self._submitted = False

    def prepare(self, prompts: dict[str, int], dataset: Dataset, split: str | None) -> None:
        """The prompt versions and cases under test: their registry versions and the MLflow dataset are read there
        while the cases run."""
        self._send((prompts, dataset, split))

    def wait(self) -> None:
        """Nothing to wait for: MLflow is imported in the other process, not in this one."""

    def submit(self, record: dict) -> None:
        """Hand the run over (`tracking.run_record`); it is logged while the caller goes on."""
        self._send(record)
        self._submitted = True

    def _send(self, message: Any) -> None:
        """A process that ended is found out at `finish` (as a TrackingError), after the DuckDB rows are written."""
        with contextlib.suppress(OSError):
            self._conn.send(message)

    def finish(self, status: str = "FINISHED") -> str:
        """The submitted run marked `status` (FINISHED, or FAILED when its DuckDB rows are not there); its id.
        Raises what logging it raised, here."""
        assert self._submitted, "submit first"
        try:
            rid = self._reply()
            self._send(status)
            self._reply()
            return rid
        finally:
            self.close()

    def close(self) -> None:
        """Done with it. Before a run was handed over there is nothing to keep: the process is stopped (it may
        still be importing MLflow); after, it has ended or ends on the closed pipe."""
        self._conn.close()
        if not self._submitted:
            self._proc.terminate()
        self._proc.join()

    def _reply(self) -> str:
        try:
            kind, value = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise TrackingError(f"the MLflow process ended without logging the run (exit code "
                                f"{self._proc.exitcode})") from exc
        if kind == "error":
            raise value
        return value


def _serve(conn, parent: int, settings: Settings) -> None:
    """The MLflow process: MLflow made ready, the run handed over logged, then marked as the parent says."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C reaches the parent too: it decides, this follows
    from .tracking import mlflow_ready, run_inputs, write_run
    ready: tuple | BaseException
    try:
        ready = mlflow_ready(settings)
    except BaseException as exc:   # sent back when the run is handed over, as if logging it had failed there
        ready = exc
    under_test = _receive(conn, parent)
    if under_test is None:
        return   # the parent ended (or gave up) before the cases were known: no run
    if not isinstance(ready, BaseException):
        try:
            ready = (*ready, *run_inputs(ready[0], settings, *under_test))
        except BaseException as exc:
            ready = exc
    record = _receive(conn, parent)
    if record is None:
        return   # the parent ended before its cases were done: no run
    rid = None
    try:
        if isinstance(ready, BaseException):
            raise ready
        rid = write_run(settings, ready, record)
        try:
            conn.send(("logged", rid))
            status = _receive(conn, parent)
        except OSError:   # the parent is gone
            status = None
        # the parent ended before it said how its DuckDB rows went: the run stands as interrupted, not complete
        ready[0].set_terminated(rid, status or "KILLED")
        rid, done = None, rid
        conn.send(("done", done))
    except BaseException as exc:
        if rid is not None and not isinstance(ready, BaseException):
            with contextlib.suppress(Exception):
                ready[0].set_terminated(rid, "FAILED")
        with contextlib.suppress(Exception):
            _send_error(conn, exc)


def _receive(conn, parent: int) -> Any:
    """The parent's next message, or None once it is gone (its end closed, or the process itself ended)."""
    while True:
        try:
            if conn.poll(POLL_S):
                return conn.recv()
        except (EOFError, OSError):
            return None
        if os.getppid() != parent:
            return None


def _send_error(conn, exc: BaseException) -> None:
    try:
        conn.send(("error", exc))
    except Exception:  # an exception that does not pickle goes back as its text
        conn.send(("error", TrackingError(f"{type(exc).__name__}: {exc}")))
