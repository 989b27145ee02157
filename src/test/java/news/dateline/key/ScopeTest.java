package news.dateline.key;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scopes imply the ones below them, and survive being stored. */
class ScopeTest {

    @Test
    void eachScopeGrantsItsRoleAndTheRolesBelowIt() {
        assertEquals(Set.of("content:read"), Scope.rolesOf(EnumSet.of(Scope.CONTENT_READ)));
        assertEquals(Set.of("content:read", "content:write"), Scope.rolesOf(EnumSet.of(Scope.CONTENT_WRITE)));
        assertEquals(Set.of("content:read", "content:write", "admin"), Scope.rolesOf(EnumSet.of(Scope.ADMIN)));
        assertEquals(Set.of("content:read", "content:write", "admin"),
                Scope.rolesOf(EnumSet.of(Scope.CONTENT_READ, Scope.ADMIN)));
    }

    @Test
    void scopesAreStoredInOneOrderAndReadBack() {
        Set<Scope> scopes = EnumSet.of(Scope.ADMIN, Scope.CONTENT_READ);
        assertEquals("content:read,admin", Scope.join(scopes));
        assertEquals(scopes, Scope.parse(Scope.join(scopes)));
    }
}
