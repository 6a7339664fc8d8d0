package cn.tianjin.quality.review;

import java.util.Map;

/**
 * What a programme tells the review engine about the entries it hands over, so that experts read the application
 * itself beside their score sheet. Each programme provides one as a CDI bean for its own {@link ReviewEntry#getSourceType()};
 * the engine never reads a programme's tables.
 */
public interface EntrySource {

    /** The source type of the entries this programme creates. */
    String sourceType();

    /**
     * The application's text for the panel: a summary and, per rubric category code, the applicant's narrative as
     * sanitised HTML. The caller has already checked that the reader may see the entry.
     */
    Content content(long sourceId);

    /** The summary and the narratives of one application. */
    record Content(String summary, Map<String, String> narratives) {

        public Content {
            narratives = Map.copyOf(narratives);
        }
    }
}
