vcl 4.1;
# Varnish in front of Newsroom. Public pages carry Cache-Control s-maxage and
# are cached here; Newsroom purges them on publish / unpublish / move / delete
# and on changes to settings, snippets and ads, with HTTP PURGE (set
# FRONTEND_CACHE_URL to this Varnish's address).
# Edit the backend address, and the purgers ACL to list your web servers.

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging not allowed from " + client.ip));
        }
        # A whole edition at once (Newsroom sends the edition's path pattern,
        # e.g. ^/ru/, when a footer notice or a story in every list changes).
        if (req.http.X-Purge-Regex) {
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path ~ " + req.http.X-Purge-Regex);
            return (synth(200, "Banned"));
        }
        # Drop the path and all its query variants (?page=2, ...) at once.
        # Paths are compared percent-encoded (upper-case hex), as browsers
        # send them and as Newsroom purges them.
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors (with a session) and the admin always see fresh pages.
    if (req.url ~ "^/admin/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # The view counter must reach the site on every call.
    if (req.url ~ "^/analytics/") {
        return (pass);
    }
    # Anonymous pages are the same for everybody: cookies play no part.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # Copies for http and https differ (canonical and alternate links carry
    # the scheme); the TLS proxy in front sets X-Forwarded-Proto. Varnish's
    # own vcl_hash adds the URL and host after this.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Remembered for bans: the path without its query string, and the host.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    set beresp.http.x-host = bereq.http.host;
    if (bereq.url ~ "^/static/") {
        set beresp.ttl = 365d;
    }
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A short grace keeps serving while a fresh copy is fetched after expiry.
    set beresp.grace = 30s;
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-path;
    unset resp.http.x-host;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
