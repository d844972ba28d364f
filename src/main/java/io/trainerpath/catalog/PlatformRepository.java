package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PlatformRepository extends Repository<Platform, String> {

	List<Platform> findAllByOrderByPosition();

}
