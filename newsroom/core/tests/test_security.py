"""Security headers on public pages, and admin login rate limiting."""

import base64
import hashlib
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from newsroom.core import editions
from newsroom.testing import sites

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


def lock_out(client, settings, ip="203.0.113.7", username="editor"):
    for _ in range(settings.NEWSROOM_LOGIN_MAX_ATTEMPTS):
        response = client.post(
            "/admin/login/",
            {"username": username, "password": "wrong"},
            REMOTE_ADDR=ip,
        )
        assert response.status_code == 200
    assert login(client, "wrong", ip=ip).status_code == 429


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "editor", "e@example.com", "right-pass"
    )


def test_a_successful_login_clears_the_failures(client, settings, editor):
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    for _ in range(2):
        assert login(client, "wrong").status_code == 200
    assert login(client, "right-pass").status_code == 302
    client.logout()
    for _ in range(3):
        assert login(client, "wrong").status_code == 200
    assert login(client, "wrong").status_code == 429


def test_the_lockout_is_per_account_and_address(client, settings, editor):
    """A locked account is locked from that address only; colleagues log in."""
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    get_user_model().objects.create_superuser("colleague", "c@example.com", "pass-2")
    lock_out(client, settings)
    response = client.post(
        "/admin/login/",
        {"username": "colleague", "password": "pass-2"},
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    client.logout()
    assert login(client, "right-pass", ip="198.51.100.1").status_code == 302


def test_a_password_reset_unlocks_the_account(client, settings, editor, mailoutbox):
    """The owner of a locked account uses "Forgotten password?" and gets back in."""
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    lock_out(client, settings)
    assert login(client, "right-pass").status_code == 429
    response = client.post("/admin/password_reset/", {"email": "e@example.com"})
    assert response.status_code == 302
    link = re.search(
        r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", mailoutbox[0].body
    )
    form = client.get(link.group(1), follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "brand-new-pass-42", "new_password2": "brand-new-pass-42"},
    )
    assert response.status_code == 302
    assert login(client, "brand-new-pass-42").status_code == 302


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "198.51.100.1", "10.0.0.5"),  # no proxy trusted: the header is ignored
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # a forged first entry
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        (2, "198.51.100.1", "10.0.0.5"),  # fewer entries than proxies
    ],
)
def test_the_readers_address_behind_proxies(rf, settings, proxies, forwarded, expected):
    from newsroom.core.ratelimit import client_address

    settings.NEWSROOM_TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


def test_behind_a_proxy_each_reader_has_their_own_limit(client, settings, editor):
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 2
    settings.NEWSROOM_TRUSTED_PROXY_COUNT = 1

    def attempt(reader, password):
        return client.post(
            "/admin/login/",
            {"username": "editor", "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=reader,
        )

    for _ in range(2):
        assert attempt("198.51.100.1", "wrong").status_code == 200
    assert attempt("198.51.100.1", "right-pass").status_code == 429
    assert attempt("198.51.100.2", "right-pass").status_code == 302


def test_spellings_of_a_locked_username_share_its_limit(client, settings, editor):
    """ " editor" and "editor\t" log in as editor, so they count as editor too."""
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    lock_out(client, settings)
    for spelling in (" editor", "editor ", "\teditor"):
        response = client.post(
            "/admin/login/",
            {"username": spelling, "password": "right-pass"},
            REMOTE_ADDR="203.0.113.7",
        )
        assert response.status_code == 429, repr(spelling)


@pytest.mark.parametrize("code", editions.codes())
def test_page_passwords_are_rate_limited(client, settings, code):
    """Guessing a page's password is locked per address, in every edition."""
    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    # Any live page below the edition's home will do: the limit is the same
    # for every page type, and core knows no page type but Wagtail's.
    home = editions.home(code)
    page = home.get_descendants().live().last()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="open-sesame"
    )

    def attempt(password, ip="203.0.113.7", rid=str(restriction.pk)):
        return client.post(
            f"{editions.prefix(code)}_util/authenticate_with_password/{rid}/{page.pk}/",
            {"password": password, "return_url": page.url},
            REMOTE_ADDR=ip,
        )

    for _ in range(3):
        assert attempt("guess").status_code == 200
    assert 'name="password"' in client.get(page.url).text
    assert attempt("open-sesame").status_code == 429
    # The same restriction under another spelling of its number is still locked.
    assert attempt("open-sesame", rid=f"00{restriction.pk}").status_code == 429
    assert attempt("open-sesame", ip="198.51.100.1").status_code == 302
    opened = client.get(page.url)
    assert opened.status_code == 200 and 'name="password"' not in opened.text


def test_private_document_passwords_are_rate_limited(client, settings):
    from wagtail.models import Collection, CollectionViewRestriction

    settings.NEWSROOM_LOGIN_MAX_ATTEMPTS = 3
    collection = Collection.get_first_root_node().add_child(name="Leaked memos")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="memo-pass"
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"

    def attempt(password):
        return client.post(
            url, {"password": password, "return_url": "/"}, REMOTE_ADDR="203.0.113.7"
        )

    for _ in range(3):
        assert attempt("guess").status_code == 200
    assert attempt("memo-pass").status_code == 429


def test_concurrent_logins_cannot_overshoot_the_limit(site_url, site_env):
    """Twelve wrong passwords at once against the running site: at most five get through."""
    import http.cookiejar
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    sites.shell(
        "from django.contrib.auth import get_user_model\n"
        "U = get_user_model()\n"
        "U.objects.filter(username='racer').delete()\n"
        "U.objects.create_user('racer', 'r@example.com', 'racer-pass', is_staff=True)",
        site_env,
    )
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(site_url + "/admin/login/", timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "racer", "password": "wrong"}
    ).encode()

    def attempt(_):
        request = urllib.request.Request(
            site_url + "/admin/login/",
            data=body,
            headers={"Cookie": cookie, "Referer": site_url + "/admin/login/"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(attempt, range(12)))
    assert statuses.count(200) == 5, statuses
    assert statuses.count(429) == 7, statuses


def test_the_admin_loads_no_avatars_from_outside(admin_client):
    html = admin_client.get("/admin/").text
    assert "gravatar" not in html.lower()
    assert not re.findall(r'<img[^>]+src="(?:https?:)?//', html)
