package io.trainerpath.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link whose data was deleted, so that it answers "deleted" rather than "never existed". Only a hash
 * of the token is kept, which cannot lead back to anything.
 */
@Entity
@Table(name = "deleted_links")
class DeletedLink {

	@Id
	private String tokenHash;

	private LocalDate deletedOn;

	protected DeletedLink() {
	}

	DeletedLink(String token, LocalDate deletedOn) {
		this.tokenHash = hash(token);
		this.deletedOn = deletedOn;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java platform has SHA-256", impossible);
		}
	}

}
