package org.eurasiadiplomacy.portal.web.accounts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eurasiadiplomacy.portal.accounts.Account;
import org.eurasiadiplomacy.portal.accounts.AccountAdministration;
import org.eurasiadiplomacy.portal.accounts.AccountRefused;
import org.eurasiadiplomacy.portal.accounts.AccountSummary;
import org.eurasiadiplomacy.portal.accounts.Role;
import org.eurasiadiplomacy.portal.accounts.TemporaryPassword;

/**
 * Backs /admin/accounts.xhtml. Row actions receive the row the server rendered and send its version back,
 * so a change to an account someone else changed meanwhile is refused rather than lost. A temporary password
 * is shown once, right after it was made.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    private List<AccountSummary> accounts;
    /** The roles ticked in each row, by account id: role names, which Faces checks against the offered ones. */
    private final Map<Long, List<String>> roleChoices = new HashMap<>();
    private TemporaryPassword issued;

    @NotNull(message = "{account.username.required}")
    @Size(min = Account.USERNAME_MIN, max = Account.USERNAME_MAX, message = "{account.username.size}")
    @Pattern(regexp = "\\s*(?i)" + Account.USERNAME_PATTERN + "\\s*", message = "{account.username.pattern}")
    private String newUsername;
    private List<String> newRoles = new ArrayList<>(List.of(Role.STAFF.name()));

    public List<AccountSummary> getAccounts() {
        if (accounts == null) {
            reload();
        }
        return accounts;
    }

    public void create() {
        act(() -> {
            issued = administration.create(newUsername, roles(newRoles));
            newUsername = null;
            Messages.info(faces(), "accounts.created", issued.username());
        });
    }

    public void disable(AccountSummary row) {
        act(() -> {
            administration.disable(row.id(), row.version());
            Messages.info(faces(), "accounts.disabled", row.username());
        });
    }

    public void enable(AccountSummary row) {
        act(() -> {
            administration.enable(row.id(), row.version());
            Messages.info(faces(), "accounts.enabled", row.username());
        });
    }

    public void saveRoles(AccountSummary row) {
        act(() -> {
            administration.assignRoles(row.id(), row.version(), roles(roleChoices.get(row.id())));
            Messages.info(faces(), "accounts.rolesSaved", row.username());
        });
    }

    public void resetPassword(AccountSummary row) {
        act(() -> {
            issued = administration.resetPassword(row.id(), row.version());
            Messages.info(faces(), "accounts.passwordReset", row.username());
        });
    }

    /** Runs one change; a refusal becomes a message. Either way the list shows the database again. */
    private void act(Runnable change) {
        issued = null;
        try {
            change.run();
        } catch (AccountRefused refused) {
            Messages.refused(faces(), refused);
        }
        reload();
    }

    private void reload() {
        accounts = administration.list();
        roleChoices.clear();
        for (AccountSummary account : accounts) {
            roleChoices.put(account.id(), new ArrayList<>(account.roles().stream().map(Role::name).sorted().toList()));
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Role.valueOf(name)));
        }
        return roles;
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Map<Long, List<String>> getRoleChoices() {
        return roleChoices;
    }

    public TemporaryPassword getIssued() {
        return issued;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }
}
