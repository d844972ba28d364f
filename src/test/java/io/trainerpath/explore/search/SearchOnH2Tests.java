package io.trainerpath.explore.search;

import org.springframework.boot.test.context.SpringBootTest;

/** Search on the default database, H2 in PostgreSQL mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchOnH2Tests extends SearchContract {

}
