package io.github.bpsconnector.metadata.json;

import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.Schedule;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Jackson's {@code JsonInclude.Include.CUSTOM} filter of the canonical form: a property is left out when its value
 * says nothing: {@code null}, empty text, an empty list or map, an empty multiple choice or schedule, or a block
 * whose items are all absent. {@code equals} returning {@code true} means "leave out" (Jackson's contract).
 */
final class AbsentValueFilter {

    @Override
    public boolean equals(Object value) {
        return isAbsent(value);
    }

    @Override
    public int hashCode() {
        return 0;
    }

    static boolean isAbsent(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof CharSequence) {
            return ((CharSequence) value).length() == 0;
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).isEmpty();
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).isEmpty();
        }
        if (value instanceof Schedule) {
            return ((Schedule) value).phases().isEmpty();
        }
        if (value instanceof MultiChoice) {
            MultiChoice<?> choice = (MultiChoice<?>) value;
            return choice.selected().isEmpty() && choice.otherText() == null;
        }
        if (value instanceof Record) {
            return allComponentsAbsent((Record) value);
        }
        return false;
    }

    private static boolean allComponentsAbsent(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                if (!isAbsent(component.getAccessor().invoke(record))) {
                    return false;
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return true;
    }
}
