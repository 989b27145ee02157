# Varnish in front of Dateline: caches what Dateline says may be cached, keys every object by its Surrogate-Key
# (varnish-modules' xkey), and lets only the instances purge by key. Used by deploy/local/up.sh and by
# news.dateline.purge.VarnishPurgeTest, which each write the included backend.vcl beside this file: the backend (the
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
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Health and metrics are about the instance that answers, never a copy.
    if (req.url ~ "^/q/") {
        return (pass);
    }
    # Dateline sets no cookies and reads none: a browser's cookies for the site must not make every read a miss.
    unset req.http.Cookie;
    # With a key the answer is the caller's own (drafts, private Cache-Control): the built-in VCL passes those.
}

sub vcl_backend_response {
    # Only what names its contents can be purged when they change, so only that is kept: an answer without a
    # Surrogate-Key (a 404 for an article not yet published, a problem) is fetched afresh every time.
    if (!beresp.http.Surrogate-Key) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    # Otherwise Cache-Control rules, as the built-in VCL reads it: max-age is the TTL, stale-while-revalidate the
    # grace; "private" and "no-store" answers are not kept.
}

sub vcl_deliver {
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
