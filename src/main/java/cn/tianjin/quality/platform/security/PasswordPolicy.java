package cn.tianjin.quality.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a password chosen by a user must meet. Demo and bootstrap accounts are created
 * outside this policy.
 *
 * <p>Lengths are counted in Unicode code points, so a password with Chinese characters or emoji
 * is measured the way the user sees it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CHARACTER_CLASSES = 3;

    /** Shorter user names would match too many passwords by accident. */
    static final int MIN_USERNAME_LENGTH_TO_CHECK = 3;

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String CLASSES = "password.classes";
    public static final String CONTAINS_USERNAME = "password.containsUsername";
    public static final String COMMON = "password.common";

    /**
     * Stems of passwords that top every leaked-password list, plus the obvious local ones.
     * Users satisfy length and class rules by decorating these with a year and a "!", so the
     * decoration is removed before comparing (see {@link #stem(String)}).
     */
    private static final Set<String> COMMON_STEMS = Set.of(
            "password", "passw0rd", "p@ssw0rd", "p@ssword",
            "qwerty", "qwertyuiop", "qwer", "asdf", "asdfgh", "asdfghjkl", "zxcvbn", "qazwsx", "1q2w3e4r",
            "abc", "abcd", "abcdef", "aa", "a",
            "admin", "administrator", "root", "welcome", "letmein", "iloveyou", "changeme",
            "woaini", "china", "tianjin", "beijing", "quality");

    private PasswordPolicy() {
    }

    /**
     * Message keys of every rule the password breaks, in a fixed order; an empty list means the
     * password is acceptable.
     *
     * @param password the candidate, {@code null} treated as empty
     * @param username the account's login name, may be {@code null}
     */
    public static List<String> violations(String password, String username) {
        String candidate = password == null ? "" : password;
        List<String> violations = new ArrayList<>();

        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            violations.add(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(TOO_LONG);
        }
        if (characterClasses(candidate) < MIN_CHARACTER_CLASSES) {
            violations.add(CLASSES);
        }
        if (containsUsername(candidate, username)) {
            violations.add(CONTAINS_USERNAME);
        }
        if (isCommon(candidate)) {
            violations.add(COMMON);
        }
        return List.copyOf(violations);
    }

    /** Convenience for callers that only need a yes/no answer. */
    public static boolean isAcceptable(String password, String username) {
        return violations(password, username).isEmpty();
    }

    /** Counts how many of lower case, upper case, digit and anything else occur. */
    static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
            i += Character.charCount(cp);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean containsUsername(String password, String username) {
        if (username == null) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.codePointCount(0, name.length()) < MIN_USERNAME_LENGTH_TO_CHECK) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(name);
    }

    private static boolean isCommon(String password) {
        String stem = stem(password);
        // A password with no letters at all is already caught by the class rule; an empty stem
        // says nothing about commonness.
        return !stem.isEmpty() && COMMON_STEMS.contains(stem);
    }

    /** Lower case, with the trailing run of non-letters (years, digits, punctuation) removed. */
    static String stem(String password) {
        int end = password.length();
        while (end > 0) {
            int cp = password.codePointBefore(end);
            if (Character.isLetter(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return password.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
