package cn.tianjin.quality.platform.web;

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

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.get());
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
