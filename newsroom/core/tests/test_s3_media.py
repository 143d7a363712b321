"""Media on S3-compatible storage, configured through environment variables only.

The site runs in child processes against a real S3 API: moto's standalone
server on a free loopback port. Nothing is mocked inside the site's process.
"""

import io
import json
import socket
import subprocess
import sys
import time
import urllib.request
from email.message import Message

import boto3
import pytest
from PIL import Image

from newsroom.testing import sites

BUCKET = "newsroom-media"
REGION = "us-east-1"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
# Objects are private by default and the site links them without a signature,
# so the operator makes the bucket publicly readable, as on AWS with ACLs off.
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}

UPLOAD = """
import io, json
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

editor = get_user_model().objects.create_user("editor", "editor@example.com", "pw")
buffer = io.BytesIO()
PILImage.new("RGB", (640, 480), (200, 40, 40)).save(buffer, "JPEG")
image = get_image_model()(
    title="Harbour at dawn",
    file=ImageFile(buffer, name="harbour.jpg"),
    uploaded_by_user=editor,
)
image.save()
rendition = image.get_rendition("fill-200x100|format-webp")
print(json.dumps({
    "original_name": image.file.name,
    "original_url": image.file.url,
    "rendition_name": rendition.file.name,
    "rendition_url": rendition.url,
}))
"""


@pytest.fixture
def s3_endpoint(tmp_path_factory):
    """A moto S3 server on a free loopback port; yields its endpoint URL."""
    port = sites.free_port()
    log = (tmp_path_factory.mktemp("moto") / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"moto server exited with {process.returncode}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        sites.stop(process)
        log.close()


def fetch(url: str) -> tuple[int, Message, bytes]:
    """GET ``url`` as a reader's browser would: no credentials, no signature."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers, response.read()


def test_uploaded_image_and_its_rendition_are_stored_and_served_from_s3(
    tmp_path, s3_endpoint, site_template
):
    """With media configured on S3 via environment variables only, an editor's
    uploaded image is stored in the bucket and a Wagtail rendition of it is
    served from the S3 URL; nothing is written to the local media folder."""
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    s3.create_bucket(Bucket=BUCKET)
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
    # The demo's pictures stay behind: this site's media are the bucket's.
    env = sites.site_env(
        tmp_path,
        template=site_template,
        media=False,
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME=REGION,
        AWS_S3_URL_PROTOCOL="http:",
        **CREDENTIALS,
    )
    uploaded = json.loads(sites.shell(UPLOAD, env).splitlines()[-1])

    bucket_url = f"{s3_endpoint}/{BUCKET}/"
    for kind in ("original", "rendition"):
        url = uploaded[f"{kind}_url"]
        assert url == bucket_url + uploaded[f"{kind}_name"], url
        assert "/media/" not in url
    assert uploaded["rendition_name"].endswith(".webp")

    status, _, original = fetch(uploaded["original_url"])
    assert status == 200
    assert Image.open(io.BytesIO(original)).format == "JPEG"

    status, headers, rendition = fetch(uploaded["rendition_url"])
    assert status == 200
    assert headers["Content-Type"] == "image/webp"
    assert "max-age=31536000" in headers["Cache-Control"]
    with Image.open(io.BytesIO(rendition)) as picture:
        assert picture.format == "WEBP"
        assert picture.size == (200, 100)

    keys = {
        item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    }
    assert {uploaded["original_name"], uploaded["rendition_name"]} <= keys

    media = tmp_path / "media"
    assert not media.exists() or not any(media.rglob("*"))
