package org.eurasiadiplomacy.portal.securitylog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eurasiadiplomacy.portal.accounts.Account;
import org.eurasiadiplomacy.portal.accounts.Role;

/**
 * One entry of the security log: who ({@code actor}) did what ({@code kind}) to which account, when and from
 * which address. It has no field that could hold a password or a session id; names are user names only
 * (at most {@link Account#USERNAME_MAX} characters), so a typed password cannot land here.
 * Entries are never changed, except that a throttled minute counts its refused tries into one entry.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public static final int ADDRESS_MAX = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private SecurityEventKind kind;

    @Column(updatable = false, length = Account.USERNAME_MAX)
    private String account;

    @Column(updatable = false, length = Account.USERNAME_MAX)
    private String actor;

    @Column(nullable = false, updatable = false, length = ADDRESS_MAX)
    private String address;

    @Column(updatable = false, length = 40)
    private String roles;

    @Column(nullable = false)
    private int attempts = 1;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    protected SecurityEvent() {
    }

    /**
     * @param account the account's user name, or null when no account has the name that was typed
     * @param actor   the user name of whoever acted, or null when nobody signed in did
     * @param roles   the roles given (account created, roles changed), else empty
     */
    public SecurityEvent(SecurityEventKind kind, String account, String actor, String address, Set<Role> roles,
                         Instant at) {
        this.kind = Objects.requireNonNull(kind);
        this.account = userName(account);
        this.actor = userName(actor);
        this.address = address == null || address.isBlank() ? "-" : clip(address, ADDRESS_MAX);
        this.roles = roles == null || roles.isEmpty() ? null : String.join(",", names(roles));
        this.occurredAt = Objects.requireNonNull(at);
        this.lastAt = at;
    }

    /** Only names an account could have are kept: anything else might be a password typed in the wrong field. */
    private static String userName(String name) {
        return name != null && Account.isValidUsername(name) ? name : null;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return names;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getAccount() {
        return account;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getRoles() {
        return roles;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLastAt() {
        return lastAt;
    }
}
