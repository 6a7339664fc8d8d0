package cn.tianjin.quality.award;

import cn.tianjin.quality.review.ReviewedProgramme;
import jakarta.enterprise.context.ApplicationScoped;

/** The Tianjin Quality Award as the programmes below it know it. */
@ApplicationScoped
public class AwardProgramme implements ReviewedProgramme {
    /** The award's code in rubrics, rounds and notices. */
    public static final String CODE = "AWARD";

    @Override
    public String code() {
        return CODE;
    }
}
