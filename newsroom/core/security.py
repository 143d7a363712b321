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
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotFound

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
        "frame-src": f"'self' {settings.NEWSROOM_ADS_ORIGIN}".strip(),
        "frame-ancestors": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeadersMiddleware:
    """Adds the CSP and Permissions-Policy to every response outside the admin.

    On the ads host (``ADS_ORIGIN``) only ad frames are served: the rest of
    the site, the admin above all, does not answer there.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt = tuple(settings.NEWSROOM_CSP_EXEMPT_PATHS)
        self.ads_host = urlsplit(settings.NEWSROOM_ADS_ORIGIN).netloc

    def __call__(self, request):
        if (
            self.ads_host
            and request.get_host() == self.ads_host
            and not request.path.startswith("/ads/")
        ):
            return HttpResponseNotFound(
                "Only ads are served on this host.", content_type="text/plain"
            )
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(self.exempt):
            response.headers.setdefault(
                "Content-Security-Policy", content_security_policy()
            )
        return response
