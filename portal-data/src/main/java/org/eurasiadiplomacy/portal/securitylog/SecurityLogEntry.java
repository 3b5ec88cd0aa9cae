package org.eurasiadiplomacy.portal.securitylog;

import java.time.Instant;

/** One row of the security log page. {@code account} is null for an unknown user name. */
public record SecurityLogEntry(long id, Instant occurredAt, SecurityEventKind kind, String account, String actor,
                               String address, String roles, int attempts, Instant lastAt) {
}
