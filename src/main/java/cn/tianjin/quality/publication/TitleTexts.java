package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How pages say where a title stands, in the reader's language: {@code #{titleTexts.status(t)}}. */
@Named
@RequestScoped
public class TitleTexts {
    @Inject
    Language language;

    @Inject
    TitleSchemes schemes;

    /**
     * Valid (until when, if it lapses), suspended, expired on a day, or revoked on a day; a title of a level no longer
     * given is history, with the validity it had.
     */
    public String status(Title t) {
        if (t.getStatus() != Title.Status.REVOKED && historical(t)) {
            return t.getValidUntil() == null ? language.text("title.status.historical")
                    : language.text("title.status.historicalUntil", language.format(t.getValidUntil()));
        }
        return switch (t.getStatus()) {
            case VALID -> t.getValidUntil() == null ? language.text("title.status.VALID")
                    : language.text("title.status.validUntil", language.format(t.getValidUntil()));
            case SUSPENDED -> language.text("title.status.SUSPENDED");
            case EXPIRED -> language.text("title.status.expiredOn", language.format(t.getValidUntil().plusDays(1)));
            case REVOKED -> language.text("title.revokedOn", language.format(t.getRevokedOn()));
        };
    }

    /** Whether the title is of a level no longer given (天津市名牌产品). */
    public boolean historical(Title t) {
        return schemes.find(t.getProgramme()).map(s -> s.historical(t.getLevel())).orElse(false);
    }
}
