package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.Planning;
import io.github.bpsconnector.metadata.ProcessingAndAnalysis;
import io.github.bpsconnector.metadata.ProductAvailability;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Small edits of a package for the rule cases: each returns a function from a package to an edited copy. */
final class Mutations {

    private Mutations() {
    }

    /** No change. */
    static UnaryOperator<MetadataPackage> none() {
        return p -> p;
    }

    /** The edits one after the other. */
    @SafeVarargs
    static UnaryOperator<MetadataPackage> chain(UnaryOperator<MetadataPackage>... edits) {
        return p -> {
            MetadataPackage result = p;
            for (UnaryOperator<MetadataPackage> edit : edits) {
                result = edit.apply(result);
            }
            return result;
        };
    }

    static UnaryOperator<MetadataPackage> keg(Consumer<MsKeg.Builder> edit) {
        return p -> {
            MsKeg.Builder b = p.activity().toBuilder();
            edit.accept(b);
            return p.toBuilder().activity(b.build()).build();
        };
    }

    private static UnaryOperator<MetadataPackage> kegMap(UnaryOperator<MsKeg> edit) {
        return p -> p.toBuilder().activity(edit.apply(p.activity())).build();
    }

    static UnaryOperator<MetadataPackage> organizerContact(Consumer<ContactDetails.Builder> edit) {
        return kegMap(k -> {
            ContactDetails.Builder b = k.organizer().contact().toBuilder();
            edit.accept(b);
            return k.toBuilder().organizer(k.organizer().toBuilder().contact(b.build()).build()).build();
        });
    }

    static UnaryOperator<MetadataPackage> technicalContact(Consumer<ContactDetails.Builder> edit) {
        return kegMap(k -> {
            ContactDetails.Builder b = k.responsibility().technicalContact().contact().toBuilder();
            edit.accept(b);
            return k.toBuilder().responsibility(k.responsibility().toBuilder().technicalContact(
                    k.responsibility().technicalContact().toBuilder().contact(b.build()).build()).build()).build();
        });
    }

    static UnaryOperator<MetadataPackage> planning(Consumer<Planning.Builder> edit) {
        return block(MsKeg::planning, Planning::toBuilder, Planning.Builder::build, MsKeg.Builder::planning, edit);
    }

    /** Replaces the ranges of one schedule phase ({@code null} bounds allowed one at a time). */
    static UnaryOperator<MetadataPackage> phase(SchedulePhase phase, DateRange... ranges) {
        return planning(p -> p.schedule(p.build().schedule().toBuilder().ranges(phase, List.of(ranges)).build()));
    }

    static UnaryOperator<MetadataPackage> design(Consumer<ActivityDesign.Builder> edit) {
        return block(MsKeg::design, ActivityDesign::toBuilder, ActivityDesign.Builder::build, MsKeg.Builder::design,
                edit);
    }

    static UnaryOperator<MetadataPackage> sample(Consumer<SampleDesign.Builder> edit) {
        return block(MsKeg::sampleDesign, SampleDesign::toBuilder, SampleDesign.Builder::build,
                MsKeg.Builder::sampleDesign, edit);
    }

    static UnaryOperator<MetadataPackage> noSample() {
        return kegMap(k -> k.toBuilder().sampleDesign(SampleDesign.EMPTY).build());
    }

    static UnaryOperator<MetadataPackage> collection(Consumer<DataCollection.Builder> edit) {
        return block(MsKeg::dataCollection, DataCollection::toBuilder, DataCollection.Builder::build,
                MsKeg.Builder::dataCollection, edit);
    }

    static UnaryOperator<MetadataPackage> processing(Consumer<ProcessingAndAnalysis.Builder> edit) {
        return block(MsKeg::processingAndAnalysis, ProcessingAndAnalysis::toBuilder,
                ProcessingAndAnalysis.Builder::build, MsKeg.Builder::processingAndAnalysis, edit);
    }

    static UnaryOperator<MetadataPackage> digital(Consumer<ProductAvailability.Builder> edit) {
        return block(k -> k.dissemination().digital(), ProductAvailability::toBuilder,
                ProductAvailability.Builder::build,
                (k, product) -> k.dissemination(k.build().dissemination().toBuilder().digital(product).build()), edit);
    }

    static UnaryOperator<MetadataPackage> microdata(Consumer<ProductAvailability.Builder> edit) {
        return block(k -> k.dissemination().microdata(), ProductAvailability::toBuilder,
                ProductAvailability.Builder::build,
                (k, product) -> k.dissemination(k.build().dissemination().toBuilder().microdata(product).build()),
                edit);
    }

    /** Edits one block of the MS-Keg through its builder. */
    private static <T, B> UnaryOperator<MetadataPackage> block(Function<MsKeg, T> get, Function<T, B> toBuilder,
                                                               Function<B, T> build,
                                                               BiConsumer<MsKeg.Builder, T> set, Consumer<B> edit) {
        return kegMap(k -> {
            B builder = toBuilder.apply(get.apply(k));
            edit.accept(builder);
            MsKeg.Builder keg = k.toBuilder();
            set.accept(keg, build.apply(builder));
            return keg.build();
        });
    }

    /** Edits the MS-Var at {@code index}. */
    static UnaryOperator<MetadataPackage> variable(int index, Consumer<MsVar.Builder> edit) {
        return p -> {
            List<MsVar> variables = new ArrayList<>(p.variables());
            MsVar.Builder b = variables.get(index).toBuilder();
            edit.accept(b);
            variables.set(index, b.build());
            return p.toBuilder().variables(variables).build();
        };
    }

    /** Edits the MS-Ind at {@code index}. */
    static UnaryOperator<MetadataPackage> indicator(int index, Consumer<MsInd.Builder> edit) {
        return p -> {
            List<MsInd> indicators = new ArrayList<>(p.indicators());
            MsInd.Builder b = indicators.get(index).toBuilder();
            edit.accept(b);
            indicators.set(index, b.build());
            return p.toBuilder().indicators(indicators).build();
        };
    }
}
