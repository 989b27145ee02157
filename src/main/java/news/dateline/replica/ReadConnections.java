package news.dateline.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;

/** Hibernate's connections for each of {@link ReadTenants}' two: the primary's pool, or the replica's. */
@PersistenceUnitExtension
@ApplicationScoped
class ReadConnections implements TenantConnectionResolver {

    private final ReadReplica replica;

    ReadConnections(ReadReplica replica) {
        this.replica = replica;
    }

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return switch (tenantId) {
            case ReadTenants.PRIMARY -> new Pooled(() -> replica.primary().getConnection());
            // One that the replica cannot give comes from the primary (ReadReplica.connection).
            case ReadTenants.REPLICA -> new Pooled(replica::connection);
            default -> throw new IllegalArgumentException("no database for tenant " + tenantId);
        };
    }

    /** Where connections come from. */
    @FunctionalInterface
    interface Source {
        Connection get() throws SQLException;
    }

    /** Connections from an Agroal pool, given back to it on close; transactions enlist them themselves. */
    record Pooled(Source source) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return source.get();
        }

        @Override
        public void closeConnection(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return true; // as Quarkus' own provider: Agroal hands the transaction's connection back each time
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return ConnectionProvider.class.equals(type) || Pooled.class.equals(type);
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (isUnwrappableAs(type)) {
                return type.cast(this);
            }
            throw new UnknownUnwrapTypeException(type);
        }
    }
}
