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

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? CHINESE : locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The locale for a stored language tag ("zh-CN", "en"); Chinese when unknown. */
    public static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public static String tag(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
