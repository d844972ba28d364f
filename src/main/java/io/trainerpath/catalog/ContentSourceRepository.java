package io.trainerpath.catalog;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ContentSourceRepository extends Repository<ContentSource, String> {

	Optional<ContentSource> findById(String slug);

}
