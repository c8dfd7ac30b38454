package vn.vaxpass.messaging.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import vn.vaxpass.testing.PostgresTestDatabase;

/** This module's Quarkus tests run against a PostgreSQL database of their own and an embedded ElasticMQ with the queues it sends to. */
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ElasticMqResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = ElasticMqResource.QUEUES, value = "registry-match-chunks,sms-requested"))
final class ModuleDatabase {

    private ModuleDatabase() {
    }
}
