package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PlatformCategoryRepository extends Repository<PlatformCategory, String> {

	List<PlatformCategory> findAllByOrderByPosition();

}
