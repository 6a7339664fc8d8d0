package cn.tianjin.quality.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every timer runs on Tianjin's clock, whatever time zone the server was installed with. */
class TimersTest {
    @Test
    void everyTimerStatesTianjinsTimeZone() {
        List<JavaMethod> timers = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.tianjin.quality").stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Schedule.class)).toList();
        assertThat(timers).hasSizeGreaterThanOrEqualTo(5);
        for (JavaMethod m : timers) {
            assertThat(m.getAnnotationOfType(Schedule.class).timezone()).as(m.getFullName()).isEqualTo("Asia/Shanghai");
        }
    }
}
