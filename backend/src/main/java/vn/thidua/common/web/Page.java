package vn.thidua.common.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The envelope of every list: the items of one page and the total across pages. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "11") long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        int page = request.page();
        int size = request.size();
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(mapper).toList();
        return new Page<>(items, page, size, query.count());
    }
}
