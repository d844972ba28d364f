package io.trainerpath.assessment;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's plan: the secret link that gathers their quiz attempts and the progress they record on
 * the steps of their preparation plan. It holds nothing else, so it carries no version of its own.
 */
@Entity
@Table(name = "plans")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String token;

	private LocalDateTime createdAt;

	protected Plan() {
	}

	Plan(String token, Clock clock) {
		this.token = token;
		this.createdAt = LocalDateTime.now(clock);
	}

	public Long getId() {
		return id;
	}

	public String getToken() {
		return token;
	}

	public LocalDateTime getCreatedAt() {
		return createdAt;
	}

}
