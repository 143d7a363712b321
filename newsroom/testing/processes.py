"""The Procfile's processes (``web``, ``worker``, ``clock``), run as operators run them.

Whole-system tests start the very command lines of the ``Procfile`` (the
ones the systemd units of ``deploy/`` run), with production settings, on a
site of their own (:mod:`newsroom.testing.sites`). The web server speaks
HTTPS itself, through granian's own ``GRANIAN_SSL_*`` variables, where nginx
terminates TLS in front of it in production: so secure cookies, HSTS and
Django's HTTPS-only CSRF checks are all in force, as they are for editors.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import os
import secrets
import signal
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from . import sites

PROCFILE = sites.BASE_DIR / "Procfile"
HOST = "127.0.0.1"
START_TIMEOUT = 60
STOP_TIMEOUT = 10


def procfile() -> dict[str, str]:
    """The Procfile's command line of each process, by name."""
    commands = {}
    for line in PROCFILE.read_text().splitlines():
        name, sep, command = line.partition(":")
        if sep and name.strip() and not name.lstrip().startswith("#"):
            commands[name.strip()] = command.strip()
    return commands


def production_env(env: dict[str, str], *, static_root: Path) -> dict[str, str]:
    """``env`` (a site's, from ``sites.site_env``) with production settings.

    What an operator's ``/etc/newsroom/env`` holds for one machine: the
    production settings module, a secret key, the host names, and the
    collected static files (production serves hashed names from the manifest,
    so :func:`collect_static` must have run into ``static_root``).
    """
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "STATIC_ROOT": str(static_root),
    }


def collect_static(env: dict[str, str]) -> None:
    """``manage.py collectstatic`` into the ``STATIC_ROOT`` of ``env`` (a few seconds)."""
    sites.manage("collectstatic", "--no-input", env=env)


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost and its PKCS#8 key, as files."""
    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "site.crt", directory / "site.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Process:
    """A running Procfile process, with its output in a log file."""

    name: str
    popen: subprocess.Popen
    log: Path

    def output(self, limit: int = 3000) -> str:
        """The end of what the process printed, for failure messages."""
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return f"--- {self.name} ({self.log}) ---\n{text[-limit:]}"

    def running(self) -> bool:
        return self.popen.poll() is None

    def stop(self) -> None:
        """Stop the process and its children (granian's workers) by its group id."""
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        # Workers that outlived their parent are still in its group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, signal.SIGKILL)


@contextlib.contextmanager
def run(name: str, env: dict[str, str], *, log_dir: Path) -> Iterator[Process]:
    """Run the Procfile's ``name`` line with ``env`` until the block ends.

    ``python`` and ``granian`` on the line are this virtualenv's (as
    ``make run`` puts its bin folder first on ``PATH``). The process gets a
    session of its own, so stopping it stops every worker it forked.
    """
    command = procfile()[name]
    bin_dir = str(Path(sys.executable).parent)
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{name}.log"
    with log.open("ab") as output:
        popen = subprocess.Popen(
            ["/bin/sh", "-c", f"exec {command}"],
            cwd=sites.BASE_DIR,
            env={**env, "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    process = Process(name=name, popen=popen, log=log)
    try:
        yield process
    finally:
        process.stop()


def unverified_tls() -> ssl.SSLContext:
    """A client context that accepts the test site's self-signed certificate."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@contextlib.contextmanager
def web(
    env: dict[str, str], *, port: int, log_dir: Path, workers: int = 2
) -> Iterator[tuple[str, Process]]:
    """The Procfile's ``web`` (granian) over HTTPS on 127.0.0.1:``port``.

    Yields the base URL (``https://127.0.0.1:<port>``) and the process once
    the home page answers. ``env`` should come from :func:`production_env`.
    """
    cert, key = self_signed_certificate(log_dir / "tls")
    server_env = {
        **env,
        "HOST": HOST,
        "PORT": str(port),
        "WEB_WORKERS": str(workers),
        "GRANIAN_SSL_CERTIFICATE": str(cert),
        "GRANIAN_SSL_KEYFILE": str(key),
    }
    base_url = f"https://{HOST}:{port}"
    with run("web", server_env, log_dir=log_dir) as process:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if not process.running():
                raise RuntimeError(f"the web process exited\n{process.output()}")
            try:
                urllib.request.urlopen(
                    base_url + "/", timeout=5, context=unverified_tls()
                ).close()
                break
            except urllib.error.HTTPError as error:
                raise RuntimeError(
                    f"the home page answered {error.code}\n{process.output()}"
                ) from error
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"the web process did not answer in {START_TIMEOUT}s\n"
                        f"{process.output()}"
                    ) from None
                time.sleep(0.2)
        yield base_url, process
