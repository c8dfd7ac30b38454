package vn.vaxpass.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import vn.vaxpass.messaging.testing.ElasticMqResource;

/**
 * This module's Quarkus tests run against a PostgreSQL database of their own (see PostgresTestDatabase), and an
 * embedded ElasticMQ with the queues the handlers send to.
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ElasticMqResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = ElasticMqResource.QUEUES, value = "registry-match-chunks,certificate-renewal-due,citizen-notification,sms-requested"))
final class ModuleDatabase {

    private ModuleDatabase() {
    }
}
