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

    /** Valid (until when, if it lapses), suspended, expired on a day, or revoked on a day. */
    public String status(Title t) {
        return switch (t.getStatus()) {
            case VALID -> t.getValidUntil() == null ? language.text("title.status.VALID")
                    : language.text("title.status.validUntil", language.format(t.getValidUntil()));
            case SUSPENDED -> language.text("title.status.SUSPENDED");
            case EXPIRED -> language.text("title.status.expiredOn", language.format(t.getValidUntil().plusDays(1)));
            case REVOKED -> language.text("title.revokedOn", language.format(t.getRevokedOn()));
        };
    }
}
