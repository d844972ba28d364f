package io.trainerpath.explore.search;

import io.trainerpath.support.PortalOnPostgres;

/**
 * The same searches on the postgres profile against a real PostgreSQL 17, in the application that
 * system.PostgresIntegrationTests starts.
 */
@PortalOnPostgres
class SearchOnPostgresTests extends SearchContract {

}
