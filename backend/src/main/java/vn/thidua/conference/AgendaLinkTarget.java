package vn.thidua.conference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an agenda item may link to, provided by the feature that owns the kind (campaigns, the
 * covenant, scoring schemes, votes) as a CDI bean. A link of a kind without a provider is refused
 * (422 {@code CONFERENCE_LINK_KIND_UNAVAILABLE}): a link is stored generically as (kind, id), but
 * only once the kind's feature can say the id is real and belongs to the conference's term.
 */
public interface AgendaLinkTarget {

    AgendaLinkKind kind();

    /** The titles of those {@code ids} that are records of this kind in term {@code termId}, read in one query. */
    Map<Long, String> titlesIn(long termId, Collection<Long> ids);

    /** The linked record's title when {@code id} is a record of this kind in term {@code termId}; empty otherwise. */
    default Optional<String> titleIn(long termId, long id) {
        return Optional.ofNullable(titlesIn(termId, List.of(id)).get(id));
    }
}
