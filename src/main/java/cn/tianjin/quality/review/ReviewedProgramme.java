package cn.tianjin.quality.review;

/**
 * A programme whose entries experts review. Each programme registers itself by being a CDI bean of this type, so the
 * engine offers its rubrics and rounds without naming any programme itself. The programme's name is the bundle's
 * {@code programme.<code>}.
 */
public interface ReviewedProgramme {

    /** The programme's code, as rubrics and rounds store it: upper-case letters. */
    String code();
}
