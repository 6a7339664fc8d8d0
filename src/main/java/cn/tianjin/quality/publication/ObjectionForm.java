package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.Texts;
import java.util.regex.Pattern;

/**
 * What a member of the public types to object to an entry on display: the entry, a real name, a telephone number,
 * an e-mail address for the answer, and the grounds. {@link #checked()} returns the cleaned form or refuses the first
 * field that is wrong.
 */
public record ObjectionForm(Long entryId, String name, String phone, String email, String grounds) {
    public static final int MIN_GROUNDS = 20;
    public static final int MAX_GROUNDS = 4000;

    /** Mainland mobile and landline numbers, with or without area code, dashes and a +86 prefix. */
    private static final Pattern PHONE = Pattern.compile("^(\\+?86[- ]?)?(1\\d{10}|0\\d{2,3}-?\\d{7,8})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    public ObjectionForm checked() {
        if (entryId == null) {
            throw BusinessException.onField("entry", "objection.entry.required");
        }
        String n = Texts.required(name, 50, "name", "objection.name.required");
        if (n.length() < 2) {
            throw BusinessException.onField("name", "objection.name.required");
        }
        String p = Texts.required(phone, 30, "phone", "objection.phone.invalid").replace(" ", "");
        if (!PHONE.matcher(p).matches()) {
            throw BusinessException.onField("phone", "objection.phone.invalid");
        }
        String e = Texts.required(email, 200, "email", "objection.email.invalid");
        if (!EMAIL.matcher(e).matches()) {
            throw BusinessException.onField("email", "objection.email.invalid");
        }
        String g = Texts.required(grounds, MAX_GROUNDS, "grounds", "objection.grounds.short");
        if (g.codePointCount(0, g.length()) < MIN_GROUNDS) {
            throw BusinessException.onField("grounds", "objection.grounds.short", MIN_GROUNDS);
        }
        return new ObjectionForm(entryId, n, p, e, g);
    }
}
