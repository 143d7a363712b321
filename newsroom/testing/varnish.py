"""Varnish with the shipped configuration, for the Varnish test and the bench."""

from pathlib import Path

VARNISHD = "/usr/sbin/varnishd"
SHIPPED_VCL = (
    Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "newsroom.vcl"
)


def command(
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
