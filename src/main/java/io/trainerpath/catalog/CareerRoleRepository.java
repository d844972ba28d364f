package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CareerRoleRepository extends Repository<CareerRole, String> {

	List<CareerRole> findAllByOrderByPosition();

}
