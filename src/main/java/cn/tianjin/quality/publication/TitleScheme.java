package cn.tianjin.quality.publication;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a programme tells publication about its titles: its code, how its certificates are numbered and which levels it
 * awards. Each programme registers itself by being a CDI bean of this type. Texts come from the bundle by the codes:
 * {@code programme.<code>}, {@code title.level.<level>} (level codes are unique across programmes),
 * {@code certificate.pdf.body.<code>} and {@code certificate.pdf.issuer.<code>}.
 */
public interface TitleScheme {

    /** The programme's code. */
    String code();

    /** The prefix of the programme's certificate serials, two to five capital letters. */
    String serialPrefix();

    /** The programme's levels, highest first. */
    List<Level> levels();

    /**
     * A level: its code, its letter in the serials and, for a level no longer given, the last year it was: such a
     * level is history (天津市名牌产品, last granted in 2018); its titles are recorded from the bureau's files, never
     * issued or renewed by the portal, and counted apart from the titles given now.
     */
    record Level(String code, char letter, Integer lastYear) {
        public Level(String code, char letter) {
            this(code, letter, null);
        }

        public boolean historical() {
            return lastYear != null;
        }
    }

    /** Whether the level is one no longer given. */
    default boolean historical(String level) {
        return levels().stream().anyMatch(l -> l.code().equals(level) && l.historical());
    }

    /** The levels given now, highest first. */
    default List<Level> currentLevels() {
        return levels().stream().filter(l -> !l.historical()).toList();
    }

    /** The programme's serials. */
    default CertificateSerial.Scheme serials() {
        return new CertificateSerial.Scheme(serialPrefix(),
                levels().stream().map(l -> String.valueOf(l.letter())).collect(Collectors.joining()));
    }

    /** The letter of one of the programme's levels. */
    default char letterOf(String level) {
        return levels().stream().filter(l -> l.code().equals(level)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code() + " has no level " + level)).letter();
    }
}
