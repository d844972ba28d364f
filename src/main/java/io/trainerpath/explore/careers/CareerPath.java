package io.trainerpath.explore.careers;

import java.util.List;

import io.trainerpath.catalog.CareerRole;

/**
 * The career path as the guide draws it: the main steps in order, each with the branches that
 * leave the path at that step.
 */
record CareerPath(List<Step> steps) {

	record Step(CareerRole role, List<CareerRole> branches) {
	}

	static CareerPath of(List<CareerRole> roles) {
		List<Step> steps = roles.stream()
			.filter(role -> !role.isBranch())
			.map(role -> new Step(role, roles.stream().filter(r -> r.isBranch() && role.equals(r.getParent())).toList()))
			.toList();
		return new CareerPath(steps);
	}

	/** The roles that follow this one, main path and branches alike. */
	static List<CareerRole> next(CareerRole role, List<CareerRole> roles) {
		return roles.stream().filter(r -> role.equals(r.getParent())).toList();
	}

}
