package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.cqo.QualificationRules.Candidate;
import cn.tianjin.quality.enterprise.SizeClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message the CQO checks can give has its words in the bundle, so nobody meets a bare key. */
class CqoMessagesTest {

    @Test
    void everyProblemKindEducationAndShortfallHasItsText() throws IOException {
        List<String> keys = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 12, 6);
        for (IdentityDocument kind : IdentityDocument.values()) {
            keys.add(kind.messageKey());
            keys.add(kind.check("", today).messageKey());
            keys.add(kind.check("#", today).messageKey());
        }
        keys.add(IdentityDocument.RESIDENT_ID.check("990105194912310025", today).messageKey());
        keys.add(IdentityDocument.RESIDENT_ID.check("110105194913310025", today).messageKey());
        keys.add(IdentityDocument.RESIDENT_ID.check("110105194912310021", today).messageKey());
        for (Education e : Education.values()) {
            keys.add(e.messageKey());
        }
        QualificationRules.DEFAULTS.check(SizeClass.LARGE, new Candidate(null, 0, false)).shortfalls()
                .forEach(s -> keys.add(s.messageKey()));
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(bundle);
            assertThat(keys).as(bundle).allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CqoMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
