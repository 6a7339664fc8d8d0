package cn.tianjin.quality.assessment;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference profiles shipped with the portal, read once from {@value #RESOURCE}. The file is part of the release,
 * so a malformed one is a bug: reading it fails loudly, and a unit test reads the shipped file.
 */
public final class ReferenceProfiles {
    static final String RESOURCE = "assessment/reference-profiles.json";

    private final List<ReferenceProfile> profiles;

    private ReferenceProfiles(List<ReferenceProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** The profiles in the portal's own file. */
    public static ReferenceProfiles shipped() {
        return Shipped.INSTANCE;
    }

    /** Loaded on first use only, so a class that merely mentions profiles does not read the file. */
    private static final class Shipped {
        static final ReferenceProfiles INSTANCE = fromResource();

        private static ReferenceProfiles fromResource() {
            try (InputStream in = ReferenceProfiles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads profiles from JSON: {@code {"profiles": [{"code", "nameZh", "nameEn", "rubrics": {rubric code: {category
     * code: percent}}}]}}. Other fields are ignored.
     *
     * @throws IllegalArgumentException when the file is not such JSON, a code repeats, a name is missing or a
     *                                  percentage is outside 0-100
     */
    public static ReferenceProfiles read(InputStream in) {
        try (JsonReader reader = Json.createReader(in)) {
            List<ReferenceProfile> profiles = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (JsonValue value : reader.readObject().getJsonArray("profiles")) {
                ReferenceProfile p = profile(value.asJsonObject());
                if (!codes.add(p.code())) {
                    throw new IllegalArgumentException("reference profile " + p.code() + " appears twice");
                }
                profiles.add(p);
            }
            return new ReferenceProfiles(profiles);
        } catch (JsonException | NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("not a reference profile file: " + e.getMessage(), e);
        }
    }

    /** The profiles that give percentages for this rubric, in file order. */
    public List<ReferenceProfile> forRubric(String rubricCode) {
        return profiles.stream().filter(p -> p.covers(rubricCode)).toList();
    }

    public Optional<ReferenceProfile> find(String code) {
        return profiles.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static ReferenceProfile profile(JsonObject o) {
        String code = required(o, "code");
        Map<String, Map<String, BigDecimal>> rubrics = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> rubric : o.getJsonObject("rubrics").entrySet()) {
            Map<String, BigDecimal> percents = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> category : rubric.getValue().asJsonObject().entrySet()) {
                BigDecimal percent = ((JsonNumber) category.getValue()).bigDecimalValue();
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException("reference profile " + code + ", " + rubric.getKey() + " "
                            + category.getKey() + ": " + percent + " is not a percentage");
                }
                percents.put(category.getKey(), percent);
            }
            rubrics.put(rubric.getKey(), Map.copyOf(percents));
        }
        return new ReferenceProfile(code, required(o, "nameZh"), required(o, "nameEn"), rubrics);
    }

    private static String required(JsonObject o, String field) {
        String s = o.getString(field, "");
        if (s.isBlank()) {
            throw new IllegalArgumentException("reference profile without " + field + ": " + o);
        }
        return s;
    }
}
