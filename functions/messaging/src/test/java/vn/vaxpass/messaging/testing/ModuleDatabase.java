package vn.vaxpass.messaging.testing;

import io.quarkus.test.common.QuarkusTestResource;

import vn.vaxpass.testing.PostgresTestDatabase;

/** This module's Quarkus tests run against a PostgreSQL database of their own (see PostgresTestDatabase). */
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
final class ModuleDatabase {

    private ModuleDatabase() {
    }
}
