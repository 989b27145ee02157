package news.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A statement past its own bound is cancelled, and the transaction goes on with its timeout as it was. */
@QuarkusTest
class TimeBoxTest {

    @Inject
    TimeBox timeBox;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @Test
    @TestTransaction
    void aStatementPastItsBoundGivesNothingAndTheTransactionGoesOn() throws SystemException {
        String before = timeout();
        Optional<Object> slow = timeBox.within(Duration.ofMillis(50),
                () -> em.createNativeQuery("select cast(pg_sleep(1) as text)").getSingleResult());
        assertTrue(slow.isEmpty());
        assertEquals(before, timeout(), "the transaction's statements work, with the timeout they had");
        assertEquals(Status.STATUS_ACTIVE, transactions.getStatus(), "and it may still commit");
    }

    @Test
    @TestTransaction
    void aStatementWithinItsBoundGivesItsAnswerAndTheTimeoutBack() {
        String before = timeout();
        Optional<Object> quick = timeBox.within(Duration.ofSeconds(1),
                () -> em.createNativeQuery("select 'answered'").getSingleResult());
        assertEquals(Optional.of("answered"), quick);
        assertEquals(before, timeout());
    }

    private String timeout() {
        return (String) em.createNativeQuery("select current_setting('statement_timeout')").getSingleResult();
    }
}
