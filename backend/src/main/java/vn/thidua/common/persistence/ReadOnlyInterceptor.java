package vn.thidua.common.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;

/** See {@link ReadOnly}. */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyInterceptor {

    @Inject
    TransactionManager transactions;

    @Inject
    Session session;

    @AroundInvoke
    Object read(InvocationContext context) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        transactions.begin();
        Object result;
        try {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            result = context.proceed();
        } catch (Throwable e) {
            transactions.rollback();
            throw e;
        }
        transactions.commit();
        return result;
    }
}
