"""Security headers for public pages: Content-Security-Policy and Permissions-Policy.

The only inline script is the tiny theme script in <head>
(``components/theme_script.html``); it is allowed by its SHA-256 hash, computed
from the template file at start-up, so editing it can never silently break the
policy. The admin (Wagtail's own pages) gets no CSP from us.
"""

import base64
import hashlib
import re
from functools import cache

from django.conf import settings

THEME_SCRIPT = settings.PROJECT_DIR / "templates" / "components" / "theme_script.html"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


@cache
def inline_script_hashes() -> tuple[str, ...]:
    scripts = re.findall(r"<script>(.*?)</script>", THEME_SCRIPT.read_text(), re.S)
    return tuple(
        "'sha256-"
        + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
        + "'"
        for s in scripts
    )


@cache
def content_security_policy() -> str:
    extra_img = " ".join(settings.NEWSROOM_CSP_EXTRA_IMG_SRC)
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(["'self'", *inline_script_hashes()]),
        "style-src": "'self'",
        "img-src": f"'self' data: {extra_img}".strip(),
        "font-src": "'self'",
        "connect-src": "'self'",
        "frame-src": "'self'",
        "frame-ancestors": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeadersMiddleware:
    """Adds the CSP and Permissions-Policy to every response outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt = tuple(settings.NEWSROOM_CSP_EXEMPT_PATHS)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(self.exempt):
            response.headers.setdefault(
                "Content-Security-Policy", content_security_policy()
            )
        return response
