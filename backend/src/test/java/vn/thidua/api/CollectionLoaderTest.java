package vn.thidua.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every lazy collection is loaded by the loader Hibernate built at start. A collection whose batch size
 * differs from the session's ({@code @BatchSize} other than {@code quarkus.hibernate-orm.fetch.batch-size})
 * counts as "affected by the session's influencers", and Hibernate then builds a new batch loader — a whole
 * SQL AST — at every initialisation: that was ≈ 10 % of a scoring sheet's read and most of a scheme's
 * maxima (docs/performance.md, tenth pass). Batch sizes are set once, in the configuration.
 */
@QuarkusTest
class CollectionLoaderTest {

    @Inject
    SessionFactory sessions;

    @Test
    void everyCollectionBatchesAsTheSessionDoesSoItsLoaderIsBuiltOnce() {
        SessionFactoryImplementor factory = sessions.unwrap(SessionFactoryImplementor.class);
        int sessionBatch = factory.getSessionFactoryOptions().getDefaultBatchFetchSize();
        assertTrue(sessionBatch > 1, "lazy associations are batch-fetched: " + sessionBatch);
        List<String> differing = factory.getMappingMetamodel().streamCollectionDescriptors()
                .filter(collection -> collection.getBatchSize() != sessionBatch)
                .map(collection -> collection.getRole() + " batches " + collection.getBatchSize())
                .sorted().toList();
        assertEquals(List.of(), differing, "collections batched unlike the session (" + sessionBatch + ")");
    }
}
