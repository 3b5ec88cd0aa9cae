package org.eurasiadiplomacy.portal.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: think-tank staff or an administrator. It holds a PBKDF2 hash, never a password.
 * Disabling it, giving it a new password or new roles raises its session epoch, which ends its live sessions
 * (the web layer compares the epoch of each signed-in request with the account's).
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 40;
    /** Lower-case letters, digits and . _ - ; starts with a letter or digit. Sign-in lower-cases what is typed. */
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    public static final int HASH_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @NotNull
    @Size(min = USERNAME_MIN, max = USERNAME_MAX, message = "{account.username.size}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{account.username.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = USERNAME_MAX)
    private String username;

    @NotNull
    @Size(max = HASH_MAX)
    @Column(name = "password_hash", nullable = false, length = HASH_MAX)
    private String passwordHash;

    @NotEmpty(message = "{account.roles.notEmpty}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected Account() {
    }

    /**
     * A new, enabled account. {@code mustChangePassword} is true when someone else chose the password
     * (a one-time or temporary password): the holder must replace it at the first sign-in.
     */
    public Account(String username, String passwordHash, Collection<Role> roles, boolean mustChangePassword) {
        this.username = requireUsername(username);
        this.passwordHash = requireHash(passwordHash);
        this.roles = requireRoles(roles);
        this.mustChangePassword = mustChangePassword;
    }

    /** How sign-in and administration spell user names: trimmed, lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidUsername(String username) {
        return username != null && username.length() >= USERNAME_MIN && username.length() <= USERNAME_MAX
                && username.matches(USERNAME_PATTERN);
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        modifiedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        modifiedAt = Instant.now();
    }

    /** The holder chose a new password: the old sessions end, and nothing more is required of them. */
    public void changePassword(String newHash) {
        passwordHash = requireHash(newHash);
        mustChangePassword = false;
        sessionEpoch++;
    }

    /** An administrator set a temporary password: the holder is signed out and must replace it. */
    public void resetPassword(String temporaryHash) {
        passwordHash = requireHash(temporaryHash);
        mustChangePassword = true;
        sessionEpoch++;
    }

    /** Refuses sign-in from now on and ends the live sessions. */
    public void disable() {
        if (enabled) {
            enabled = false;
            sessionEpoch++;
        }
    }

    public void enable() {
        enabled = true;
    }

    /** New roles take effect at the next sign-in, so the live sessions (with the old roles) end. */
    public void assignRoles(Collection<Role> newRoles) {
        Set<Role> checked = requireRoles(newRoles);
        if (!checked.equals(roles)) {
            roles.clear();
            roles.addAll(checked);
            sessionEpoch++;
        }
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    /** The role names this account acts in (an administrator's include STAFF). */
    public Set<String> getGroups() {
        return Role.groupsOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    private static String requireUsername(String username) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("Not a valid user name: " + username);
        }
        return username;
    }

    private static String requireHash(String hash) {
        Objects.requireNonNull(hash, "passwordHash");
        if (hash.isBlank() || hash.length() > HASH_MAX) {
            throw new IllegalArgumentException("Not a password hash");
        }
        return hash;
    }

    private static Set<Role> requireRoles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        return new HashSet<>(roles);
    }

    /** Equal when both are persisted with the same id. */
    @Override
    public final boolean equals(Object other) {
        return this == other || other instanceof Account account && id != null && id.equals(account.getId());
    }

    @Override
    public final int hashCode() {
        return Account.class.hashCode();
    }

    @Override
    public String toString() {
        return "Account#" + id + "(" + username + ")";
    }
}
