package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The e-mailed one-time links (confirmation, password reset, invitation) that the applicant, password and staff account
 * services issue and redeem. Only the SHA-256 of a link's secret part is stored, so a copy of the database opens no
 * account. A link is issued or used inside the account change it belongs to, hence a transaction is mandatory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class OneTimeLinks {
    static final Duration CONFIRM_VALID = Duration.ofDays(3);
    static final Duration RESET_VALID = Duration.ofHours(1);
    static final Duration INVITE_VALID = Duration.ofDays(7);

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    /** Stores a new token for the account and answers the link that carries its secret part. */
    String issue(UserAccount a, OneTimeToken.Purpose purpose, Duration valid, String page) {
        String secretPart = Secrets.newToken();
        LocalDateTime now = clock.now();
        em.persist(new OneTimeToken(Secrets.sha256(secretPart), purpose, a.getId(), now, now.plus(valid)));
        return config.baseUrl() + page + "?token=" + secretPart;
    }

    Optional<OneTimeToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM OneTimeToken t WHERE t.tokenHash = :h", OneTimeToken.class)
                .setParameter("h", Secrets.sha256(token)).getResultStream().findFirst();
    }

    /** The token if it has this purpose and is still usable; otherwise "token.invalid". */
    OneTimeToken peek(String token, OneTimeToken.Purpose purpose) {
        return find(token)
                .filter(t -> t.purpose() == purpose)
                .filter(t -> t.usableAt(clock.now()))
                .orElseThrow(() -> new BusinessException("token.invalid"));
    }

    OneTimeToken use(String token, OneTimeToken.Purpose purpose) {
        OneTimeToken t = peek(token, purpose);
        t.use(clock.now());
        return t;
    }

}
