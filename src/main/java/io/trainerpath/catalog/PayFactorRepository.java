package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PayFactorRepository extends Repository<PayFactor, String> {

	List<PayFactor> findAllByOrderByPosition();

}
