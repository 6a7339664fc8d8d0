package cn.tianjin.quality.review;

import cn.tianjin.quality.review.Aggregation.Aggregate;
import cn.tianjin.quality.review.Aggregation.Sheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Evens out harsh and lenient experts within one review round by z-score normalisation.
 *
 * <p>Each expert's totals are re-expressed as distances from that expert's own mean, in units of
 * that expert's own standard deviation: {@code z = (x - expertMean) / expertSd}. Those distances
 * are then mapped onto the panel's scale: {@code x' = panelMean + z x panelSd}, where panelMean and
 * panelSd are taken over every sheet of the round. After this, every expert's normalised totals
 * have the same mean and spread as the panel's, so an expert who marks 100 points low, or who
 * spreads marks twice as widely as colleagues, no longer weighs more or less on the ranking.
 *
 * <p><b>Population standard deviation</b> (divide by n, not n - 1) is used for the expert and for
 * the panel. An expert's sheets in a round are all the marks that expert gave, not a sample drawn
 * to estimate something larger, and with the population form the normalised totals of each
 * expert have exactly the panel's mean and sd, which is the promise made above.
 *
 * <p><b>Totals kept as they are.</b> An expert with a single sheet in the round, or whose totals are
 * all equal (sd = 0), has no measurable scale of their own, so z is undefined; their totals are
 * kept unchanged ({@link NormalisedSheet#rescaled()} is false) but still count in the panel's mean
 * and sd.
 *
 * <p><b>Caveat for officials.</b> The method assumes every expert drew a comparable mix of entries.
 * An expert who happened to receive only strong entries will look lenient and be pulled down. It
 * is therefore a second view next to the raw aggregates, meaningful when each expert scored several
 * entries of mixed quality.
 *
 * <p>The maths runs in {@code double}; each normalised total is rounded half up to tenths, and the
 * per-entry aggregates are computed from those rounded figures, so the page adds up. A normalised
 * total is on the panel's scale and can, for an extreme expert, fall outside the rubric's 0 to
 * maximum range; it ranks entries but is never shown to an applicant as their score.
 */
public final class Normalisation {

    private final Aggregation aggregation;

    /** @param aggregation the rule set applied to normalised totals to give the per-entry figures */
    public Normalisation(Aggregation aggregation) {
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
    }

    /** Normalises and aggregates with {@link Aggregation#standard()}. */
    public static Normalisation standard() {
        return new Normalisation(Aggregation.standard());
    }

    /**
     * One sheet before and after normalisation.
     *
     * @param rescaled false when the expert's totals were kept unchanged (single sheet or sd = 0)
     */
    public record NormalisedSheet(long entryId, long expertId, BigDecimal raw, BigDecimal normalised, boolean rescaled) {
    }

    /**
     * Outcome for a round.
     *
     * @param panelMean  mean of all sheet totals of the round, rounded for display
     * @param panelSd    population sd of all sheet totals of the round, rounded for display
     * @param sheets     every sheet, ordered by entry id then expert id
     * @param aggregates per-entry figures from the normalised totals, ordered by entry id
     */
    public record Result(BigDecimal panelMean, BigDecimal panelSd, List<NormalisedSheet> sheets,
            Map<Long, Aggregate> aggregates) {

        public Result {
            sheets = List.copyOf(sheets);
        }

        /** The normalised totals as sheets, to feed another calculation such as disagreement or calibration. */
        public List<Sheet> normalisedSheets() {
            return asSheets(sheets);
        }

        public Optional<BigDecimal> normalised(long entryId, long expertId) {
            return sheets.stream()
                    .filter(s -> s.entryId() == entryId && s.expertId() == expertId)
                    .map(NormalisedSheet::normalised)
                    .findFirst();
        }
    }

    /**
     * Normalises the sheets of one round.
     *
     * @param round every submitted sheet of the round, at most one per entry and expert
     * @throws IllegalArgumentException if the round has no sheets (there is nothing to normalise
     *                                  against) or an expert has two sheets on one entry
     */
    public Result normalise(List<Sheet> round) {
        Objects.requireNonNull(round, "round");
        if (round.isEmpty()) {
            throw new IllegalArgumentException("A round without sheets cannot be normalised");
        }
        Aggregation.requireOneSheetPerEntryAndExpert(round);

        ScoreMath.Moments panel = ScoreMath.moments(round.stream().map(Sheet::total).toList());

        Map<Long, List<Sheet>> byExpert = new TreeMap<>();
        for (Sheet sheet : round) {
            byExpert.computeIfAbsent(sheet.expertId(), id -> new ArrayList<>()).add(sheet);
        }

        List<NormalisedSheet> normalised = new ArrayList<>(round.size());
        for (List<Sheet> expertSheets : byExpert.values()) {
            List<BigDecimal> totals = expertSheets.stream().map(Sheet::total).toList();
            // A single total counts as "all equal": both cases leave z undefined.
            boolean rescale = !ScoreMath.allEqual(totals);
            ScoreMath.Moments expert = rescale ? ScoreMath.moments(totals) : null;
            for (Sheet sheet : expertSheets) {
                BigDecimal value;
                if (rescale) {
                    double z = (sheet.total().doubleValue() - expert.mean()) / expert.sd();
                    value = ScoreMath.round(panel.mean() + z * panel.sd());
                } else {
                    value = ScoreMath.round(sheet.total());
                }
                normalised.add(new NormalisedSheet(sheet.entryId(), sheet.expertId(), sheet.total(), value, rescale));
            }
        }
        normalised.sort(Comparator.comparingLong(NormalisedSheet::entryId).thenComparingLong(NormalisedSheet::expertId));

        Map<Long, Aggregate> aggregates = aggregation.byEntry(asSheets(normalised));
        return new Result(ScoreMath.round(panel.mean()), ScoreMath.round(panel.sd()), normalised, aggregates);
    }

    private static List<Sheet> asSheets(List<NormalisedSheet> sheets) {
        return sheets.stream().map(s -> new Sheet(s.entryId(), s.expertId(), s.normalised())).toList();
    }
}
