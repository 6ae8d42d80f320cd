"""Bring the production profile up from nothing on loopback ports, and down again by the PIDs it recorded.

PostgreSQL (Dagster's runs, event logs and schedules), Redis (the Celery broker and result backend), N
Celery workers that execute the campaign steps, a metrics exporter aggregating the workers'
prometheus_client files, and Prometheus scraping it with the product's alert rules. Each server is
started directly as a child (no shell, no daemonizing), so its PID is the server's own.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tapsite_pipeline.errors import ConfigError, TapsiteError
from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.production.profile import PG_DB, PG_STORE_DB, PG_USER, WARM_LINE, Proc, Profile, free_port
from tapsite_pipeline.resources import repo_root

PG_OS_USER_ENV = "TAPSITE_PG_OS_USER"   # PostgreSQL refuses to run as root: the account it runs as


def up(home: str | Path | None, workers: int = 2, scrape_interval_s: float = 2.0,
       log: Callable[[str], None] = lambda _m: None) -> Profile:
    """Start every server of the profile (nothing may be running yet); returns the recorded profile."""
    prof = Profile.at(home)
    if any(_alive(p.pid) for p in prof.procs):
        raise TapsiteError(f"the production profile of {prof.home} is already up; "
                           f"`tapsite production down --home {prof.home}` first")
    prof = Profile(home=prof.home, pg_port=free_port(), redis_port=free_port(), metrics_port=free_port(),
                   prometheus_port=free_port())
    for sub in ("logs", "redis", "prometheus"):
        prof.path(sub).mkdir(parents=True, exist_ok=True)
    shutil.rmtree(prof.path("metrics"), ignore_errors=True)  # multiprocess mode wants a fresh folder per start
    prof.path("metrics").mkdir(parents=True)
    try:
        _start_postgres(prof, log)
        _start_redis(prof, log)
        prof.write_instance()
        for i in range(1, workers + 1):
            _start_worker(prof, i, log)
        _start_exporter(prof, log)
        if shutil.which("prometheus"):
            _start_prometheus(prof, scrape_interval_s, log)
        for i in range(1, workers + 1):
            _wait_worker_ready(prof, f"worker{i}")
    except BaseException:
        down(prof.home)   # a half-started profile leaves nothing behind
        raise
    return prof


def start_postgres(home: str | Path | None, log: Callable[[str], None] = lambda _m: None) -> Profile:
    """Only the profile's PostgreSQL (the store's tests and tools); `down` stops it like the rest."""
    prof = Profile.at(home)
    if any(_alive(p.pid) for p in prof.procs):
        raise TapsiteError(f"the production profile of {prof.home} is already up")
    prof = Profile(home=prof.home, pg_port=free_port())
    prof.path("logs").mkdir(parents=True, exist_ok=True)
    try:
        _start_postgres(prof, log)
    except BaseException:
        down(prof.home)
        raise
    return prof


def down(home: str | Path | None, timeout_s: float = 60.0) -> list[dict[str, Any]]:
    """Stop what `up` started, workers first and PostgreSQL last, each by its recorded PID."""
    prof = Profile.at(home)
    order = sorted(prof.procs, key=lambda p: ["worker", "exporter", "prometheus", "redis", "postgres"].index(
        p.name.rstrip("0123456789")))
    out = []
    for p in order:
        # Celery: TERM is a warm shutdown (the running step finishes); PostgreSQL: INT is its fast shutdown.
        sig = signal.SIGINT if p.name == "postgres" else signal.SIGTERM
        out.append({"name": p.name, "pid": p.pid, "stopped": _stop(p.pid, sig, timeout_s)})
    prof.procs = []
    if prof.root.exists():
        prof.save()
    return out


def restart_worker(home: str | Path | None, name: str, log: Callable[[str], None] = lambda _m: None) -> Proc:
    """Start worker `name` again after it died (a crash, a SIGKILL); it is ready for steps when this returns."""
    prof = Profile.at(home)
    prof.require_up()
    old = prof.proc(name)
    if old is None or not name.startswith("worker"):
        raise TapsiteError(f"the production profile of {prof.home} has no {name!r}")
    if _alive(old.pid):
        raise TapsiteError(f"{name} (pid {old.pid}) is still running")
    prof.procs.remove(old)
    offset = Path(old.log).stat().st_size if Path(old.log).exists() else 0
    _start_worker(prof, int(name.removeprefix("worker")), log)
    _wait_worker_ready(prof, name, offset)
    new = prof.proc(name)
    assert new is not None
    return new


def status(home: str | Path | None) -> dict[str, Any]:
    prof = Profile.at(home)
    return {"home": str(prof.home), "up": bool(prof.procs) and all(_alive(p.pid) for p in prof.procs),
            "processes": [{"name": p.name, "pid": p.pid, "alive": _alive(p.pid), "log": p.log} for p in prof.procs],
            "postgres": f"127.0.0.1:{prof.pg_port}", "redis": prof.broker_url,
            "metrics": f"http://127.0.0.1:{prof.metrics_port}/metrics",
            "prometheus": f"http://127.0.0.1:{prof.prometheus_port}", "dagster_home": str(prof.dagster_home)}


# --- the servers ------------------------------------------------------------------------------------------

def _spawn(prof: Profile, name: str, argv: list[str], env: dict[str, str] | None = None,
           user: str | None = None) -> Proc:
    log = prof.path("logs", f"{name}.log")
    with open(log, "ab") as fh:
        # Own session: a Ctrl-C in the terminal that ran `up` does not reach the servers; `down` stops them.
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
                                 start_new_session=True, env=env, user=user, group=_group(user), extra_groups=[]
                                 if user else None, cwd=prof.root)
    proc = Proc(name, child.pid, str(log), argv)
    prof.procs.append(proc)
    prof.save()
    return proc


def _group(user: str | None) -> int | None:
    return pwd.getpwnam(user).pw_gid if user else None


def _pg_bin(tool: str) -> str:
    found = shutil.which("pg_ctl")
    candidates = [Path(os.path.realpath(found)).parent] if found else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / tool).exists():
            return str(folder / tool)
    raise ConfigError("PostgreSQL is not installed: run ./scripts/setup.sh (Debian's postgresql package)")


def _pg_os_user() -> str | None:
    """The account PostgreSQL runs as: none to switch to unless we are root (it refuses to run as root)."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get(PG_OS_USER_ENV, "postgres")
    try:
        pwd.getpwnam(name)
    except KeyError:
        raise ConfigError(f"user {name!r} does not exist: PostgreSQL needs a non-root account to run as "
                          f"(set {PG_OS_USER_ENV} to one)") from None
    return name


def _start_postgres(prof: Profile, log: Callable[[str], None]) -> None:
    data, user = prof.path("pg"), _pg_os_user()
    fresh = not (data / "PG_VERSION").exists()
    data.mkdir(mode=0o700, exist_ok=True)
    if user:
        entry = pwd.getpwnam(user)
        os.chown(data, entry.pw_uid, entry.pw_gid)
        probe = subprocess.run(["test", "-w", str(data)], user=user, capture_output=True)
        if probe.returncode != 0:
            raise ConfigError(f"PostgreSQL runs as {user!r}, which cannot reach {data}: let it through the "
                              f"folders above (e.g. chmod o+x on each), or use a home it can reach")
    if fresh:
        log(f"initdb {data}")
        init = subprocess.run([_pg_bin("initdb"), "-D", str(data), "-U", PG_USER, "-A", "trust", "-E", "UTF8",
                               "--no-instructions"], user=user, group=_group(user), extra_groups=[] if user else None,
                              capture_output=True, text=True, cwd=prof.root)
        if init.returncode != 0:
            raise TapsiteError(f"initdb failed: {(init.stderr or init.stdout).strip().splitlines()[-1]}")
        # Loopback only, and only over TCP to 127.0.0.1 or the socket in the data folder.
        atomic_write(data / "pg_hba.conf", "local all all trust\nhost all all 127.0.0.1/32 trust\n")
        if user:
            os.chown(data / "pg_hba.conf", pwd.getpwnam(user).pw_uid, pwd.getpwnam(user).pw_gid)
    _spawn(prof, "postgres", [_pg_bin("postgres"), "-D", str(data), "-p", str(prof.pg_port), "-k", str(data),
                              "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"], user=user)
    _wait(lambda: _pg_ready(prof), f"PostgreSQL on port {prof.pg_port}", prof.proc("postgres"))
    import psycopg2
    con = psycopg2.connect(host="127.0.0.1", port=prof.pg_port, user=PG_USER, dbname="postgres")
    try:
        con.autocommit = True
        with con.cursor() as cur:
            for db in (PG_DB, PG_STORE_DB):
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,))
                if cur.fetchone() is None:
                    cur.execute(f"CREATE DATABASE {db}")
    finally:
        con.close()
    log(f"postgres up on 127.0.0.1:{prof.pg_port}")


def _pg_ready(prof: Profile) -> bool:
    import psycopg2
    try:
        psycopg2.connect(host="127.0.0.1", port=prof.pg_port, user=PG_USER, dbname="postgres",
                         connect_timeout=2).close()
        return True
    except psycopg2.OperationalError:
        return False


def _start_redis(prof: Profile, log: Callable[[str], None]) -> None:
    binary = shutil.which("redis-server")
    if not binary:
        raise ConfigError("redis-server is not installed: run ./scripts/setup.sh (Debian's redis-server package)")
    _spawn(prof, "redis", [binary, "--port", str(prof.redis_port), "--bind", "127.0.0.1", "--dir",
                           str(prof.path("redis")), "--save", "", "--appendonly", "no", "--daemonize", "no",
                           "--protected-mode", "yes"])
    _wait(lambda: _port_open(prof.redis_port), f"Redis on port {prof.redis_port}", prof.proc("redis"))
    log(f"redis up on 127.0.0.1:{prof.redis_port}")


def _child_env(prof: Profile) -> dict[str, str]:
    return {**os.environ, **prof.env()}


def _start_worker(prof: Profile, i: int, log: Callable[[str], None]) -> None:
    # Solo pool: the worker process runs the step itself, so one PID per worker and nothing forked under it.
    name = f"worker{i}"
    _spawn(prof, name, [sys.executable, "-m", "celery", "-A", "tapsite_pipeline.production.celery_app", "worker",
                        "--pool", "solo", "--hostname", f"{name}@{socket.gethostname()}", "--queues", "dagster",
                        "--loglevel", "INFO", "--without-gossip", "--without-mingle"], env=_child_env(prof))
    log(f"celery {name} starting")


def _wait_worker_ready(prof: Profile, name: str, offset: int = 0) -> None:
    """Until the worker logs WARM_LINE past `offset` (a restarted worker appends to its old log)."""
    proc = prof.proc(name)
    assert proc is not None
    _wait(lambda: WARM_LINE in Path(proc.log).read_bytes()[offset:].decode("utf-8", errors="replace"),
          f"celery {name}", proc, timeout_s=120)


def _start_exporter(prof: Profile, log: Callable[[str], None]) -> None:
    _spawn(prof, "exporter", [sys.executable, "-m", "tapsite_pipeline.production.exporter",
                              "--port", str(prof.metrics_port)], env=_child_env(prof))
    _wait(lambda: _http_ok(f"http://127.0.0.1:{prof.metrics_port}/metrics"), "the metrics exporter",
          prof.proc("exporter"))
    log(f"metrics on http://127.0.0.1:{prof.metrics_port}/metrics")


def rules_file() -> Path | None:
    root = repo_root()
    path = root / "deploy" / "prometheus" / "rules.yml" if root else None
    return path if path and path.exists() else None


def _start_prometheus(prof: Profile, scrape_interval_s: float, log: Callable[[str], None]) -> None:
    rules = rules_file()
    cfg = prof.path("prometheus", "prometheus.yml")
    every = f"{round(scrape_interval_s * 1000)}ms"
    atomic_write(cfg, (
        f"global: {{scrape_interval: {every}, evaluation_interval: {every}}}\n"
        + (f"rule_files: ['{rules}']\n" if rules else "")
        + "scrape_configs:\n"
        f"  - job_name: tapsite\n    static_configs: [{{targets: ['127.0.0.1:{prof.metrics_port}']}}]\n"))
    _spawn(prof, "prometheus", [str(shutil.which("prometheus")), f"--config.file={cfg}",
                                f"--storage.tsdb.path={prof.path('prometheus', 'data')}",
                                f"--web.listen-address=127.0.0.1:{prof.prometheus_port}"])
    _wait(lambda: _http_ok(f"http://127.0.0.1:{prof.prometheus_port}/-/ready"), "Prometheus",
          prof.proc("prometheus"))
    log(f"prometheus on http://127.0.0.1:{prof.prometheus_port}")


# --- waiting and stopping ---------------------------------------------------------------------------------

def _wait(ready: Callable[[], bool], what: str, proc: Proc | None, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if ready():
            return
        if proc and not _alive(proc.pid):
            tail = Path(proc.log).read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
            raise TapsiteError(f"{what} exited while starting: {tail[0] if tail else 'no output'} (log {proc.log})")
        time.sleep(0.2)
    raise TapsiteError(f"{what} did not become ready in {timeout_s:.0f} s (log {proc.log if proc else '-'})")


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as fh:
            return bool(fh.status == 200)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    """Running, not a zombie: a server we started in this process is reaped here, else /proc says."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _stop(pid: int, sig: signal.Signals, timeout_s: float) -> bool:
    if not _alive(pid):
        return True
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return True
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)   # did not stop in time: nothing of the profile may outlive `down`
    time.sleep(0.2)
    return not _alive(pid)
