package vn.vaxpass.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** This module's Quarkus tests run against a PostgreSQL database of their own (see PostgresTestDatabase). */
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
final class ModuleDatabase {

    private ModuleDatabase() {
    }
}
