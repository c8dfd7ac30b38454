package vn.vaxpass.server;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

import picocli.CommandLine;

/** Lets picocli build commands as CDI beans, so they can inject the application's services. */
class CdiFactory implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        InstanceHandle<K> bean = Arc.container().instance(type);
        return bean.isAvailable() ? bean.get() : CommandLine.defaultFactory().create(type);
    }
}
