package io.trainerpath.salary;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SalaryFactorWeightRepository extends Repository<SalaryFactorWeight, String> {

	List<SalaryFactorWeight> findAll();

}
