package io.github.bpsconnector.metadata.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.Schedule;
import io.github.bpsconnector.metadata.code.SchedulePhase;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The Jackson (de)serializers of the canonical form that records cannot express by themselves: {@link PartialDate}
 * as an ISO string and {@link Schedule} as an object keyed by phase.
 */
final class CanonicalModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    CanonicalModule() {
        super("bps-connector-metadata-canonical");
        addSerializer(PartialDate.class, new PartialDateSerializer());
        addDeserializer(PartialDate.class, new PartialDateDeserializer());
        addSerializer(Schedule.class, new ScheduleSerializer());
        addDeserializer(Schedule.class, new ScheduleDeserializer());
    }

    private static final class PartialDateSerializer extends StdSerializer<PartialDate> {
        private static final long serialVersionUID = 1L;

        PartialDateSerializer() {
            super(PartialDate.class);
        }

        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class PartialDateDeserializer extends StdScalarDeserializer<PartialDate> {
        private static final long serialVersionUID = 1L;

        PartialDateDeserializer() {
            super(PartialDate.class);
        }

        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (PartialDate) ctxt.handleUnexpectedToken(PartialDate.class, p);
            }
            String text = p.getText();
            try {
                return PartialDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, PartialDate.class,
                        "expected a date yyyy-MM-dd or a month yyyy-MM");
            }
        }
    }

    private static final class ScheduleSerializer extends StdSerializer<Schedule> {
        private static final long serialVersionUID = 1L;

        ScheduleSerializer() {
            super(Schedule.class);
        }

        @Override
        public void serialize(Schedule value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            for (Map.Entry<SchedulePhase, List<DateRange>> entry : value.phases().entrySet()) {
                gen.writeFieldName(entry.getKey().name());
                provider.defaultSerializeValue(entry.getValue(), gen);
            }
            gen.writeEndObject();
        }
    }

    private static final class ScheduleDeserializer extends StdDeserializer<Schedule> {
        private static final long serialVersionUID = 1L;

        ScheduleDeserializer() {
            super(Schedule.class);
        }

        @Override
        public Schedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JavaType phases = ctxt.getTypeFactory().constructMapType(Map.class,
                    ctxt.constructType(SchedulePhase.class),
                    ctxt.getTypeFactory().constructCollectionType(List.class, DateRange.class));
            Map<SchedulePhase, List<DateRange>> map = ctxt.readValue(p, phases);
            return new Schedule(map);
        }
    }
}
