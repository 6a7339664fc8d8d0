package cn.tianjin.quality.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one message bundle (i18n/messages, Chinese by default, English in messages_en). */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /**
     * An argument that is itself a message of the bundle (a level's name, a check's name), rendered in the language of
     * the text it goes into, so that a message stored or sent in one language never carries words of another.
     */
    public record Key(String key, Object... args) {
    }

    /** An argument that is a list, its parts (texts or keys) joined the way the language lists things ("、" or ", "). */
    public record Join(java.util.List<?> parts) {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? CHINESE : locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = render(locale, args[i]);
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    private static Object render(Locale locale, Object arg) {
        if (arg instanceof Key k) {
            return get(locale, k.key(), k.args());
        }
        if (arg instanceof Join j) {
            return String.join(get(locale, "common.listSeparator"), j.parts().stream().map(p -> String.valueOf(render(locale, p))).toList());
        }
        return arg;
    }

    /** The locale for a stored language tag ("zh-CN", "en"); Chinese when unknown. */
    public static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public static String tag(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
