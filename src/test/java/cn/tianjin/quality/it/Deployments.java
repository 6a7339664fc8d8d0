package cn.tianjin.quality.it;

import cn.tianjin.quality.platform.security.TestFixtures;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the WAR that Maven just built (exactly what production runs), plus the
 * test fixtures and the test libraries used inside the container.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("portal.war", "target/quality-portal.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addClasses(TestFixtures.class, Deployments.class, AwardFixtures.class, MovableClock.class,
                        cn.tianjin.quality.award.SweepFixtures.class, cn.tianjin.quality.platform.pdf.PdfText.class,
                        cn.tianjin.quality.brand.BrandFixtures.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    private static File jarOf(Class<?> c) {
        try {
            return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
