package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.code.FormVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A table of the items a form requires ("Tuliskan" or "Lingkari" with no condition on the form): each rule id
 * covers one form item and lists the fields that must be filled for it. Conditional items are not here; the
 * C-rules check them.
 *
 * @param <T> the form
 */
final class RequiredItems<T> {

    private final String form;
    private final List<Group> groups = new ArrayList<>();

    RequiredItems(String form) {
        this.form = form;
    }

    /** Starts the entry of one rule id. */
    Group rule(String id, String formItem, String source) {
        Group group = new Group(id, formItem, source);
        groups.add(group);
        return group;
    }

    List<RuleInfo> infos() {
        return groups.stream().map(Group::info).toList();
    }

    void check(T subject, RuleContext ctx, Findings out) {
        for (Group group : groups) {
            if (group.version != null && group.version != ctx.formVersion()) {
                continue;
            }
            RuleInfo info = group.info();
            for (Field<T> field : group.fields) {
                if (!field.filled.test(subject)) {
                    out.report(info, field.path, field.label + " wajib diisi.");
                }
            }
        }
    }

    private record Field<T>(String path, String label, Predicate<T> filled) {
    }

    /** The fields of one rule id. */
    final class Group {
        private final String id;
        private final String formItem;
        private final String source;
        private final List<Field<T>> fields = new ArrayList<>();
        private FormVersion version;

        private Group(String id, String formItem, String source) {
            this.id = id;
            this.formItem = formItem;
            this.source = source;
        }

        /** Requires the field at {@code path} (relative to the form), named {@code label} in messages. */
        Group item(String path, String label, Predicate<T> filled) {
            fields.add(new Field<>(path, label, filled));
            return this;
        }

        /** Requires the fields only on forms of {@code only}. */
        Group onlyOn(FormVersion only) {
            this.version = only;
            return this;
        }

        RuleInfo info() {
            String labels = fields.stream().map(Field::label).collect(Collectors.joining(", "));
            String scope = version == null ? "" : " (" + version.label() + " only)";
            return RuleInfo.error(id, form, formItem, "Filled: " + labels + scope, source);
        }
    }
}
