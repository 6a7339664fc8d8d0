package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.it.Deployments;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricItem;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.RubricVersion;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The review engine's services on MariaDB: rubrics as versioned data. */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RubricService rubrics;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    private Actor official() {
        return accounts.findByUsername("it-official").orElseThrow().actor();
    }

    @Test
    void theDefaultRubricsAreInstalledAndAddUp() {
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        assertThat(gbt.getTotalPoints()).isEqualTo(1000);
        assertThat(gbt.definition().categories()).extracting(RubricCategory::points)
                .containsExactly(110, 90, 90, 130, 100, 80, 400);
        assertThat(rubrics.check(gbt.definition())).isEmpty();
        assertThat(rubrics.latestVersions(official())).extracting(v -> v.getRubric().getProgramme()).contains("AWARD", "BRAND");
    }

    @Test
    void aFrozenRubricNeverChangesAndAnEditBecomesTheNextVersion() {
        Actor official = official();
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        String code = "it-rubric-" + Long.toString(System.nanoTime(), 36);
        RubricVersion v1 = rubrics.copy(official, gbt.getId(), code, "测试标准", "Test rubric");
        assertThat(v1.getVersionNo()).isEqualTo(1);
        assertThat(v1.isFrozen()).isFalse();

        RubricVersion frozen = rubrics.freeze(official, v1.getId());
        String frozenJson = frozen.json();
        RubricDefinition edited = renamed(frozen.definition(), "测试标准（修订）");
        RubricVersion v2 = rubrics.save(official, frozen.getId(), frozen.getVersion(), edited);
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(v2.getNameZh()).isEqualTo("测试标准（修订）");
        assertThat(rubrics.get(official, v1.getId()).json()).as("v1 unchanged").isEqualTo(frozenJson);

        RubricVersion v2again = rubrics.save(official, v2.getId(), v2.getVersion(), renamed(edited, "草稿再改"));
        assertThat(v2again.getId()).as("a draft is edited in place").isEqualTo(v2.getId());
        assertThatThrownBy(() -> rubrics.save(official, v1.getId(), frozen.getVersion(), edited))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("rubric.notLatest"));
        assertThat(audit.history("rubric-version", v1.getId())).extracting("action").contains("copy", "freeze");
    }

    @Test
    void pointsThatDoNotAddUpAreRefusedWithTheCategoryNamed() {
        Actor official = official();
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        String code = "it-bad-" + Long.toString(System.nanoTime(), 36);
        RubricVersion copy = rubrics.copy(official, gbt.getId(), code, null, null);
        RubricDefinition def = copy.definition();
        List<RubricCategory> cats = new ArrayList<>(def.categories());
        RubricCategory first = cats.get(0);
        List<RubricItem> items = new ArrayList<>(first.items());
        RubricItem item = items.get(0);
        items.set(0, new RubricItem(item.code(), item.nameZh(), item.nameEn(), item.points() + 5, item.kind(), item.bands()));
        cats.set(0, new RubricCategory(first.code(), first.nameZh(), first.nameEn(), first.points(), items));
        RubricDefinition bad = new RubricDefinition(def.code(), def.nameZh(), def.nameEn(), def.totalPoints(), cats);

        assertThat(rubrics.check(bad)).anySatisfy(p -> assertThat(p.args()).contains(first.code()));
        assertThatThrownBy(() -> rubrics.save(official, copy.getId(), copy.getVersion(), bad)).isInstanceOf(BusinessException.class);
        assertThat(rubrics.get(official, copy.getId()).json()).isEqualTo(copy.json());
        assertThatThrownBy(() -> rubrics.latestVersions(accounts.findByUsername("it-expert").orElseThrow().actor()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRubricExportedAsJsonImportsAsItsNextVersion() {
        Actor official = official();
        RubricVersion brand = rubrics.latest("gbt19580-2012").orElseThrow();
        String code = "it-json-" + Long.toString(System.nanoTime(), 36);
        RubricVersion v1 = rubrics.freeze(official, rubrics.copy(official, brand.getId(), code, null, null).getId());
        RubricVersion v2 = rubrics.importJson(official, "AWARD", v1.json());
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(v2.definition()).isEqualTo(v1.definition());
        assertThatThrownBy(() -> rubrics.importJson(official, "AWARD", "{\"code\": "))
                .isInstanceOf(BusinessException.class);
    }

    private static RubricDefinition renamed(RubricDefinition d, String nameZh) {
        return new RubricDefinition(d.code(), nameZh, d.nameEn(), d.totalPoints(), d.categories());
    }
}
