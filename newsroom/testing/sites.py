"""Sites of their own, run for real: a database, a folder, a server process.

Tests that need the whole site (browser tests, Varnish, the worker, outages)
each get a site of their own. Migrating and seeding one takes 10-40 seconds,
so a test session does it once, in a template (:func:`build_template`), and
every set-up starts from a copy of it (``site_env(template=...)``): a file
copy on SQLite, ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL. Copies are
independent, so tests stay isolated.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True)
class Template:
    """A migrated, seeded site to copy: its database and its media folder."""

    database_url: str
    media_dir: Path


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


def _server_url() -> str | None:
    """The PostgreSQL server the tests run on (DATABASE_URL), or None for SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def _new_database(var_dir: Path, *, template: Template | None) -> str:
    """A new database on the engine the tests run on, empty or a copy of ``template``.

    On SQLite a file in ``var_dir``; on PostgreSQL a new database on the same
    server, dropped when the test process exits.
    """
    server = _server_url()
    if server is None:
        path = var_dir / "db.sqlite3"
        if template is not None:
            # The backup API copies a consistent state even in WAL mode.
            source = template.database_url.removeprefix("sqlite:///")
            with (
                contextlib.closing(sqlite3.connect(source)) as src,
                contextlib.closing(sqlite3.connect(path)) as dst,
            ):
                src.backup(dst)
        return f"sqlite:///{path}"

    name = f"newsroom_site_{uuid.uuid4().hex[:12]}"
    create = f'CREATE DATABASE "{name}"'
    if template is not None:
        # Needs no other connection to the template; build_template closed
        # it to connections for that reason.
        create += f' TEMPLATE "{urlsplit(template.database_url).path[1:]}"'
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(create)

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    atexit.register(drop)
    return urlunsplit(urlsplit(server)._replace(path="/" + name))


def _link_or_copy(source: str, target: str) -> None:
    # Storage never rewrites a file in place (new names, unlink on delete),
    # so copies may share the template's files.
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def site_env(
    var_dir: Path,
    *,
    template: Template | None = None,
    media: bool = True,
    **extra: str,
) -> dict[str, str]:
    """Environment for a site of its own: its own database and folder, same engines.

    Uses the engines the tests run on (PostgreSQL and Redis when DATABASE_URL
    and REDIS_URL are set), with a cache key prefix of its own. The database
    is empty, or a copy of ``template`` together with its media files (unless
    ``media`` is false, e.g. when media live on S3). A ``BASE_URL`` in
    ``extra`` also becomes the copied site's address, as seeding would have
    made it, so absolute links and purges name that host.
    """
    if template is not None and media and template.media_dir.exists():
        shutil.copytree(
            template.media_dir, var_dir / "media", copy_function=_link_or_copy
        )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "NEWSROOM_VAR_DIR": str(var_dir),
        "DATABASE_URL": _new_database(var_dir, template=template),
        "CACHE_KEY_PREFIX": f"site-{uuid.uuid4().hex[:8]}",
        # The database queue keeps each site's tasks with its own data; an RQ
        # queue in a shared Redis would hand them to other sites' workers.
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    if template is not None and "BASE_URL" in extra:
        address = urlsplit(extra["BASE_URL"])
        port = address.port or (443 if address.scheme == "https" else 80)
        shell(
            "from wagtail.models import Site\n"
            "Site.objects.filter(is_default_site=True).update("
            f"hostname={address.hostname!r}, port={port})",
            env,
        )
    return env


def build_template(var_dir: Path, *, per_section: int) -> Template:
    """Migrate and seed a site in ``var_dir`` for ``site_env(template=...)`` to copy.

    The slow part of a site's set-up, so build it once per test session. The
    worker runs what seeding queued (search indexing), so copies start with
    an empty queue and a full search index. On PostgreSQL the template is then
    closed to connections: copying needs it unused.
    """
    env = site_env(var_dir)
    manage("migrate", "--no-input", env=env)
    manage("seed_demo", "--per-section", str(per_section), env=env)
    manage("worker", "--batch", env=env)
    server = _server_url()
    if server is not None:
        name = urlsplit(env["DATABASE_URL"]).path[1:]
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
    return Template(database_url=env["DATABASE_URL"], media_dir=var_dir / "media")


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
                _, errors = process.communicate()
                raise RuntimeError(f"the site did not start: {errors.decode()[-2000:]}")
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
