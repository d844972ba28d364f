package io.trainerpath.system;

import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which failures count as "the database cannot be reached", for pages and the API alike. What the
 * visitor then sees (the page or problem details) is the error path's, tested over real HTTP in
 * {@code ErrorResponsesTests} and, with a real database stopped, in {@code DatabaseOutageTests}.
 */
class DatabaseOutagesTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PageController(), new ApiController())
		.setControllerAdvice(new ApiProblemHandler(), new DatabaseOutages())
		.build();

	@Test
	void noTransactionIsA503WithRetryAfter() throws Exception {
		mvc.perform(get("/page/no-transaction"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"));
	}

	@Test
	void aLostConnectionIsA503() throws Exception {
		mvc.perform(get("/page/lost-connection")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void aRollbackThatFailsOnABrokenConnectionIsA503() throws Exception {
		mvc.perform(get("/page/failed-rollback")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void theApiGoesTheSameWay() throws Exception {
		mvc.perform(get("/api/no-transaction"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"));
	}

	@Test
	void aBrokenConstraintIsABugNotAnOutage() {
		assertThatThrownBy(() -> mvc.perform(get("/page/constraint")))
			.hasRootCauseInstanceOf(DataIntegrityViolationException.class);
	}

	@Controller
	static class PageController {

		@GetMapping("/page/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("Connection is not available"));
		}

		@GetMapping("/page/lost-connection")
		String lostConnection() {
			throw new JDBCConnectionException("connection lost", new java.sql.SQLException("I/O error", "08006"));
		}

		@GetMapping("/page/failed-rollback")
		String failedRollback() {
			throw new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")));
		}

		@GetMapping("/page/constraint")
		String constraint() {
			throw new DataIntegrityViolationException("duplicate key");
		}

	}

	@RestController
	static class ApiController {

		@GetMapping("/api/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
		}

	}

}
