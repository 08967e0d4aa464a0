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
    // The member path the generated rules are inside: names and list indexes, joined only on a report.
    private String[] names;
    private int[] indexes;
    private int depth;

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

    /** Steps into {@code member} for the reports that follow, until {@link #exit()}. */
    public void enter(String member) {
        enter(member, NO_INDEX);
    }

    /** Steps into element {@code index} of the list {@code member}, until {@link #exit()}. */
    public void enter(String member, int index) {
        if (names == null) {
            names = new String[8];
            indexes = new int[8];
        } else if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = member;
        indexes[depth] = index;
        depth++;
    }

    /** Steps back out of the member last entered. */
    public void exit() {
        depth--;
    }

    /** Reports a violation at the member entered last. */
    public void addHere(ValidationErrorCode code, String message) {
        add(currentPath(), code, message);
    }

    /** Reports a violation at {@code member} of the member entered last. */
    public void addAt(String member, ValidationErrorCode code, String message) {
        add(path(currentPath(), NO_INDEX, member), code, message);
    }

    private String currentPath() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(names[i]);
            if (indexes[i] >= 0) {
                path.append('[').append(indexes[i]).append(']');
            }
        }
        return path.toString();
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
