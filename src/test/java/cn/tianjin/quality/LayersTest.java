package cn.tianjin.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of ../shared/STYLE.md, checked on the compiled classes at every build: a package never uses one above it,
 * and the programmes never use each other. From the ground up, each layer a list of packages that stand side by side.
 */
class LayersTest {
    private static final String BASE = "cn.tianjin.quality.";

    /** From the ground up; packages in one row stand side by side and may not use each other either. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("platform"),
            List.of("enterprise"),
            List.of("credit"),
            List.of("review"),
            List.of("assessment"),
            List.of("publication"),
            List.of("programme"),
            List.of("steering"),
            List.of("award", "pacesetter", "brand", "cqo"),
            List.of("demo"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.tianjin.quality");
    }

    @Test
    void noPackageUsesOneAboveIt() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().flatMap(List::stream).map(LayersTest::pkg)
                    .toArray(String[]::new);
            for (String layer : LAYERS.get(i)) {
                noClasses().that().resideInAPackage(pkg(layer))
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .because(layer + " stands below " + Arrays.toString(above))
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void programmesDoNotKnowEachOther() {
        slices().matching(BASE + "(award|pacesetter|brand|cqo)..").should().notDependOnEachOther().check(classes);
    }

    private static String pkg(String name) {
        return BASE + name + "..";
    }
}
