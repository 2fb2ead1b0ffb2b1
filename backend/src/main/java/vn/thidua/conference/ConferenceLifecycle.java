package vn.thidua.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/**
 * A conference's steps: SCHEDULED → HELD (its day has come, attendance recorded, a chair named) →
 * MINUTES_SIGNED (the signed scan attached); SCHEDULED → CANCELLED with a reason. Postponing is an
 * update of the date while SCHEDULED. The guards read what the service loaded onto the record.
 */
@ApplicationScoped
public class ConferenceLifecycle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Clock clock;

    private Lifecycle<Conference, ConferenceStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Conference, ConferenceStatus>of("CONFERENCE", ConferenceStatus.class)
                .step(ConferenceStatus.SCHEDULED, ConferenceStatus.HELD, this::requireDayCome, this::requireAttendance,
                        this::requireChair)
                .stepWithReason(ConferenceStatus.SCHEDULED, ConferenceStatus.CANCELLED)
                .step(ConferenceStatus.HELD, ConferenceStatus.MINUTES_SIGNED, this::requireSignedScan)
                .build();
    }

    public Lifecycle<Conference, ConferenceStatus> of() {
        return lifecycle;
    }

    /** Whether the step would pass now (the permissions a read returns), with a stand-in reason where one is needed. */
    public boolean passes(Conference conference, ConferenceStatus target) {
        try {
            lifecycle.check(conference, conference.status, target, "-");
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /** What a HELD conference must keep through later edits: its day has come, attendance, a chair. */
    public void requireHeldFacts(Conference c) {
        requireDayCome(c);
        requireAttendance(c);
        requireChair(c);
    }

    private void requireDayCome(Conference c) {
        if (c.heldOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.rule("CONFERENCE_NOT_YET_HELD", Text.of(
                    "Hội nghị diễn ra ngày {0}; chưa đến ngày đó thì chưa ghi nhận “{1}” được.",
                    "The conference is on {0}; it cannot be “{1}” before that day.")
                    .with(DAY.format(c.heldOn), ConferenceStatus.HELD), "heldOn");
        }
    }

    private void requireAttendance(Conference c) {
        if (c.attendeeCount() == 0) {
            throw DomainException.rule("CONFERENCE_NEEDS_ATTENDANCE", Text.of(
                    "Cần ghi nhận thành phần tham dự (đơn vị, đại biểu) trước khi chuyển sang “{0}”.",
                    "Record the attendance (units and delegates) before the conference becomes “{0}”.")
                    .with(ConferenceStatus.HELD), "attendees");
        }
    }

    private void requireChair(Conference c) {
        if (c.chairName == null || c.chairName.isBlank()) {
            throw DomainException.rule("CONFERENCE_NEEDS_CHAIR", Text.of(
                    "Cần ghi người chủ trì hội nghị trước khi chuyển sang “{0}”.",
                    "Name the conference's chair before it becomes “{0}”.").with(ConferenceStatus.HELD), "chairName");
        }
    }

    private void requireSignedScan(Conference c) {
        if (!c.minutesScanAttached()) {
            throw DomainException.rule("CONFERENCE_MINUTES_SCAN_REQUIRED", Text.of(
                    "Cần tải lên bản quét biên bản đã ký trước khi chuyển sang “{0}”.",
                    "Attach the signed minutes' scan before the conference becomes “{0}”.")
                    .with(ConferenceStatus.MINUTES_SIGNED), "status");
        }
    }
}
