package vn.thidua.common.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.persistence.Listing;

/** The envelope of every list: the items of one page and the total across pages. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "11") long total) {

    public static <E, T> Page<T> of(Listing<E> listing, PageRequest request, Function<E, T> mapper) {
        return of(listing, request, rows -> {
        }, mapper);
    }

    /**
     * As {@link #of(Listing, PageRequest, Function)}, with {@code prefetch} loading what the mapper
     * reads of the page's rows in a few queries for the whole page (collections cannot be fetch-joined
     * into a paged query), so that a list never asks once per row.
     */
    public static <E, T> Page<T> of(Listing<E> listing, PageRequest request, Consumer<List<E>> prefetch,
            Function<E, T> mapper) {
        return ofRows(listing, request, rows -> {
            prefetch.accept(rows);
            return rows.stream().map(mapper).toList();
        });
    }

    /**
     * The page's rows turned into its items all at once ({@code items}: called once, never with an empty
     * list), for lists that read what the items need for the whole page in a few queries of their own.
     */
    public static <E, T> Page<T> ofRows(Listing<E> listing, PageRequest request, Function<List<E>, List<T>> items) {
        int page = request.page();
        int size = request.size();
        List<E> rows = listing.rows().page(io.quarkus.panache.common.Page.of(page, size)).list();
        // A page that is not full ends the list: its total is known without a count query (unless an
        // empty page past the end, where only the count tells the total).
        long total = rows.size() < size && (!rows.isEmpty() || page == 0) ? (long) page * size + rows.size() : listing.count();
        return new Page<>(rows.isEmpty() ? List.of() : items.apply(rows), page, size, total);
    }
}
