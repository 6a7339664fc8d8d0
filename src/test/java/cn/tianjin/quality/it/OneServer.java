package cn.tianjin.quality.it;

import cn.tianjin.quality.SharedDeployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * One Payara Micro for every integration test class of a run. Payara Micro's Arquillian container starts a server per
 * deployment, and Arquillian deploys once per test class; this extension deploys {@link SharedDeployment} when the
 * first class starts, hands the same deployment to every later class and leaves it running to the end of the test
 * JVM: Payara Micro's container registers a shutdown hook at deployment that ends the server process when the JVM
 * exits (its {@code stop()} does nothing). Each class's own deploy and undeploy are skipped.
 *
 * <p>What a class changes in the server's memory (the movable clock, caches) stays for the classes after it: whoever
 * moves the clock puts it back, and tests read through the services, which drop their caches on every audited change.
 */
public class OneServer implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The observer Arquillian calls around each class's deployment events. */
    public static class Deployer {
        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;
        @Inject
        private Event<GenerateDeployment> generate;

        private DeploymentScenario shared;
        private boolean generating;
        private boolean deployed;

        /** The first class gets the shared deployment generated; every later class is handed the same one. */
        public void generate(@Observes EventContext<GenerateDeployment> ctx) {
            if (generating) {
                ctx.proceed();
            } else if (shared == null) {
                generating = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(SharedDeployment.class)));
                } finally {
                    generating = false;
                }
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        /** Only the first class deploys; the server then stays up. A failed deployment is tried again by the next class. */
        public void deploy(@Observes EventContext<DeployManagedDeployments> ctx) {
            if (!deployed) {
                ctx.proceed();
                deployed = true;
            }
        }

        /** No class undeploys: the suite's end stops the server with the container. */
        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> ctx) {
            // skipped on purpose
        }
    }
}
