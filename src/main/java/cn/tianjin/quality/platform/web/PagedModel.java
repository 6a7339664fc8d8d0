package cn.tianjin.quality.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model whose counting and paging are done by a service in the database. Backing beans pass
 * the two service calls as lambdas; sorting is handed over as the field name of the first sorted column.
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Loads one page: first row, page size, sort field (null for the default order), ascending. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int size, String sortField, boolean ascending);
    }

    public interface Count extends Supplier<Long>, Serializable {
    }

    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedModel(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    /** The last count, kept while the user only turns pages or sorts. */
    private Integer counted;

    /**
     * Counts again unless the request only turns a page or sorts the table: such a request processes the table alone,
     * so the search fields cannot have changed, and counting a large table took longer than reading the page. Rows
     * added meanwhile by others show in the total at the next search or visit.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (counted == null || !pagingOrSorting()) {
            counted = Math.toIntExact(count.get());
        }
        return counted;
    }

    private static boolean pagingOrSorting() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.isPostback()) {
            return false;
        }
        for (Map.Entry<String, String> p : context.getExternalContext().getRequestParameterMap().entrySet()) {
            if ((p.getKey().endsWith("_pagination") || p.getKey().endsWith("_sorting")) && "true".equals(p.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return page.load(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
