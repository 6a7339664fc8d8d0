package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.review.Disagreement.Report;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's results (/official/review-results?id=, and /alliance/review-results?id= for its runners): progress and deadline, the aggregation methods side by side with
 * the disagreement flags, consensus chairs, the lock of one method, then the ranking, calibration and feedback.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ResultsService results;

    @Inject
    ScoreSheetService sheets;

    @Inject
    FeedbackService feedback;

    @Inject
    CurrentUser currentUser;

    private String id;
    private ResultsService.Board board;
    private List<ScoreSheet> roundSheets;
    private LocalDate deadline;
    private AggregationMethod method = AggregationMethod.TRIMMED;
    private final Map<Long, Long> chairs = new HashMap<>();
    private final Map<Long, String> reopenReasons = new HashMap<>();

    public void load() {
        board = results.board(currentUser.actor(), Ids.parse(id));
        roundSheets = sheets.sheetsOfRound(currentUser.actor(), board.round().getId());
        deadline = board.round().getDeadline();
        if (board.round().isLocked()) {
            method = board.round().getMethod();
        }
        chairs.clear();
        board.entries().forEach(e -> chairs.put(e.getId(), e.getChairUserId()));
    }

    private void act(Runnable action, String doneKey) {
        if (!Pages.attempt(() -> {
            action.run();
            load();
            Pages.info(doneKey);
        })) {
            load();
        }
    }

    public void saveDeadline() {
        act(() -> results.setDeadline(currentUser.actor(), board.round().getId(), deadline), "results.deadline.saved");
    }

    public void openConsensus() {
        act(() -> results.openConsensus(currentUser.actor(), board.round().getId()), "results.consensus.opened");
    }

    public void saveChair(Long entryId) {
        act(() -> results.setChair(currentUser.actor(), entryId, chairs.get(entryId)), "results.chair.saved");
    }

    public void lock() {
        act(() -> results.lock(currentUser.actor(), board.round().getId(), method, board.round().getVersion()), "results.locked");
    }

    public void releaseFeedback() {
        act(() -> feedback.release(currentUser.actor(), board.round().getId()), "feedback.released");
    }

    public void reopen(Long sheetId) {
        act(() -> sheets.reopen(currentUser.actor(), sheetId, reopenReasons.get(sheetId)), "score.reopened");
        reopenReasons.remove(sheetId);
    }

    /** "2 items, expert C" style summary of what needs consensus; empty when nothing does. */
    public String flags(RoundResults.Row row) {
        Report report = row.disagreement();
        if (!report.consensusNeeded()) {
            return "";
        }
        return Pages.text("results.flags", report.items().size(), report.experts().size());
    }

    /** The entry's figure under a method, before any consensus; a dash while it has no sheet. */
    public String figure(RoundResults.Row row, AggregationMethod m) {
        return row.raw() == null ? "—" : m.pick(row.raw(), row.normalised()).toPlainString();
    }

    public String figure(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    public boolean isChairEditable() {
        return board.round().getStage() == ReviewRound.Stage.CONSENSUS;
    }

    public ResultsService.Board getBoard() { return board; }
    public List<ScoreSheet> getSheets() { return roundSheets; }
    public AggregationMethod[] getMethods() { return AggregationMethod.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public AggregationMethod getMethod() { return method; }
    public void setMethod(AggregationMethod method) { this.method = method; }
    public Map<Long, Long> getChairs() { return chairs; }
    public Map<Long, String> getReopenReasons() { return reopenReasons; }
}
