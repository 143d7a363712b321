"""Helpers for tests and scripts that need the site running for real.

``serve`` starts the site in a child process on a free loopback port, the way
a reader would reach it, and stops it afterwards.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A reader's browser; headless Chromium's own user agent is counted as a bot.
READER_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0 Safari/537.36"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _fresh_database_url(var_dir: Path) -> str:
    """A new, empty database on the engine the tests run on (DATABASE_URL).

    On SQLite a file in ``var_dir``; on PostgreSQL a new database on the same
    server, dropped when the test process exits.
    """
    outer = os.environ.get("DATABASE_URL", "")
    if not outer.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{var_dir / 'db.sqlite3'}"
    import psycopg

    parts = urlsplit(outer)
    name = f"newsroom_site_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(outer, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(outer, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    atexit.register(drop)
    return urlunsplit(parts._replace(path="/" + name))


def shell(code: str, env: dict[str, str]) -> str:
    """Run ``code`` in ``manage.py shell`` with ``env``; returns what it printed."""
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def stop(process: subprocess.Popen) -> None:
    """Terminate a child process, killing it if it does not exit in time."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


VARNISHD = "/usr/sbin/varnishd"
SHIPPED_VCL = BASE_DIR / "deploy" / "varnish" / "newsroom.vcl"


def varnish_command(
    *, backend_port: int, port: int, workdir: Path, memory: str = "64m"
) -> list[str]:
    """varnishd in the foreground with the shipped VCL, pointed at ``backend_port``.

    The VCL copy and Varnish's state go into ``workdir``; ``-j none`` runs
    without privilege separation so varnishd can read a private folder.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = workdir / "newsroom.vcl"
    vcl.write_text(
        SHIPPED_VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";')
    )
    return [
        VARNISHD,
        "-F",
        "-j",
        "none",
        "-f",
        str(vcl),
        "-a",
        f"127.0.0.1:{port}",
        "-n",
        str(workdir / "state"),
        "-s",
        f"malloc,{memory}",
    ]


def site_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for a site of its own: fresh database and folder, same engines.

    Uses the engines the tests run on (PostgreSQL and Redis when DATABASE_URL
    and REDIS_URL are set), with a cache key prefix of its own.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "NEWSROOM_VAR_DIR": str(var_dir),
        "DATABASE_URL": _fresh_database_url(var_dir),
        "CACHE_KEY_PREFIX": f"site-{uuid.uuid4().hex[:8]}",
        # The database queue keeps each site's tasks with its own data; an RQ
        # queue in a shared Redis would hand them to other sites' workers.
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    return env


@contextlib.contextmanager
def serve(env: dict[str, str], *, port: int | None = None) -> Iterator[str]:
    """Run the site on 127.0.0.1 until the block ends; yields its base URL."""
    port = port or free_port()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"the site did not start: {process.stderr.read().decode()[-2000:]}"
                )
            try:
                urllib.request.urlopen(base_url + "/", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base_url
    finally:
        stop(process)
