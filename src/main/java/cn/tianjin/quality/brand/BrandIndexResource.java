package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.api.Paging;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.tables.TableSink;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Open data, no login: the yearly Tianjin brand index as the bureau published it (the public page's figures), as JSON
 * and as a table (CSV or XLSX) with one line per group and per recognised brand.
 */
@Path("public/brand-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BrandIndexResource {
    private static final String YEAR = "the year of the index, e.g. 2026";

    @Inject
    BrandIndexService index;

    @Inject
    Language language;

    @Inject
    Districts districts;

    /** A published year: brands counted, the city's index, its change in points from the year before (null: none). */
    public record YearFigure(int year, int brands, BigDecimal index, @Schema(nullable = true) BigDecimal change) {
    }

    public record YearsPage(long total, int page, int size, List<YearFigure> items) {
    }

    /**
     * A group's mean index beside the year before: {@code dimension} is city, industry (a GB/T 4754 section letter),
     * district (its code) or kind (PRODUCT, SERVICE, PROJECT, ENTERPRISE, REGIONAL).
     */
    public record Group(String dimension, String key, String name, int brands, BigDecimal index,
                        @Schema(nullable = true) BigDecimal previous, @Schema(nullable = true) BigDecimal change) {
    }

    /** A brand recognised in the year, with its index and its certificate's serial and status. */
    public record Brand(String brand, String enterprise, String creditCode, String industry, String district, String kind,
                        BigDecimal index, String serial, String status) {
    }

    /** A published year's index; {@code published} is a moment with Tianjin's offset. */
    public record IndexYear(int year, List<String> formulas, OffsetDateTime published, List<Group> groups, List<Brand> brands) {
    }

    @GET
    @Operation(operationId = "listBrandIndexYears", summary = "The years of the Tianjin brand index published, newest first,"
            + " with the city's index and its change from the year before")
    public YearsPage years(@Parameter(description = "page number, from 1 (default 1)",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
                           @Parameter(description = "items per page, from 1 to 100 (default 20)",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                           @QueryParam("size") String size) {
        Paging p = Paging.of(page, size, 20);
        List<BrandIndexService.YearLine> lines = index.publishedYears();
        return new YearsPage(lines.size(), p.page(), p.size(), lines.stream().skip(p.offset()).limit(p.size())
                .map(l -> new YearFigure(l.year(), l.brands(), l.mean(), l.change())).toList());
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getBrandIndexYear", summary = "A year's Tianjin brand index: the city's, each industry's,"
            + " district's and brand kind's mean beside the year before, and each recognised brand's index; years not"
            + " published answer 404")
    public IndexYear year(@Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year) {
        BrandIndexService.Year y = published(year);
        Locale locale = language.getLocale();
        return new IndexYear(y.year(), y.formulas(), y.publishedAt().atZone(cn.tianjin.quality.platform.PortalConfig.ZONE)
                .toOffsetDateTime(), y.groups().stream().map(g -> new Group(g.dimension(), g.key(), name(locale, g.dimension(),
                g.key()), g.brands(), g.mean(), g.previous(), g.change())).toList(),
                y.brands().stream().map(b -> new Brand(b.brand(), b.enterprise(), b.creditCode(), b.industry(), b.district(),
                        b.kind().name(), b.index(), b.serial(), b.status().name())).toList());
    }

    @GET
    @Path("{year}/table.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadBrandIndexCsv", summary = "A year's Tianjin brand index as a CSV table (UTF-8): a line"
            + " per group and per recognised brand, headed in the reader's language")
    @APIResponse(responseCode = "200", description = "the table", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year) {
        return table(published(year), TableSink.Format.CSV);
    }

    @GET
    @Path("{year}/table.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(operationId = "downloadBrandIndexXlsx", summary = "A year's Tianjin brand index as an XLSX workbook: a line"
            + " per group and per recognised brand, headed in the reader's language")
    @APIResponse(responseCode = "200", description = "the workbook", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER)) @PathParam("year") String year) {
        return table(published(year), TableSink.Format.XLSX);
    }

    private BrandIndexService.Year published(String year) {
        int y = Paging.whole("year", year, 0, 1990, 2100);
        return index.published(y).orElseThrow(() -> new NotFoundException("brand index " + y));
    }

    private Response table(BrandIndexService.Year y, TableSink.Format format) {
        Locale locale = language.getLocale();
        String title = Messages.get(locale, "brand.index.table.sheet", String.valueOf(y.year()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableSink sink = TableSink.open(format, out, title)) {
            List<String> header = new ArrayList<>();
            for (String k : List.of("dimension", "group", "enterprise", "brands", "index", "previous", "change", "serial")) {
                header.add(Messages.get(locale, "brand.index.table." + k));
            }
            sink.header(header);
            for (IndexSummary.Group g : y.groups()) {
                sink.row(java.util.Arrays.asList(Messages.get(locale, "brand.index.table.dimension." + g.dimension()),
                        name(locale, g.dimension(), g.key()), null, g.brands(), g.mean(), g.previous(), g.change(), null));
            }
            for (BrandIndexService.PublishedBrand b : y.brands()) {
                sink.row(java.util.Arrays.asList(Messages.get(locale, "brand.index.table.dimension.brand"), b.brand(),
                        b.enterprise(), 1, b.index(), null, null, b.serial()));
            }
        }
        return Response.ok(out.toByteArray(), format.contentType())
                .header("Content-Disposition", "attachment; filename=\"tianjin-brand-index-" + y.year() + "." + format.extension() + "\"")
                .build();
    }

    /** A group's name in the reader's language. */
    private String name(Locale locale, String dimension, String key) {
        return switch (dimension) {
            case "industry" -> key.isEmpty() ? "" : Messages.get(locale, "industry." + key);
            case "district" -> districts.all().stream().filter(d -> d.getCode().equals(key)).findFirst()
                    .map(d -> d.name(locale)).orElse(key);
            case "kind" -> Messages.get(locale, "brand.kind." + key);
            default -> Messages.get(locale, "brand.index.public.city");
        };
    }
}
