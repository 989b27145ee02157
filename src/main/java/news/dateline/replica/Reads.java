package news.dateline.replica;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the current request reads: the replica for an anonymous GET or HEAD while the replica serves, the primary
 * for everything else (a key, a write, work outside a request). Decided once per request, at its first read, so that
 * Hibernate ({@link ReadTenants}) and plain JDBC readers ({@link #connection()}) use the same database throughout.
 */
@ApplicationScoped
public class Reads {

    /** The request attribute that holds the decision. */
    private static final String DECIDED = Reads.class.getName();

    private final ReadReplica replica;
    private final CurrentVertxRequest current;

    Reads(ReadReplica replica, CurrentVertxRequest current) {
        this.replica = replica;
        this.current = current;
    }

    /** A connection for reading public content in the current request, from the database it reads. */
    public Connection connection() throws SQLException {
        return fromReplica() ? replica.connection() : replica.primary().getConnection();
    }

    /** Whether the current request reads from the replica. */
    boolean fromReplica() {
        if (!replica.configured() || !Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext request = current.getCurrent();
        if (request == null) {
            return false;
        }
        Boolean decided = request.get(DECIDED);
        if (decided == null) {
            decided = anonymousRead(request) && replica.serves();
            request.put(DECIDED, decided);
        }
        return decided;
    }

    private static boolean anonymousRead(RoutingContext request) {
        HttpMethod method = request.request().method();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !request.request().headers().contains(HttpHeaders.AUTHORIZATION);
    }
}
