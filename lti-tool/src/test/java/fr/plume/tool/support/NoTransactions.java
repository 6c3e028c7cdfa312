package fr.plume.tool.support;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link TransactionTemplate} that runs its callback inline, for unit tests of use cases over
 * in-memory fakes (no database, so nothing to begin or commit).
 */
public final class NoTransactions implements PlatformTransactionManager {

    private NoTransactions() {
    }

    public static TransactionTemplate template() {
        return new TransactionTemplate(new NoTransactions());
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        return new SimpleTransactionStatus();
    }

    @Override
    public void commit(TransactionStatus status) {
        // nothing to commit
    }

    @Override
    public void rollback(TransactionStatus status) {
        // nothing to roll back
    }
}
