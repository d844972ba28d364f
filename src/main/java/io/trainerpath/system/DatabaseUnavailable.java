package io.trainerpath.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
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

	/**
	 * True when this failure, or anything that caused it, says the connection is gone. A broken pooled
	 * connection surfaces in many wrappers (a failed rollback becomes a JpaSystemException, say), so the
	 * whole chain is read, down to the SQL state: class 08 is "connection exception", 57P "operator
	 * intervention" (the server is shutting down).
	 */
	static boolean isFailure(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			Throwable current = t;
			if (FAILURES.stream().anyMatch(type -> type.isInstance(current))
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && isConnectionLost(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionLost(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null) {
			return state.startsWith("08") || state.startsWith("57P");
		}
		// Hikari's answer for a connection it has already thrown away carries no SQL state; it is what a
		// rollback meets right after the server went away.
		return sql instanceof SQLNonTransientConnectionException || sql instanceof SQLRecoverableException
				|| "Connection is closed".equals(sql.getMessage());
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
