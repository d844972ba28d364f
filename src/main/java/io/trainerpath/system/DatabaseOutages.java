package io.trainerpath.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.HibernateException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The one place where "the database cannot be reached right now" becomes a 503 with Retry-After, for
 * pages and the API alike: the error page or problem details then come from the usual error path
 * ({@link ErrorResponsesController}), never a 500 and never a stack trace. Any other database failure
 * is a bug and is left to the usual 500 handling.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseOutages {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

	private static final List<Class<? extends Throwable>> FAILURES = List.of(CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, TransientDataAccessException.class,
			RecoverableDataAccessException.class, JDBCConnectionException.class, SQLTransientConnectionException.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			HibernateException.class })
	void unavailable(RuntimeException ex, HttpServletResponse response) throws IOException {
		if (!isOutage(ex)) {
			throw ex;
		}
		log.warn("Database unavailable, answering 503: {}", describe(ex));
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/**
	 * True when this failure, or anything that caused it, says the connection is gone. A broken pooled
	 * connection surfaces in many wrappers (a failed rollback becomes a JpaSystemException, say), so the
	 * whole chain is read, down to the SQL state: class 08 is "connection exception", 57P "operator
	 * intervention" (the server is shutting down).
	 */
	static boolean isOutage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			Throwable current = t;
			if (FAILURES.stream().anyMatch(type -> type.isInstance(current))
					|| (t instanceof SQLException sql && isConnectionLost(sql))) {
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

	/** The exception's class only: messages may quote SQL, and SQL may quote what a visitor typed. */
	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
	}

}
