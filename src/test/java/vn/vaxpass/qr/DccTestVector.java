package vn.vaxpass.qr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A picture from the EU dgc-testdata layout and what its JSON vector expects of it. Pictures are the PNGs in
 * {@code <set>/png/} or {@code <set>/2DCode/png/}, each paired with {@code <set>/2DCode/raw/<name>.json}, and the
 * base64 {@code 2DCODE} inside each JSON.
 */
record DccTestVector(String name, byte[] picture, String prefix, Optional<Boolean> expectedPictureDecode) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return name;
    }

    /** Every picture under {@code root} whose vector names a PREFIX. */
    static List<DccTestVector> under(Path root) {
        List<DccTestVector> vectors = new ArrayList<>();
        for (Path json : files(root, "json")) {
            if (!json.getParent().endsWith(Path.of("2DCode", "raw"))) {
                continue;
            }
            JsonNode vector = read(json);
            if (!vector.hasNonNull("PREFIX")) {
                continue;
            }
            String prefix = vector.get("PREFIX").asText();
            Optional<Boolean> expected = Optional.ofNullable(vector.path("EXPECTEDRESULTS").get("EXPECTEDPICTUREDECODE"))
                    .map(JsonNode::asBoolean);
            String name = root.relativize(json).toString();
            if (vector.hasNonNull("2DCODE")) {
                vectors.add(new DccTestVector(name + "#2DCODE", decodeBase64(vector.get("2DCODE").asText()), prefix,
                        expected));
            }
            String base = json.getFileName().toString().replaceFirst("\\.json$", ".png");
            Path set = json.getParent().getParent().getParent();
            for (Path png : List.of(set.resolve("png").resolve(base), set.resolve("2DCode").resolve("png").resolve(base))) {
                if (Files.isRegularFile(png)) {
                    vectors.add(new DccTestVector(root.relativize(png).toString(), bytes(png), prefix, expected));
                }
            }
        }
        return vectors;
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static List<Path> files(Path root, String extension) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith("." + extension)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path json) {
        try {
            return JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(json.toString(), e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
