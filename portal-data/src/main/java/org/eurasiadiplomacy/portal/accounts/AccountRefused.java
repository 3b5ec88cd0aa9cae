package org.eurasiadiplomacy.portal.accounts;

import java.util.List;

/** An account change that was not made, and why. The transaction it was thrown in rolls back. */
public class AccountRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal reason;
    private final List<PasswordProblem> problems;

    public AccountRefused(Refusal reason) {
        this(reason, List.of());
    }

    public AccountRefused(List<PasswordProblem> problems) {
        this(Refusal.PASSWORD_POLICY, problems);
    }

    private AccountRefused(Refusal reason, List<PasswordProblem> problems) {
        super(reason + (problems.isEmpty() ? "" : " " + problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Refusal getReason() {
        return reason;
    }

    public List<PasswordProblem> getProblems() {
        return problems;
    }
}
