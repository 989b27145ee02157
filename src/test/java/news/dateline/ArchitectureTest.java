package news.dateline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
import java.util.stream.Stream;

/**
 * The shape of the house, as rules that fail the build when broken: packages without cycles, an HTTP-only
 * {@code web} package, resources that speak in records, and transactions that belong to services.
 */
@AnalyzeClasses(packages = "news.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> ENTITY =
            DescribedPredicate.describe("are entities", c -> c.isAnnotatedWith(Entity.class));
    private static final DescribedPredicate<JavaClass> REPOSITORY =
            DescribedPredicate.describe("are repositories", c -> c.isAssignableTo(PanacheRepositoryBase.class));

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("news.dateline.(*)..").should().beFreeOfCycles();

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
