package news.dateline.purge;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The caching tiers {@code dateline.purge.*} names: Varnish servers, a Fastly service, both or none. */
@Singleton
class PurgeTargets {

    private final List<PurgeTarget> configured;

    PurgeTargets(PurgeConfig purge, ObjectMapper mapper) {
        PurgeRequests requests = new PurgeRequests(purge.timeout());
        List<PurgeTarget> targets = new ArrayList<>();
        purge.varnishUrls().filter(urls -> !urls.isEmpty())
                .ifPresent(urls -> targets.add(new VarnishPurge(urls, requests)));
        PurgeConfig.Fastly fastly = purge.fastly();
        Optional<String> serviceId = fastly.serviceId().filter(id -> !id.isBlank());
        if (serviceId.isPresent()) {
            // Without a token every purge would be refused: better not to start than to serve stale pages silently.
            String token = fastly.token().filter(t -> !t.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "DATELINE_PURGE_FASTLY_SERVICE_ID is set but DATELINE_PURGE_FASTLY_TOKEN is not"));
            targets.add(new FastlyPurge(fastly.apiUrl(), serviceId.get(), token, requests, mapper));
        }
        this.configured = List.copyOf(targets);
    }

    List<PurgeTarget> configured() {
        return configured;
    }
}
