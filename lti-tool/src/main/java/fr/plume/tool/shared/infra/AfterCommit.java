package fr.plume.tool.shared.infra;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** For per-node caches of rows this node is changing. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs {@code forget} now and again once the current transaction, if any, has ended: a read
     * made in between, before the change was visible, must not stay cached.
     */
    public static void forgetNowAndAfter(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
