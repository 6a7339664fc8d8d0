package cn.tianjin.quality.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the demo data files against typos: the portal loads them at start-up in demo mode. */
class DemoDataFileTest {

    private static final String ENTERPRISE_HEADER =
            "code,name,name_en,district,address,industry,size,founded,legal_rep,contact,phone,email";
    private static final String DISTRICT_HEADER = "code,name_zh,name_en";

    private static final Set<String> TIANJIN_DISTRICTS = Set.of(
            "120101", "120102", "120103", "120104", "120105", "120106", "120110", "120111",
            "120112", "120113", "120114", "120115", "120116", "120117", "120118", "120119");

    private static List<String[]> districts;
    private static List<String[]> enterprises;

    @BeforeAll
    static void load() throws IOException {
        districts = rows("/demo/districts.csv", DISTRICT_HEADER);
        enterprises = rows("/demo/enterprises.csv", ENTERPRISE_HEADER);
    }

    /**
     * The demo files deliberately contain no quotes or embedded commas, so a plain split is a
     * faithful reader and the start-up loader can stay simple too.
     */
    private static List<String[]> rows(String resource, String header) throws IOException {
        String text;
        try (InputStream in = DemoDataFileTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            byte[] bytes = in.readAllBytes();
            // Strict decoding: fails on anything that is not clean UTF-8.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        }
        assertThat(text).as(resource).doesNotStartWith("\uFEFF").doesNotContain("\"", "\r").endsWith("\n");
        List<String> lines = text.lines().collect(Collectors.toList());
        assertThat(lines.get(0)).isEqualTo(header);
        int columns = header.split(",").length;
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertThat(fields).as(line).hasSize(columns);
            for (String field : fields) {
                assertThat(field).as(line).isNotBlank().isEqualTo(field.strip());
            }
            rows.add(fields);
        }
        return rows;
    }

    @Test
    void allSixteenDistrictsAreListedOnce() {
        assertThat(districts).extracting(d -> d[0]).containsExactlyInAnyOrderElementsOf(TIANJIN_DISTRICTS);
        assertThat(districts).extracting(d -> d[1]).doesNotHaveDuplicates().allMatch(n -> n.endsWith("区"));
        assertThat(districts).extracting(d -> d[2]).doesNotHaveDuplicates()
                .allMatch(n -> n.endsWith(" District") || n.equals("Binhai New Area"));
    }

    @Test
    void thereAreAboutThirtyEnterprises() {
        assertThat(enterprises).hasSizeBetween(25, 40);
    }

    @Test
    void everyCodeIsValidAndStoredNormalised() {
        for (String[] e : enterprises) {
            CreditCode.Check check = CreditCode.check(e[0]);
            assertThat(check.problem()).as(e[1]).isEqualTo(CreditCode.Problem.NONE);
            assertThat(check.code()).isEqualTo(e[0]);
            assertThat(e[0]).as("registered by market regulation, as a company").startsWith("91");
        }
    }

    @Test
    void codesAndNamesAreUnique() {
        assertThat(enterprises).extracting(e -> e[0]).doesNotHaveDuplicates();
        assertThat(enterprises).extracting(e -> e[1]).doesNotHaveDuplicates();
        assertThat(enterprises).extracting(e -> e[2]).doesNotHaveDuplicates();
    }

    @Test
    void everyDistrictIsATianjinDistrict() {
        Set<String> listed = districts.stream().map(d -> d[0]).collect(Collectors.toSet());

        assertThat(enterprises).extracting(e -> e[3]).allMatch(listed::contains).allMatch(TIANJIN_DISTRICTS::contains);
    }

    @Test
    void tianjinCodesCarryTheirDistrictsDivisionCode() {
        for (String[] e : enterprises) {
            if (CreditCode.isTianjin(e[0])) {
                assertThat(CreditCode.divisionCode(e[0])).as(e[1]).isEqualTo(e[3]);
            }
        }
    }

    @Test
    void exactlyTwoEnterprisesAreRegisteredOutsideTianjin() {
        List<String[]> outside = enterprises.stream().filter(e -> !CreditCode.isTianjin(e[0])).toList();

        assertThat(outside).hasSize(2);
        assertThat(outside).extracting(e -> e[1]).allMatch(name -> name.endsWith("天津分公司"));
    }

    @Test
    void industriesSizesAndDatesAreWellFormed() {
        Set<String> sizes = new HashSet<>();
        Set<String> industries = new HashSet<>();
        for (String[] e : enterprises) {
            assertThat(e[5]).as(e[1]).matches("[A-T]");
            assertThat(e[6]).as(e[1]).isIn("LARGE", "MEDIUM", "SMALL", "MICRO");
            LocalDate founded = LocalDate.parse(e[7]);
            assertThat(founded).as(e[1]).isAfter(LocalDate.of(1949, 10, 1)).isBefore(LocalDate.of(2025, 1, 1));
            industries.add(e[5]);
            sizes.add(e[6]);
        }
        assertThat(sizes).containsExactlyInAnyOrder("LARGE", "MEDIUM", "SMALL", "MICRO");
        assertThat(industries).contains("C").hasSizeGreaterThanOrEqualTo(6);
        long manufacturing = enterprises.stream().filter(e -> e[5].equals("C")).count();
        assertThat(manufacturing).isGreaterThan(enterprises.size() / 2);
    }

    @Test
    void contactDetailsAreFictional() {
        for (String[] e : enterprises) {
            assertThat(e[10]).as(e[1]).matches("022-\\d{8}");
            assertThat(e[11]).as(e[1]).matches("[a-z0-9.]+@[a-z0-9]+\\.example\\.cn");
            assertThat(e[4]).as(e[1]).startsWith("天津市");
        }
    }
}
