package cn.tianjin.quality.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A list on a home page (a desk): its newest {@value #SHOWN} lines, or all of them when the address asks for all
 * ({@code ?all=1}), and whether there are more than it shows. Years of work add up; the day's work sits in the newest.
 */
public final class DeskList<T> {
    /** Lines a desk shows before "all". */
    public static final int SHOWN = 30;

    private final List<T> fetched;
    private final boolean all;

    private DeskList(List<T> fetched, boolean all) {
        this.fetched = fetched;
        this.all = all;
    }

    /**
     * Reads the list: {@code everything} when the request asks for all, else {@code newest} of one line more than it
     * shows (so it knows whether there are more).
     */
    public static <T> DeskList<T> read(Supplier<List<T>> everything, IntFunction<List<T>> newest) {
        boolean all = "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("all"));
        return new DeskList<>(all ? everything.get() : newest.apply(SHOWN + 1), all);
    }

    public List<T> shown() {
        return all || fetched.size() <= SHOWN ? fetched : fetched.subList(0, SHOWN);
    }

    /** Whether there are more lines than shown. */
    public boolean more() {
        return !all && fetched.size() > SHOWN;
    }
}
