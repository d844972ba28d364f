package io.trainerpath.system;

import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Which failures count as "database unavailable", and what pages and the API answer for them. */
class DatabaseUnavailableHandlersTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PageController(), new ApiController())
		.setControllerAdvice(new DatabaseUnavailableAdvice(), new ApiProblemHandler())
		.build();

	@Test
	void pageAnswers503WithTheFriendlyPageWhenNoTransactionCanStart() throws Exception {
		mvc.perform(get("/page/no-transaction"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(view().name("error/503"))
			.andExpect(header().string("Retry-After", "30"));
	}

	@Test
	void pageAnswers503WhenHibernateLosesItsConnection() throws Exception {
		mvc.perform(get("/page/lost-connection")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void pageAnswers503WhenARollbackFailsOnABrokenConnection() throws Exception {
		mvc.perform(get("/page/failed-rollback")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void apiAnswersProblemJson503() throws Exception {
		mvc.perform(get("/api/no-transaction").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.detail", containsString("temporarily unavailable")))
			.andExpect(header().string("Retry-After", "30"));
	}

	@Test
	void aBrokenConstraintIsABugNotAnOutage() {
		assertThatThrownBy(() -> mvc.perform(get("/page/constraint"))).hasRootCauseInstanceOf(
				DataIntegrityViolationException.class);
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
