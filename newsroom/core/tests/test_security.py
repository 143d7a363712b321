"""Security headers on public pages, and admin login rate limiting."""

import base64
import hashlib
import re

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_public_pages_have_a_strict_content_security_policy(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self' 'sha256-" in csp
    # Every inline script on the page is one the policy allows by hash.
    for script in re.findall(r"<script>(.*?)</script>", response.text, re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_admin_is_left_to_wagtails_own_policy(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/")


def login(client, password, ip="203.0.113.7"):
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=ip,
    )


def test_admin_login_is_locked_after_repeated_failures(client, settings):
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    get_user_model().objects.create_superuser("editor", "e@example.com", "right-pass")
    for _ in range(3):
        assert (
            login(client, "wrong").status_code == 200
        )  # the form again, with an error
    locked = login(client, "right-pass")
    assert locked.status_code == 429
    assert "Retry-After" in locked
    # Another address is not affected, and a success clears its own count.
    assert login(client, "right-pass", ip="198.51.100.1").status_code == 302
