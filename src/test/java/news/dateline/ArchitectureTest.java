package news.dateline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The shape of the house, as rules that fail the build when broken: the package table of {@code docs/architecture.md}
 * (every package has a row, and uses exactly what its row says), packages without cycles, an HTTP-only {@code web}
 * package, resources that speak in records, and transactions that belong to services.
 */
@AnalyzeClasses(packages = "news.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> ENTITY =
            DescribedPredicate.describe("are entities", c -> c.isAnnotatedWith(Entity.class));
    private static final DescribedPredicate<JavaClass> REPOSITORY =
            DescribedPredicate.describe("are repositories", c -> c.isAssignableTo(PanacheRepositoryBase.class));

    /**
     * Each package uses what its row in docs/architecture.md says it may use, and all of it: a dependency the row does
     * not name fails, and so does a name the code no longer needs, so the table describes the code as it is. A package
     * without a row, or a row without a package, fails too.
     */
    @ArchTest
    static void packagesUseWhatTheArchitectureTableSays(JavaClasses classes) {
        ArchitectureTable table = ArchitectureTable.read();
        Map<String, Set<String>> used = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = ArchitectureTable.packageOf(origin.getName());
            used.computeIfAbsent(from, p -> new TreeSet<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType(); // an array: its elements' class
                if (!target.getPackageName().startsWith(ArchitectureTable.ROOT)) {
                    continue;
                }
                String to = ArchitectureTable.packageOf(target.getName());
                if (!to.equals(from) && used.get(from).add(to)) {
                    examples.put(from + " -> " + to, List.of(dependency.getDescription()));
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        used.keySet().stream().filter(p -> !table.mayUse().containsKey(p))
                .forEach(p -> wrong.add("package " + p + " has no row in " + ArchitectureTable.FILE));
        table.mayUse().keySet().stream().filter(p -> !used.containsKey(p))
                .forEach(p -> wrong.add("the row " + p + " names no package of the code"));
        used.forEach((from, uses) -> {
            Set<String> allowed = table.mayUse().getOrDefault(from, Set.of());
            uses.stream().filter(to -> !allowed.contains(to)).forEach(to -> wrong.add(from + " uses " + to
                    + ", which its row does not name: " + examples.get(from + " -> " + to).get(0)));
            if (table.mayUse().containsKey(from)) {
                allowed.stream().filter(to -> !uses.contains(to))
                        .forEach(to -> wrong.add(from + "'s row names " + to + ", which it does not use"));
            }
        });
        if (!wrong.isEmpty()) {
            throw new AssertionError(ArchitectureTable.FILE + " and the code disagree:\n  " + String.join("\n  ", wrong));
        }
    }

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("news.dateline.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule websKindsHaveNoCycles = slices().matching("news.dateline.web.(*)..").should().beFreeOfCycles()
            .because("web/'s kinds (problem, representation, paging, input, edge) build on each other one way");

    @ArchTest
    static final ArchRule websRootNeedsNoneOfItsKinds = noClasses().that().resideInAPackage("news.dateline.web")
            .should().dependOnClassesThat(resideInAPackage("news.dateline.web.(*).."))
            .because("web/'s root holds what every kind uses (Json, Digests, SurrogateKeyed)");

    @ArchTest
    static final ArchRule webDependsOnNoOtherDatelinePackage = noClasses().that().resideInAPackage("news.dateline.web..")
            .should().dependOnClassesThat(resideInAPackage("news.dateline..")
                    .and(not(resideInAPackage("news.dateline.web.."))))
            .because("web/ is the HTTP plumbing every feature shares; it must not know any of them");

    @ArchTest
    static final ArchRule resourcesNeverTouchRepositoriesOrEntities = noClasses().that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat(REPOSITORY.or(ENTITY))
            .because("a resource speaks HTTP and records; services own queries and entities");

    @ArchTest
    static final ArchRule entitiesNeverAppearInResourceSignatures = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .should(new ArchCondition<>("have no entity in their signature") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())
                            .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                            .filter(ENTITY::test)
                            .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes the entity " + entity.getName())));
                }
            });

    @ArchTest
    static final ArchRule onlyServicesAreTransactionalClasses = noClasses().that().haveSimpleNameNotEndingWith("Service")
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule onlyServicesHaveTransactionalMethods = noMethods()
            .that().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Service")
            .should().beAnnotatedWith(Transactional.class)
            .because("a transaction is a unit of business work: resources and repositories run inside the service's");
}
