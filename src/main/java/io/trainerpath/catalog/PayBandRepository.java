package io.trainerpath.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PayBandRepository extends Repository<PayBand, String> {

	List<PayBand> findAllByOrderByPosition();

}
