package io.github.bpsconnector.workflow.sop;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An SOP as data: its identity and its numbered steps. The library bundles the SOP "Pengelolaan Metadata Statistik
 * Sektoral" of Diskominfo Kabupaten Jember ({@link #bundled()}); a region whose SOP differs loads its own file of
 * the same format with {@link #load(Path)} (see the module README for the format).
 *
 * <p>Immutable and thread-safe. Loading checks the whole file: steps numbered 1, 2, 3, ... in order, unique ids,
 * and every "belum memenuhi" return pointing at an earlier step; a file that breaks a rule is refused with a
 * {@link DefinitionFormatException} naming the field.
 */
public final class Sop {

    /** The bundled SOP's resource, next to this class. */
    public static final String BUNDLED_RESOURCE = "sop-pengelolaan-metadata.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String code;
    private final String title;
    private final String issuer;
    private final List<SopStep> steps;

    private Sop(String code, String title, String issuer, List<SopStep> steps) {
        this.code = code;
        this.title = title;
        this.issuer = issuer;
        this.steps = List.copyOf(steps);
    }

    /** The bundled SOP of Diskominfo Kabupaten Jember (SOP 000.8.3.4/20.2/35.09.323/2026), twelve steps. */
    public static Sop bundled() {
        return Bundled.SOP;
    }

    /** Reads the bundled SOP once, when first asked for; it is immutable. */
    private static final class Bundled {
        static final Sop SOP = DefinitionReader.bundled(Sop.class, BUNDLED_RESOURCE, Sop::from);
    }

    /**
     * An SOP from a definition file.
     *
     * @throws IOException               if the file cannot be read
     * @throws DefinitionFormatException if it is not a valid SOP definition
     */
    public static Sop load(Path file) throws IOException {
        return DefinitionReader.file(file, Sop::from);
    }

    /**
     * An SOP from a definition read from {@code in} (not closed here).
     *
     * @param source a name for the definition in error messages
     * @throws IOException               if the stream cannot be read
     * @throws DefinitionFormatException if it is not a valid SOP definition
     */
    public static Sop read(InputStream in, String source) throws IOException {
        return DefinitionReader.stream(in, source, Sop::from);
    }

    private static Sop from(DefinitionReader reader, JsonNode root) {
        List<JsonNode> stepNodes = reader.array(root, "", "steps");
        if (stepNodes.isEmpty()) {
            throw reader.fail("steps", "an SOP needs at least one step");
        }
        List<SopStep> steps = new ArrayList<>(stepNodes.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            String path = DefinitionReader.element("", "steps", i);
            SopStep step = step(reader, stepNodes.get(i), path);
            if (step.number() != i + 1) {
                throw reader.fail(path + ".number", "steps must be numbered 1, 2, 3, ... in order; expected "
                        + (i + 1) + ", got " + step.number());
            }
            if (!ids.add(step.id())) {
                throw reader.fail(path + ".id", "duplicate id '" + step.id() + "'");
            }
            if (step.returnsTo().isPresent() && step.returnsTo().getAsInt() >= step.number()) {
                throw reader.fail(path + ".returnsTo", "must name an earlier step, got " + step.returnsTo().getAsInt());
            }
            steps.add(step);
        }
        return new Sop(reader.text(root, "", "code"), reader.text(root, "", "title"),
                reader.text(root, "", "issuer"), steps);
    }

    private static SopStep step(DefinitionReader reader, JsonNode node, String path) {
        if (!node.isObject()) {
            throw reader.fail(path, "must be an object");
        }
        String id = reader.text(node, path, "id");
        if (!ID.matcher(id).matches()) {
            throw reader.fail(DefinitionReader.join(path, "id"), "must be lower-case letters and digits joined by "
                    + "hyphens, got '" + id + "'");
        }
        Optional<Integer> returnsTo = reader.optionalInteger(node, path, "returnsTo");
        if (returnsTo.isPresent() && returnsTo.get() < 1) {
            throw reader.fail(DefinitionReader.join(path, "returnsTo"), "must be a step number");
        }
        return new SopStep(
                reader.integer(node, path, "number"),
                id,
                reader.text(node, path, "name"),
                reader.text(node, path, "summary"),
                reader.enumValue(node, path, "actor", Actor.class),
                reader.enumValue(node, path, "portal", Portal.class),
                duration(reader, node, path),
                reader.texts(node, path, "inputs"),
                reader.texts(node, path, "outputs"),
                returnsTo.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    /** {@code "duration": {"workingDays": n}}, {@code {"minutes": n}}, or {@code null} for none. */
    private static StepDuration duration(DefinitionReader reader, JsonNode node, String path) {
        JsonNode duration = node.get("duration");
        String durationPath = DefinitionReader.join(path, "duration");
        if (duration == null || duration.isNull()) {
            return StepDuration.none();
        }
        if (!duration.isObject() || duration.size() != 1
                || !(duration.has("workingDays") || duration.has("minutes"))) {
            throw reader.fail(durationPath, "must be {\"workingDays\": n}, {\"minutes\": n} or null");
        }
        boolean days = duration.has("workingDays");
        int amount = reader.integer(duration, durationPath, days ? "workingDays" : "minutes");
        if (amount < 1) {
            throw reader.fail(durationPath, "must be at least 1");
        }
        return days ? StepDuration.workingDays(amount) : StepDuration.minutes(amount);
    }

    /** The SOP's number, e.g. {@code 000.8.3.4/20.2/35.09.323/2026}. */
    public String code() {
        return code;
    }

    /** The SOP's title, e.g. {@code Pengelolaan Metadata Statistik Sektoral}. */
    public String title() {
        return title;
    }

    /** The office that issued it. */
    public String issuer() {
        return issuer;
    }

    /** The steps in order; step {@code n} is at index {@code n - 1}. */
    public List<SopStep> steps() {
        return steps;
    }

    /**
     * The step numbered {@code number}.
     *
     * @throws NoSuchElementException if the SOP has no such step
     */
    public SopStep step(int number) {
        if (number < 1 || number > steps.size()) {
            throw new NoSuchElementException("the SOP has steps 1 to " + steps.size() + ", not " + number);
        }
        return steps.get(number - 1);
    }

    /** The step with the given id, if the SOP has one. */
    public Optional<SopStep> find(String id) {
        Objects.requireNonNull(id, "id");
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The step with the given id.
     *
     * @throws NoSuchElementException if the SOP has no such step
     */
    public SopStep step(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("the SOP " + code + " has no step '" + id + "'"));
    }

    /** The step after {@code step}; empty after the last one. */
    public Optional<SopStep> next(SopStep step) {
        return step.number() < steps.size() ? Optional.of(steps.get(step.number())) : Optional.empty();
    }

    /** The step the work goes back to when {@code step}'s check ends "belum memenuhi"; empty if it has none. */
    public Optional<SopStep> returnTarget(SopStep step) {
        OptionalInt target = step.returnsTo();
        return target.isPresent() ? Optional.of(step(target.getAsInt())) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Sop[" + code + ", " + steps.size() + " steps]";
    }
}
