package news.dateline.purge;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/**
 * Purges at Varnish servers that run deploy/local/varnish/dateline.vcl: {@code PURGE /} with the keys,
 * space-separated, in {@code xkey-purge}, which the VCL hands to varnish-modules' {@code xkey.purge}. Every server
 * must confirm; one that does not fails the purge, and all are asked again (purging twice is harmless).
 */
final class VarnishPurge implements PurgeTarget {

    /** Keys are up to 45 characters: 100 of them keep the header well under Varnish's 8 KB per header line. */
    private static final int MAX_KEYS = 100;

    private final List<URI> servers;
    private final PurgeRequests requests;

    VarnishPurge(List<URI> servers, PurgeRequests requests) {
        this.servers = List.copyOf(servers);
        this.requests = requests;
    }

    @Override
    public String name() {
        return "varnish";
    }

    @Override
    public int maxKeysPerRequest() {
        return MAX_KEYS;
    }

    @Override
    public void purge(List<String> keys) throws PurgeFailed {
        for (URI server : servers) {
            requests.send(requests.bounded(HttpRequest.newBuilder(server.resolve("/")))
                    .method("PURGE", HttpRequest.BodyPublishers.noBody())
                    .header("xkey-purge", String.join(" ", keys))
                    .build(), "Varnish");
        }
    }
}
