package io.trainerpath.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FaqEntryRepository extends Repository<FaqEntry, String> {

	List<FaqEntry> findAllByOrderByPosition();

	Optional<FaqEntry> findById(String slug);

	FaqEntry save(FaqEntry entry);

}
