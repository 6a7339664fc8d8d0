package cn.tianjin.quality.review;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Loads the assignment solver's native libraries once, shortly after start-up (it takes most of a second of CPU, so
 * it waits until the deployment is done), and names in the readiness check the engine expert assignment uses:
 * OR-Tools when its natives loaded, otherwise the pure-Java engine, with the reason OR-Tools could not load.
 */
@Readiness
@ApplicationScoped
public class SolverHealth implements HealthCheck {
    @Inject
    Loader loader;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = loader.problem();
        if (problem == null) {
            return HealthCheckResponse.named("assignment-solver").up().withData("state", "loading").build();
        }
        var response = HealthCheckResponse.named("assignment-solver").up()
                .withData("solver", AssignmentSolver.engineInUse().label());
        problem.ifPresent(p -> response.withData("or-tools", p));
        return response.build();
    }

    /** Starts the load a little after deployment, on a timer thread. */
    @Startup
    @Singleton
    public static class Loader {
        static final long DELAY_MILLIS = 10_000;

        private volatile Optional<String> problem;

        @Resource
        TimerService timers;

        @PostConstruct
        void start() {
            timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
        }

        @Timeout
        public void load() {
            problem = AssignmentSolver.nativeProblem();
        }

        /** Null while loading; then empty when OR-Tools loaded, or the reason it did not. */
        public Optional<String> problem() {
            return problem;
        }
    }
}
