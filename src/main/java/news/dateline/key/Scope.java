package news.dateline.key;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.auth.Roles;

/** What a key may do, as sent and stored ({@code content:read}…); each grants its own role and the roles below it. */
public enum Scope {
    CONTENT_READ(Roles.CONTENT_READ), CONTENT_WRITE(Roles.CONTENT_WRITE), ADMIN(Roles.ADMIN);

    private final String role;

    Scope(String role) {
        this.role = role;
    }

    @Override
    public String toString() {
        return role;
    }

    /** The roles a key with these scopes holds: admin implies content:write, which implies content:read. */
    static Set<String> rolesOf(Set<Scope> scopes) {
        int highest = scopes.stream().mapToInt(Enum::ordinal).max().orElse(-1);
        return Arrays.stream(values()).filter(s -> s.ordinal() <= highest).map(s -> s.role)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The stored form: scopes in declaration order, comma-separated. */
    static String join(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::toString).collect(Collectors.joining(","));
    }

    static Set<Scope> parse(String stored) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String role : stored.split(",")) {
            Arrays.stream(values()).filter(s -> s.role.equals(role)).forEach(scopes::add);
        }
        return scopes;
    }
}
