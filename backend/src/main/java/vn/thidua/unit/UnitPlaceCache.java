package vn.thidua.unit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.thidua.access.UnitPlaces;

/**
 * Officers' units for the access rules, kept a short while so that an officer's request costs no
 * extra round trip (issue 9). Any change of a unit through Hibernate ({@link Listener}) empties the
 * cache when it is flushed and again when its transaction ends, so on this instance a deactivated
 * unit is refused from the first request after the change commits; a change this instance did not
 * make (another replica, SQL by hand) is seen within {@code thidua.access.unit-cache-ttl} (10 s).
 */
@ApplicationScoped
public class UnitPlaceCache implements UnitPlaces {

    private record Key(Long provinceId, String code) {
    }

    private record Entry(Optional<UnitPlace> place, long expiresAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    UnitRepository units;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "thidua.access.unit-cache-ttl", defaultValue = "10S")
    Duration ttl;

    @Override
    public Optional<UnitPlace> unitOf(Long provinceId, String code) {
        Key key = new Key(provinceId, code);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.expiresAt() > 0) {
            if (entries.size() > 10_000) {
                entries.clear();
            }
            entry = new Entry(units.unitOf(provinceId, code), now + ttl.toNanos());
            entries.put(key, entry);
        }
        return entry.place();
    }

    /** A unit changed: forget everything now and, as a read may cache the old row until the change commits, at its end. */
    void changed() {
        entries.clear();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }

    /** On {@link Unit}: every insert, update and delete of a unit empties the cache. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Unit unit) {
            CDI.current().select(UnitPlaceCache.class).get().changed();
        }
    }
}
