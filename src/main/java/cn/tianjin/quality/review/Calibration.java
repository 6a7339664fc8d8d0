package cn.tianjin.quality.review;

import cn.tianjin.quality.review.Aggregation.Sheet;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How each expert of a round scores compared with the panel, for the official who runs the round
 * and for the expert's own feedback.
 *
 * <p>For every expert: the number of sheets; the mean and the population standard deviation of
 * their totals; their <b>mean distance</b> from the panel, i.e. for each entry they scored, their
 * total minus the mean of all totals on that entry (their own included), averaged over those
 * entries. A negative distance means the expert marks lower than colleagues on the same entries
 * (harsh), a positive one higher (lenient). An entry that only this expert scored contributes a
 * distance of zero, since there is nobody to compare with. Last comes their <b>completion</b>:
 * sheets submitted over sheets assigned.
 *
 * <p>Figures that cannot be computed are {@code null} rather than zero, so that a page shows a dash
 * instead of a misleading number: mean and distance without sheets, sd with fewer than two sheets
 * (a single total has no spread to speak of), completion without assignments.
 */
public final class Calibration {

    /** Completion is a ratio with two decimals, e.g. 0.75; pages show it as a percentage. */
    public static final int COMPLETION_SCALE = 2;

    private Calibration() {
    }

    /**
     * What an expert was asked to do in the round and how much of it is done; counted by the caller
     * from the assignments, because sheets still in draft are not in the round's sheets.
     */
    public record Workload(long expertId, int assigned, int submitted) {

        public Workload {
            if (assigned < 0 || submitted < 0 || submitted > assigned) {
                throw new IllegalArgumentException(
                        "Expert " + expertId + ": submitted " + submitted + " of " + assigned + " assigned");
            }
        }
    }

    /**
     * One expert's figures for the round.
     *
     * @param meanDistance signed mean distance from the panel mean of the entries scored; negative is harsh
     * @param completion   submitted / assigned
     */
    public record ExpertCalibration(long expertId, int sheets, BigDecimal meanTotal, BigDecimal sd,
            BigDecimal meanDistance, int assigned, int submitted, BigDecimal completion) implements Serializable {
    }

    /**
     * Calibration figures for every expert with a workload in the round, ordered by expert id.
     *
     * @param round     the round's submitted sheets
     * @param workloads one per expert of the round
     * @throws IllegalArgumentException if a sheet's expert has no workload, an expert has two
     *                                  workloads, or an expert has two sheets on one entry
     */
    public static List<ExpertCalibration> of(List<Sheet> round, List<Workload> workloads) {
        Objects.requireNonNull(round, "round");
        Aggregation.requireOneSheetPerEntryAndExpert(round);

        Map<Long, Workload> workloadByExpert = new TreeMap<>();
        for (Workload workload : workloads) {
            if (workloadByExpert.put(workload.expertId(), workload) != null) {
                throw new IllegalArgumentException("Expert " + workload.expertId() + " has two workloads");
            }
        }

        Map<Long, List<Sheet>> byExpert = new TreeMap<>();
        Map<Long, List<BigDecimal>> totalsByEntry = new TreeMap<>();
        for (Sheet sheet : round) {
            if (!workloadByExpert.containsKey(sheet.expertId())) {
                throw new IllegalArgumentException(
                        "Expert " + sheet.expertId() + " has a sheet on entry " + sheet.entryId() + " but no workload");
            }
            byExpert.computeIfAbsent(sheet.expertId(), id -> new ArrayList<>()).add(sheet);
            totalsByEntry.computeIfAbsent(sheet.entryId(), id -> new ArrayList<>()).add(sheet.total());
        }
        Map<Long, BigDecimal> entryMeans = new TreeMap<>();
        totalsByEntry.forEach((entryId, totals) -> entryMeans.put(entryId, exactMean(totals)));

        List<ExpertCalibration> calibrations = new ArrayList<>();
        for (Workload workload : workloadByExpert.values()) {
            List<Sheet> sheets = byExpert.getOrDefault(workload.expertId(), List.of());
            List<BigDecimal> totals = sheets.stream().map(Sheet::total).toList();

            BigDecimal meanTotal = totals.isEmpty() ? null : ScoreMath.mean(totals);
            BigDecimal sd = totals.size() < 2 ? null : ScoreMath.round(ScoreMath.moments(totals).sd());
            BigDecimal meanDistance = null;
            if (!sheets.isEmpty()) {
                List<BigDecimal> distances = sheets.stream()
                        .map(sheet -> sheet.total().subtract(entryMeans.get(sheet.entryId())))
                        .toList();
                meanDistance = ScoreMath.round(exactMean(distances));
            }
            BigDecimal completion = workload.assigned() == 0
                    ? null
                    : BigDecimal.valueOf(workload.submitted())
                            .divide(BigDecimal.valueOf(workload.assigned()), COMPLETION_SCALE, RoundingMode.HALF_UP);

            calibrations.add(new ExpertCalibration(workload.expertId(), sheets.size(), meanTotal, sd, meanDistance,
                    workload.assigned(), workload.submitted(), completion));
        }
        return List.copyOf(calibrations);
    }

    /** Entry means can recur (700/3); they are kept to 16 digits and only the final figure is rounded. */
    private static BigDecimal exactMean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }
}
