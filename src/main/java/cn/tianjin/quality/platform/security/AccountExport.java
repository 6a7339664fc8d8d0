package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The accounts as officials list them (/official/accounts: text, role, status): who, which organisation and role,
 * whether active, since when. No e-mail address or phone number leaves the portal this way.
 */
@ApplicationScoped
public class AccountExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    StaffAccountService accounts;

    public AccountExport() {
        super("accounts", "accounts.title", "account.username", "account.displayName", "export.account.organisation",
                "account.role", "account.status", "export.account.district", "export.account.createdAt");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        StaffAccountService.AccountFilter f = new StaffAccountService.AccountFilter(ExportList.param(filters, "text"),
                choice(filters, "role", Role.class, null), choice(filters, "status", AccountStatus.class, null));
        return out -> ExportList.paged(BATCH, (first, size) -> accounts.search(actor, f, first, size), a -> out.accept(
                Arrays.asList(a.getUsername(), a.getDisplayName(), a.getOrganisation(), Messages.get(locale, "role." + a.getRole()),
                        Messages.get(locale, "accountStatus." + a.getStatus()), a.getDistrictCode(), a.getCreatedAt())));
    }
}
