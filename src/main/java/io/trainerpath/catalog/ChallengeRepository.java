package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ChallengeRepository extends Repository<Challenge, String> {

	List<Challenge> findAllByOrderByPosition();

}
