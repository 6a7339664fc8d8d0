package cn.tianjin.quality.publication;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.Declaration;
import cn.tianjin.quality.credit.DeclarationService;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * An enterprise's public credit profile, by its credit code: the honours of every programme with their status, the
 * commitments and standards it declared (and any found breached), and the dishonesty listing running today. Only what
 * is published anyway; nothing about any person.
 */
@ApplicationScoped
public class CreditProfiles {
    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    TitleService titles;

    @Inject
    DeclarationService declarations;

    @Inject
    CreditService credit;

    public record Profile(String name, String creditCode, List<Title> titles, List<Declaration> declarations,
                          List<CreditService.Disclosed> listings) implements Serializable {
    }

    /**
     * The profile of the enterprise with this code, when the portal knows it (registered, holding a title, or listed);
     * empty for a malformed or unknown code.
     */
    @Transactional
    public Optional<Profile> of(String code) {
        CreditCode.Check check = CreditCode.check(code == null ? "" : code);
        if (!check.valid()) {
            return Optional.empty();
        }
        String c = check.code();
        List<Title> held = titles.ofCode(c);
        List<CreditService.Disclosed> listings = credit.veto(c, clock.today()).entries().stream()
                .map(CreditService.Disclosed::of).toList();
        String name = enterprises.findByCode(c).map(e -> e.getName())
                .or(() -> held.stream().map(Title::getEnterpriseName).findFirst())
                .or(() -> listings.stream().map(CreditService.Disclosed::enterpriseName).findFirst())
                .orElse(null);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new Profile(name, c, held, declarations.shownInPublic(c), listings));
    }
}
