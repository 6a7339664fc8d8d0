package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Staff accounts page (/official/accounts): officials and admins create accounts and (de)activate them. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Districts allDistricts;

    @Inject
    StaffAccountService staffAccounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String text;
    private Role roleFilter;
    private AccountStatus statusFilter;
    private final UserAccount draft = new UserAccount();
    private List<District> districts;

    private final LazyDataModel<UserAccount> model = new PagedModel<>(
            () -> staffAccounts.count(currentUser.actor(), filter()),
            (first, size, sort, asc) -> staffAccounts.search(currentUser.actor(), filter(), first, size),
            UserAccount::getId);

    @PostConstruct
    void init() {
        districts = allDistricts.all();
        draft.setRole(Role.EXPERT);
    }

    private StaffAccountService.AccountFilter filter() {
        return new StaffAccountService.AccountFilter(text, roleFilter, statusFilter);
    }

    public void create() {
        Pages.attempt(() -> {
            UserAccount a = staffAccounts.createStaffAccount(currentUser.actor(), new StaffAccountService.StaffAccountForm(
                    draft.getUsername(), draft.getDisplayName(), draft.getEmail(), draft.getPhone(), draft.getRole(),
                    draft.getOrganisation(), draft.getDistrictCode(), language.getTag()));
            Pages.info("accounts.created", a.getUsername());
            draft.setUsername(null);
            draft.setDisplayName(null);
            draft.setEmail(null);
            draft.setPhone(null);
            draft.setOrganisation(null);
        });
    }

    public void setActive(UserAccount a, boolean active) {
        try {
            staffAccounts.setActive(currentUser.actor(), a.getId(), active);
            Pages.info(active ? "accounts.reactivated" : "accounts.deactivated", a.getUsername());
        } catch (BusinessException e) {
            Pages.error(e);
        } catch (AccessDeniedException e) {
            Pages.error("accounts.notAllowed");
        }
    }

    /** Roles the current staff member may create. */
    public List<Role> getCreatableRoles() {
        return currentUser.actor().is(Role.ADMIN)
                ? Arrays.stream(Role.values()).filter(r -> r.createdByStaff() && r != Role.EVALUATOR).toList()
                : List.of(Role.RECOMMENDER, Role.EXPERT);
    }

    public boolean mayChange(UserAccount a) {
        Actor me = currentUser.actor();
        return !a.getId().equals(me.userId())
                && (me.is(Role.ADMIN) || a.getRole() != Role.ADMIN && a.getRole() != Role.OFFICIAL);
    }

    public Role[] getRoles() { return Role.values(); }
    public AccountStatus[] getStatuses() { return AccountStatus.values(); }
    public LazyDataModel<UserAccount> getModel() { return model; }
    public UserAccount getDraft() { return draft; }
    public List<District> getDistricts() { return districts; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    /** The export's query: the filters on screen. */
    public String getExportQuery() {
        return cn.tianjin.quality.platform.tables.ExportList.query("text", text, "role", roleFilter, "status", statusFilter);
    }
    public Role getRoleFilter() { return roleFilter; }
    public void setRoleFilter(Role roleFilter) { this.roleFilter = roleFilter; }
    public AccountStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(AccountStatus statusFilter) { this.statusFilter = statusFilter; }
}
