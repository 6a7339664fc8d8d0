package cn.tianjin.quality.programme;

/**
 * Domain events of applications, fired inside the changing transaction; who is told what is written by their observer
 * ({@link ApplicationNotices}), and programmes may observe them too.
 */
public final class ApplicationEvents {
    private ApplicationEvents() {
    }

    /** What every application event says about its application. */
    public record About(Long applicationId, String programme, Long enterpriseId, String enterpriseName, Long campaignId,
                        String campaignName) {
    }

    /** The applicant submitted; its recommender, if the programme has recommendation, is to act. */
    public record Submitted(About application, Long recommenderUserId) {
    }

    /** The recommender recommended the application. */
    public record Recommended(About application) {
    }

    /** The recommender returned the application with reasons, to be fixed before the deadline. */
    public record Returned(About application, String reasons, java.time.LocalDate deadline) {
    }

    /** Officials decided the application's eligibility. */
    public record EligibilityDecided(About application, boolean eligible, String reason) {
    }

    /** An upheld objection took the application off the proposal. */
    public record RemovedByObjection(About application, String reason) {
    }

    /** The last credit check before publication took the application off the proposal. */
    public record RemovedByVeto(About application, String listingReason) {
    }

    /** The campaign published and the application, reviewed, received no title. */
    public record NotAwarded(About application) {
    }
}
