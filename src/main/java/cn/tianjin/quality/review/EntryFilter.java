package cn.tianjin.quality.review;

/**
 * What an official typed to find entries of a round: text matched in titles and enterprise names, and, when it reads
 * as an entry number ("1234" or "#1234"), that number too. Blank means every entry.
 */
record EntryFilter(String text, Long number) {

    static EntryFilter of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new EntryFilter(null, null);
        }
        String text = typed.strip();
        String digits = text.startsWith("#") ? text.substring(1).strip() : text;
        Long number = null;
        if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            number = Long.parseLong(digits);
        }
        return new EntryFilter(text, number);
    }
}
