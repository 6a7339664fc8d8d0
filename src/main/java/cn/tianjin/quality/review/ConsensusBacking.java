package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The consensus page of one of the expert's seats (/expert/consensus?seat=). */
@Named
@ViewScoped
public class ConsensusBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ConsensusService consensus;

    @Inject
    CurrentUser currentUser;

    private String seat;
    private Long seatId;
    private ConsensusService.View view;
    private String post;
    private String reviseItem;
    private Integer revisePercent;
    private String reviseReason;
    private BigDecimal consensusScore;
    private String consensusComments;

    public void load() {
        seatId = Ids.parse(seat);
        if (!Pages.attempt(this::refresh)) {
            return;
        }
        reviseItem = view.items().isEmpty() ? null : view.items().get(0).item().code();
        consensusScore = view.entry().getConsensusScore();
        consensusComments = view.entry().getConsensusComments();
    }

    private void refresh() {
        view = consensus.view(currentUser.actor(), seatId);
    }

    private boolean act(Runnable action, String doneKey) {
        return Pages.attempt(() -> {
            action.run();
            refresh();
            Pages.info(doneKey);
        });
    }

    public void addPost() {
        if (act(() -> consensus.post(currentUser.actor(), seatId, post), "consensus.post.saved")) {
            post = null;
        }
    }

    public void revise() {
        if (act(() -> consensus.revise(currentUser.actor(), seatId, reviseItem, revisePercent, reviseReason), "consensus.revised")) {
            reviseReason = null;
        }
    }

    public void record() {
        act(() -> consensus.record(currentUser.actor(), seatId, consensusScore, consensusComments), "consensus.recorded");
    }

    /** The expert's own items in rubric order, labelled with the current percentage, for the revision form. */
    public List<String[]> getMyItems() {
        java.util.Map<String, Integer> percents = new java.util.HashMap<>();
        view.mySheet().forEach(i -> percents.put(i.getItemCode(), i.getPercent()));
        return view.rubric().items().stream()
                .map(i -> new String[] {i.code(), itemName(i.code()) + " (" + percents.get(i.code()) + "%)"})
                .toList();
    }

    public String itemName(String code) {
        RubricItem item = view.rubric().getItem(code);
        return code + " " + (Pages.locale().getLanguage().equals("en") ? item.nameEn() : item.nameZh());
    }

    public ConsensusService.View getView() { return view; }
    public String getSeat() { return seat; }
    public void setSeat(String seat) { this.seat = seat; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getReviseItem() { return reviseItem; }
    public void setReviseItem(String reviseItem) { this.reviseItem = reviseItem; }
    public Integer getRevisePercent() { return revisePercent; }
    public void setRevisePercent(Integer revisePercent) { this.revisePercent = revisePercent; }
    public String getReviseReason() { return reviseReason; }
    public void setReviseReason(String reviseReason) { this.reviseReason = reviseReason; }
    public BigDecimal getConsensusScore() { return consensusScore; }
    public void setConsensusScore(BigDecimal consensusScore) { this.consensusScore = consensusScore; }
    public String getConsensusComments() { return consensusComments; }
    public void setConsensusComments(String consensusComments) { this.consensusComments = consensusComments; }
}
