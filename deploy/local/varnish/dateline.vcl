# Varnish in front of Dateline: caches what Dateline says may be cached, keys every object by its Surrogate-Key
# (varnish-modules' xkey), and lets only the instances purge by key. Used by deploy/local/up.sh and by the tests'
# news.dateline.purge.VarnishServer, which each write the included backend.vcl beside this file: the backend (the
# instances, or HAProxy in front of them) and the "purgers" ACL (the instances' addresses).
vcl 4.1;

import xkey;

include "backend.vcl";

sub vcl_recv {
    # news.dateline.purge.VarnishPurge sends "PURGE /" with the keys, space-separated, in xkey-purge.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is for the instances only"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        # A hard purge: the next request fetches afresh, so a published edit shows at once (a soft purge would serve
        # the stale copy once more while it refetched).
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
    }
    # Dateline takes the client's address from X-Forwarded-For (for rate limits) when it comes from a trusted proxy,
    # and reads its first entry: that entry must be the address Varnish saw, not whatever the client sent.
    set req.http.X-Forwarded-For = client.ip;
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Health and metrics are about the instance that answers, never a copy.
    if (req.url ~ "^/q/") {
        return (pass);
    }
    # A preview link's token is a credential in the path: its answer (private, no-store) is never kept, and a pass
    # also keeps one reader's request from waiting on another's fetch of the same URL.
    if (req.url ~ "^/api/v1/previews/") {
        return (pass);
    }
    # Dateline sets no cookies and reads none: a browser's cookies for the site must not make every read a miss.
    unset req.http.Cookie;
    # Dateline answers "Vary: Accept-Encoding" and compresses itself. Two spellings only, so that there are at most
    # two copies of each answer: gzip, or none. Run varnishd with -p http_gzip_support=off (deploy/local/up.sh does)
    # and each copy is kept as Dateline sent it, with its strong ETag, and sent as it is kept. With Varnish's default
    # (on) it asks for gzip only and unzips every hit for a client that did not ask for gzip: on this machine that
    # cost 40 % of the hit rate, and the unzipped answer's ETag is weakened (W/), which If-Match never matches.
    if (req.http.Accept-Encoding ~ "(^|[,\s])gzip\b") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # Tags and people answer in the language asked for, and say "Vary: …, Accept-Language" when the header decided it
    # (no ?language=): Varnish keeps one copy per Accept-Language value it sees. Only there does the header matter, so
    # it is dropped everywhere else (articles are one set of bytes whatever the reader's language: one copy each),
    # and where it matters it is cut to its first 100 characters. Dateline reads at most 32 ranges of it anyway; the
    # cut keeps the copies a hostile header can make to what a short header can. Dateline is sent the cut header too, so
    # each copy is right for the header it is filed under.
    if (req.url !~ "^/api/v1/(tags|people)([/?]|$)" || req.url ~ "[?&]language=[^&]") {
        unset req.http.Accept-Language;
    } elsif (req.http.Accept-Language) {
        set req.http.Accept-Language = regsub(req.http.Accept-Language, "^(.{100}).+$", "\1");
    }
    # With a key the answer is the caller's own (drafts, private Cache-Control): the built-in VCL passes those.
}

sub vcl_backend_response {
    # A background refresh (an object past its TTL, within its grace: stale-while-revalidate) that gets an error
    # keeps the copy it would have replaced, so readers go on getting the last good answer while the tier behind is
    # failing.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Only what names its contents can be purged when they change, so only that is kept: an answer without a
    # Surrogate-Key (a 404 for an article not yet published, a problem) is fetched afresh every time.
    if (!beresp.http.Surrogate-Key) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    # With rate limiting on, each answer says what is left of the allowance of the client that caused the fetch: a
    # shared copy must not tell every other reader that client's counts (hits are not counted at all). A pass (a
    # keyed request) keeps them: that answer goes to that client only.
    if (!bereq.uncacheable && beresp.http.Cache-Control ~ "public") {
        unset beresp.http.RateLimit-Limit;
        unset beresp.http.RateLimit-Remaining;
        unset beresp.http.RateLimit-Reset;
    }
    # Otherwise Cache-Control rules, as the built-in VCL reads it: max-age is the TTL, stale-while-revalidate the
    # grace; "private" and "no-store" answers are not kept.
}

sub vcl_deliver {
    unset resp.http.xkey;
    # Surrogate-Key is for this tier (and a CDN's), not for readers: like Fastly, do not pass it on. It is the larger
    # part of an article's headers (16 ids: 700 bytes). HAProxy (port 8180) and the instances still show it.
    unset resp.http.Surrogate-Key;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
