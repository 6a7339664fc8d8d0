package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The one bundle in its two languages: a key missing from either shows "???key???" to somebody. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
    }

    @Test
    void noMessageWithArgumentsLosesItsTextToAnApostrophe() throws IOException {
        // MessageFormat reads a lone ' as the start of quoted text: "officer's report on {0}" would show "{0}" itself.
        for (String name : java.util.List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(name);
            java.util.List<String> broken = p.stringPropertyNames().stream().sorted()
                    .filter(k -> p.getProperty(k).matches("(?s).*\\{\\d.*") && p.getProperty(k).replace("''", "").contains("'"))
                    .toList();
            assertThat(broken).as(name + ": use ’ or '' in messages with arguments").isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // A second definition silently replaces the first: one page would show another page's words.
        for (String name : java.util.List.of("messages.properties", "messages_en.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.startsWith("#") && !line.startsWith(" ") && !seen.add(line.substring(0, eq).strip())) {
                        twice.add(line.substring(0, eq).strip());
                    }
                }
            }
            assertThat(twice).as(name + ": keys defined twice").isEmpty();
        }
    }
}
