package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.TitleScheme;
import cn.tianjin.quality.review.ReviewedProgramme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A programme on the shared workflow: one CDI bean per programme, in the programme's own package, that answers what
 * the workflow asks of it. Campaigns, applications, recommendation, eligibility, review, display, publication, titles
 * and certificates are the workflow's; a programme says only what is its own: its stages, what an application puts
 * forward, its own eligibility checks, how its proposal is ranked and leveled, what a freed place does, and how long
 * its titles hold. Its texts come from the bundle by its code: {@code programme.<code>}, {@code title.level.<level>},
 * {@code notice.display.intro.<code>}, {@code notice.announcement.intro.<code>}, {@code certificate.pdf.*.<code>}.
 */
public interface Programme extends ReviewedProgramme, TitleScheme {

    /** The programme's code, upper case: {@code AWARD}, {@code PACESETTER}. */
    @Override
    String code();

    /** The stages its campaigns go through, in order: {@link Stage#ALWAYS} and any of the optional ones. */
    List<Stage> stages();

    /** What an application puts forward, as the bundle names it: {@code programme.subject.<kind>}. */
    String subjectKind();

    /** The code of the rubric a new campaign starts with. */
    String defaultRubric();

    /** Whether one applicant may file several applications to one campaign (several brands); otherwise one each. */
    default boolean severalPerApplicant() {
        return false;
    }

    /**
     * Whether an organisation other than the bureau runs its campaigns (an alliance member, for the brands): a new
     * campaign then names it, and that organisation's evaluators see the campaign and its applications.
     */
    default boolean runByOrganisation() {
        return false;
    }

    /**
     * Who issues a campaign's titles when not the programme's fixed issuer ({@code certificate.pdf.issuer.<code>}): the
     * organisation that ran it, for the brands.
     */
    default Optional<String> issuer(Campaign c) {
        return Optional.empty();
    }

    /** Years a title of the programme revoked for fraud bars its holder from applying again ({@link ApplicantBars}). */
    default int fraudBarYears() {
        return 3;
    }

    /** Experts per entry in the materials review. */
    default int panelSize() {
        return 5;
    }

    /** The level whose earlier holders a campaign's exclusion period keeps out (the award itself, not its nomination). */
    default String exclusionLevel() {
        return levels().get(0).code();
    }

    /**
     * The entity of the programme's own settings of a campaign ({@link CampaignSettings}), created with its defaults
     * with every campaign; empty when the campaign's own settings are all the programme needs.
     */
    default Optional<Class<? extends CampaignSettings>> settingsType() {
        return Optional.empty();
    }

    /**
     * The programme's own automatic eligibility checks of an application, after the workflow's
     * ({@link EligibilityRules#standard}), in checklist order.
     */
    default List<EligibilityRules.Outcome> ownChecks(Campaign c, Application a, LocalDate today) {
        return List.of();
    }

    /** Refuses a submission the programme's own part of the application does not complete, with a message on its field. */
    default void beforeSubmit(Application a) {
    }

    /** Refuses a stage move the programme is not ready for (a committee still voting), with a message. */
    default void beforeStage(Actor actor, Campaign c, Stage to) {
    }

    /**
     * The proposal: every candidate in ranking order, each proposed at a level or at none. Asked when the campaign goes
     * on display, or to approval when it has no display.
     */
    List<Proposal> propose(Actor actor, Campaign c);

    /**
     * The levels after the entries in {@code removed} were taken off, for a campaign whose freed places go to the next
     * entries ({@link Campaign.FreedPlace#NEXT}): the programme's own rule applied again to the rest. Entries not in the
     * answer keep their level.
     */
    Map<Long, String> afterRemoval(Campaign c, List<Proposal> ranked, Set<Long> removed);

    /** The last day a title of this campaign holds, or empty when titles do not lapse. */
    default Optional<LocalDate> titleValidUntil(Campaign c, LocalDate from) {
        return Optional.empty();
    }

    /**
     * Whether an eligible application went on after the review (the award's shortlist), for what its applicant is
     * told; empty when the programme has no such step.
     */
    default Optional<Boolean> shortlisted(Long applicationId) {
        return Optional.empty();
    }

    /** A page fragment with the programme's own settings on the campaign page, or empty. */
    default Optional<String> settingsPage() {
        return Optional.empty();
    }

    /** A page fragment with the programme's own part of the application form, or empty. */
    default Optional<String> applicationPage() {
        return Optional.empty();
    }

    /** Links from the campaign page to the programme's own pages of that campaign, as bundle key and address. */
    default List<Link> campaignLinks(Campaign c) {
        return List.of();
    }

    /** One candidate of the proposal: an application, its rank, and the level proposed (null: none). */
    record Proposal(Long applicationId, int rank, String level) {
    }

    /** A link to a page, labelled by a bundle key. */
    record Link(String id, String labelKey, String href) implements java.io.Serializable {
    }
}
