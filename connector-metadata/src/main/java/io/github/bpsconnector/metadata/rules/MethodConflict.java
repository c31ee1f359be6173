package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;

import java.util.Objects;
import java.util.Set;

/**
 * A combination that contradicts a Cara Pengumpulan Data (rule C12b), e.g. "cara lain sesuai perkembangan TI"
 * with PAPI. It applies when the activity has {@code collectionType} and either ticks any of {@code anyMode} in
 * R.4.7, or ticks R.4.6 methods that all lie in {@code onlyMethods}.
 *
 * @param collectionType the Cara Pengumpulan Data it concerns
 * @param anyMode        R.4.7 modes any one of which contradicts it; may be empty
 * @param onlyMethods    R.4.6 methods which, when they are all that is ticked, contradict it; may be empty
 */
public record MethodConflict(CollectionType collectionType, Set<CollectionMode> anyMode,
                             Set<CollectionMethod> onlyMethods) {

    /** Copies the sets; {@code null} sets become empty. */
    public MethodConflict {
        Objects.requireNonNull(collectionType, "collectionType");
        anyMode = anyMode == null ? Set.of() : Set.copyOf(anyMode);
        onlyMethods = onlyMethods == null ? Set.of() : Set.copyOf(onlyMethods);
    }
}
