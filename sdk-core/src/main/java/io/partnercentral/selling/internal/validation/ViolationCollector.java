package io.partnercentral.selling.internal.validation;

import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Internal API: gathers the violations of one validation run. Not thread-safe; one per run.
 *
 * <p>A field is named by its parent path, an optional list index and its member name, and the
 * path string is only built when a violation is reported: a valid payload costs no string
 * concatenation and no list.
 *
 * <pre>{@code
 * ViolationCollector out = new ViolationCollector();
 * out.add("Customer.Contacts", 1, "Email", ValidationErrorCode.INVALID_STRING_FORMAT, "must be ...");
 * // reported as Customer.Contacts[1].Email
 * List<Violation> result = out.toList();
 * }</pre>
 */
public final class ViolationCollector {
    /** Index argument for a member that is not inside a list. */
    public static final int NO_INDEX = -1;

    private List<Violation> violations;

    /** Reports a violation at {@code path}, a complete field path. */
    public void add(String path, ValidationErrorCode code, String message) {
        if (violations == null) {
            violations = new ArrayList<>(4);
        }
        violations.add(new Violation(path, code, message));
    }

    /**
     * Reports a violation at {@code parent[index].member}; {@code parent} may be empty for a
     * top-level member and {@code index} {@link #NO_INDEX} outside lists.
     */
    public void add(String parent, int index, String member, ValidationErrorCode code, String message) {
        add(path(parent, index, member), code, message);
    }

    /** The violations reported so far: {@code List.of()} when none, else an unmodifiable list. */
    public List<Violation> toList() {
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }

    static String path(String parent, int index, String member) {
        StringBuilder path = new StringBuilder(parent.length() + member.length() + 8).append(parent);
        if (index >= 0) {
            path.append('[').append(index).append(']');
        }
        if (path.length() > 0) {
            path.append('.');
        }
        return path.append(member).toString();
    }
}
