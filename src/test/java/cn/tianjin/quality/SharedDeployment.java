package cn.tianjin.quality;

import cn.tianjin.quality.it.Deployments;
import cn.tianjin.quality.it.OneServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test class runs against ({@link OneServer}): the portal's WAR with the test
 * fixtures and every class whose tests run inside the server. A new in-container test class is added here; browser
 * test classes run as clients and need nothing.
 */
public final class SharedDeployment {
    private SharedDeployment() {
    }

    @Deployment
    public static WebArchive portal() {
        return Deployments.portal().addClasses(AwardIT.class, CqoIT.class, FoundationIT.class, PacesetterIT.class,
                ReviewIT.class, SelfAssessmentIT.class, BrandIT.class);
    }
}
