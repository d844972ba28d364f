package io.trainerpath.system;

import java.util.List;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The failures that mean "the database cannot be reached right now", as opposed to a bug: they are
 * answered with 503 and a request to try again, never with a 500 and never with a stack trace.
 */
final class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "30";

	static final List<Class<? extends Throwable>> FAILURES = List.of(CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, TransientDataAccessException.class,
			RecoverableDataAccessException.class, JDBCConnectionException.class);

	private DatabaseUnavailable() {
	}

	static boolean isFailure(Throwable ex) {
		return FAILURES.stream().anyMatch(type -> type.isInstance(ex));
	}

	static String describe(Throwable ex) {
		// The exception's class only: messages may quote SQL, and SQL may quote what a visitor typed.
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
	}

}
