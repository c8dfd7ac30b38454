package vn.vaxpass.certificate.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.FailFastAssertionException;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.vaxpass.shared.FieldError;

/**
 * The EU DCC JSON schema 1.3.3 (draft 2020-12). Two readings of it: an issuer asserts {@code format}
 * (a vaccination date must be a real full date), a verifier treats {@code format} as the annotation
 * 2020-12 makes it, as the EU reference validator does, since other countries write date-times where
 * the schema says date (dgc-testdata PL 11–13; eu-dcc-schema's own valid T-rat-dates examples).
 * The verifier's reading also stops at the first violation: it answers with one, and listing them all let a text
 * of 420 characters (a {@code v} of 30,000 zeros, which inflates to 30 KB) cost 46 MB and a second of CPU, one
 * message per item. The issuer's reading lists every violation of a record, for the clerk who fixes it.
 * Thread-safe; load once.
 */
public final class DccSchema {

    public static final String RESOURCE = "dcc/DCC.combined-schema.json";
    public static final String SCHEMA_VERSION = "1.3.3";
    public static final String CODE = "SCHEMA_VIOLATION";
    static final String VALUESET_URI_KEYWORD = "valueset-uri";

    private static final DccSchema ISSUING = new DccSchema(true, false);
    private static final DccSchema VERIFYING = new DccSchema(false, true);

    private final JsonSchema schema;

    private DccSchema(boolean assertFormats, boolean firstViolationOnly) {
        try (InputStream in = DccSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("DCC schema missing from the jar: " + RESOURCE);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(assertFormats)
                    .failFast(firstViolationOnly).build();
            // valueset-uri is the EU schema's pointer to a value set; value sets are checked by the issuer itself.
            JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword(VALUESET_URI_KEYWORD))
                    .format(new FullDateFormat())
                    .build();
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, factory -> factory.metaSchema(metaSchema))
                    .getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict: what Vaxpass signs must pass this. */
    public static DccSchema issuing() {
        return ISSUING;
    }

    /** As the EU reference validator reads the schema: {@code format} is not asserted. */
    public static DccSchema verifying() {
        return VERIFYING;
    }

    /**
     * The schema violations, by JSON path ({@code $.v[0].dt}); empty when the DCC is valid. The verifier's reading
     * gives the first violation met only.
     */
    public List<FieldError> validate(JsonNode dcc) {
        try {
            return schema.validate(dcc).stream()
                    .map(DccSchema::fieldError)
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
        } catch (FailFastAssertionException first) {
            return List.of(fieldError(first.getValidationMessage()));
        }
    }

    private static FieldError fieldError(ValidationMessage message) {
        return new FieldError(message.getInstanceLocation().toString(), CODE, message.getMessage());
    }
}
