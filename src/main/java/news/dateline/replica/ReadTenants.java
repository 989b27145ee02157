package news.dateline.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hibernate's side of {@link Reads}: the persistence unit is multi-tenant by database ({@code
 * quarkus.hibernate-orm.multitenant=DATABASE}) with two "tenants", the primary and the replica, so that each session
 * opens on the database its request reads.
 */
@PersistenceUnitExtension
@ApplicationScoped
class ReadTenants implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    private final Reads reads;

    ReadTenants(Reads reads) {
        this.reads = reads;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return reads.fromReplica() ? REPLICA : PRIMARY;
    }
}
