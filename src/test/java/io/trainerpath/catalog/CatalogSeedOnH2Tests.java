package io.trainerpath.catalog;

/** The real migrations on H2 in PostgreSQL mode, the default database. */
class CatalogSeedOnH2Tests extends CatalogSeedContract {

}
