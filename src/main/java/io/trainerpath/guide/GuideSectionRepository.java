package io.trainerpath.guide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface GuideSectionRepository extends Repository<GuideSection, String> {

	List<GuideSection> findAllByOrderByPosition();

}
