package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SkillRepository extends Repository<Skill, String> {

	List<Skill> findAllByOrderByPosition();

}
