package vn.thidua.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFile;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.province.Provinces;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.term.TermRoster;
import vn.thidua.term.TermService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * A term's conferences. Managed by the term's managers ({@link TermParty#requireManage}); the term's
 * members and the Board read every conference; everyone else who sees the term (other blocs' officers,
 * viewers, portals, the Ministry) reads only conferences that took place (HELD, MINUTES_SIGNED), and
 * their minutes once signed: plans and cancellations stay inside the bloc. A CLOSED term's
 * conferences are corrected by the Board only, with a reason (TermGuard).
 */
@ApplicationScoped
@Traced
public class ConferenceService {

    static final Set<ConferenceStatus> PUBLIC = EnumSet.of(ConferenceStatus.HELD, ConferenceStatus.MINUTES_SIGNED);
    static final Set<ConferenceStatus> WITH_MINUTES = PUBLIC;

    @Inject
    ConferenceRepository conferences;

    @Inject
    ConferenceLifecycle lifecycle;

    @Inject
    TermAccess access;

    @Inject
    TermService terms;

    @Inject
    TermRoster roster;

    @Inject
    ProvinceScope scope;

    @Inject
    UnitRepository units;

    @Inject
    FileService files;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    Provinces provinces;

    @Inject
    Instance<AgendaLinkTarget> linkTargets;

    /** A conference with the caller's part in its term. */
    record Loaded(Conference conference, TermParty party) {
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public ConferencePage list(long termId, PageRequest page) {
        TermParty party = access.of(termId);
        List<Conference> all = conferences.ofTerm(termId, party.insider() ? null : PUBLIC);
        int from = Math.min(all.size(), page.page() * page.size());
        List<Conference> rows = all.subList(from, Math.min(all.size(), from + page.size()));
        List<Long> ids = rows.stream().map(c -> c.id).toList();
        Map<Long, Long> attending = conferences.attendingUnits(ids);
        Set<Long> scanned = files.ownersWithCurrent(Conference.ENTITY, ids, FileKind.MINUTES_SCAN);
        List<ConferenceSummary> items = rows.stream().map(c -> {
            c.facts(attending.getOrDefault(c.id, 0L).intValue(), scanned.contains(c.id));
            return new ConferenceSummary(c.id, termId, provinceCode(party.term()), c.kind, c.title, c.heldOn,
                    c.venue, c.status, c.attendeeCount(), permissions(c, party));
        }).toList();
        return new ConferencePage(items, page.page(), page.size(), all.size(),
                Permissions.builder().allow("CREATE", canWrite(party)).list());
    }

    @ReadOnly
    public Versioned<ConferenceData> get(long id) {
        return versioned(load(id));
    }

    /** The attendance a vote held at this conference counts its quorum from (no access check: the vote's feature checks it). */
    @ReadOnly
    public ConferenceQuorum quorumOf(long conferenceId) {
        Conference c = conferences.findFull(conferenceId).orElseThrow(ConferenceService::notFound);
        Set<Long> members = roster.parties(c.term.id).memberUnitIds();
        Set<Long> voting = conferences.attendees(conferenceId).stream().filter(a -> a.mayVote).map(a -> a.unit.id)
                .filter(members::contains).collect(Collectors.toSet());
        return new ConferenceQuorum(c.id, c.term.id, c.status, members, voting);
    }

    /** The conference when the caller may read it (404 otherwise, as for an unknown id). */
    Loaded load(long id) {
        Conference c = conferences.findFull(id).orElseThrow(ConferenceService::notFound);
        return visible(c);
    }

    Loaded visible(Conference c) {
        if (!scope.sees(c.term.bloc.provinceId)) {
            throw notFound();
        }
        TermParty party = access.of(c.term);
        if (!party.insider() && !PUBLIC.contains(c.status)) {
            throw notFound();
        }
        return new Loaded(c, party);
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<ConferenceData> create(long termId, ConferenceInput input) {
        Term term = terms.find(termId);
        TermParty party = access.of(term);
        String correction = requireWrite(term, party, input.correctionReason());
        Conference c = new Conference();
        c.term = term;
        apply(c, party, input);
        conferences.persistAndFlush(c);
        audit.record(correction == null ? AuditOperation.CREATE : AuditOperation.CORRECTION, c, Map.of(),
                c.snapshot().map(), correction);
        return versioned(new Loaded(c, party));
    }

    @Transactional
    public Versioned<ConferenceData> update(long id, IfMatch ifMatch, ConferenceInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, input.correctionReason());
        Conference c = loaded.conference();
        String correction = TermGuard.correctionReasonFor(c.term, input.correctionReason());
        requireEditable(c);
        var before = c.snapshot().map();
        apply(c, loaded.party(), input);
        if (c.status == ConferenceStatus.HELD) {
            lifecycle.requireHeldFacts(c);
        }
        conferences.flush();
        audit.record(correction == null ? AuditOperation.UPDATE : AuditOperation.CORRECTION, c, before,
                c.snapshot().map(), correction);
        return versioned(loaded);
    }

    @Transactional
    public Versioned<ConferenceData> replaceAttendance(long id, IfMatch ifMatch, AttendanceInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, input.correctionReason());
        Conference c = loaded.conference();
        String correction = TermGuard.correctionReasonFor(c.term, input.correctionReason());
        requireEditable(c);
        Map<Long, Unit> members = memberUnits(loaded.party(), input.attendees().stream().map(AttendeeInput::unitId).toList());
        Set<Long> voters = new HashSet<>();
        Set<String> delegates = new HashSet<>();
        List<ConferenceAttendee> rows = new ArrayList<>();
        for (int i = 0; i < input.attendees().size(); i++) {
            AttendeeInput in = input.attendees().get(i);
            String field = "attendees[" + i + "]";
            Unit unit = members.get(in.unitId());
            if (unit == null) {
                throw notAMember(field + ".unitId");
            }
            String name = clean(in.delegateName());
            if (name != null && !delegates.add(in.unitId() + "\u0000" + name)) {
                throw DomainException.rule("CONFERENCE_DUPLICATE_DELEGATE", Text.of(
                        "Đại biểu “{0}” của {1} đã có trong danh sách.",
                        "Delegate “{0}” of {1} is listed twice.").with(name, unit.label()), field + ".delegateName");
            }
            if (in.mayVote() && !voters.add(in.unitId())) {
                throw DomainException.rule("CONFERENCE_ONE_VOTER_PER_UNIT", Text.of(
                        "Mỗi đơn vị chỉ có một đại biểu được biểu quyết; {0} đã có.",
                        "Each unit has at most one voting delegate; {0} already has one.").with(unit.label()),
                        field + ".mayVote");
            }
            String substituteFor = clean(in.substituteFor());
            if (substituteFor != null && !in.mayVote()) {
                throw DomainException.rule("CONFERENCE_SUBSTITUTE_NOT_VOTING", Text.of(
                        "Chỉ đại biểu được biểu quyết mới thay mặt đại biểu vắng mặt của {0}.",
                        "Only the voting delegate acts for an absent delegate of {0}.").with(unit.label()), field + ".substituteFor");
            }
            ConferenceAttendee a = new ConferenceAttendee();
            a.conference = c;
            a.position = i + 1;
            a.unit = unit;
            a.delegateName = name;
            a.delegateTitle = clean(in.delegateTitle());
            a.mayVote = in.mayVote();
            a.substituteFor = substituteFor;
            rows.add(a);
        }
        c.facts(rows.size(), c.minutesScanAttached());
        if (c.status == ConferenceStatus.HELD) {
            lifecycle.requireHeldFacts(c);
        }
        touch(c);
        List<ConferenceAttendee> old = conferences.attendees(id);
        Map<String, Object> before = Map.of("attendees", describeAttendees(old));
        conferences.deleteAttendees(id);
        rows.forEach(conferences.getEntityManager()::persist);
        conferences.flush();
        audit.record(correction == null ? AuditOperation.UPDATE : AuditOperation.CORRECTION, c, before,
                Map.of("attendees", describeAttendees(rows)), correction);
        return versioned(loaded);
    }

    @Transactional
    public Versioned<ConferenceData> replaceAgenda(long id, IfMatch ifMatch, AgendaInput input) {
        Loaded loaded = loadForWrite(id, ifMatch, input.correctionReason());
        Conference c = loaded.conference();
        String correction = TermGuard.correctionReasonFor(c.term, input.correctionReason());
        requireEditable(c);
        List<AgendaItem> current = conferences.agenda(id);
        Map<Long, AgendaItem> byId = current.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        Map<String, Object> before = Map.of("agenda", describeAgenda(current));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < input.items().size(); i++) {
            AgendaItemInput in = input.items().get(i);
            String field = "items[" + i + "]";
            if (in.id() != null && (!byId.containsKey(in.id()) || !kept.add(in.id()))) {
                throw DomainException.rule("CONFERENCE_AGENDA_ITEM_UNKNOWN", Text.of(
                        "Nội dung mã {0} không thuộc hội nghị này (hoặc bị lặp).",
                        "Agenda item {0} is not this conference's (or is listed twice).").with(in.id()), field + ".id");
            }
            checkLink(c.term.id, in, field);
        }
        touch(c);
        var em = conferences.getEntityManager();
        // Removed items go first, kept ones step aside, then every item takes its place: the
        // (conference, position) key never sees two items in one place.
        for (AgendaItem item : current) {
            if (!kept.contains(item.id)) {
                em.remove(item);
            } else {
                item.moveAside();
            }
        }
        em.flush();
        List<AgendaItem> after = new ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            AgendaItemInput in = input.items().get(i);
            AgendaItem item = in.id() == null ? new AgendaItem() : byId.get(in.id());
            item.set(c, i + 1, in.title().trim(), in.linkKind(), in.linkedId(), clean(in.outcome()));
            if (item.id == null) {
                em.persist(item);
            }
            after.add(item);
        }
        em.flush();
        audit.record(correction == null ? AuditOperation.UPDATE : AuditOperation.CORRECTION, c, before,
                Map.of("agenda", describeAgenda(after)), correction);
        return versioned(loaded);
    }

    @Transactional
    public Versioned<ConferenceData> changeStatus(long id, IfMatch ifMatch, ConferenceStatusChange change) {
        Loaded loaded = loadForWrite(id, ifMatch, change.correctionReason());
        Conference c = loaded.conference();
        String correction = TermGuard.correctionReasonFor(c.term, change.correctionReason());
        prepareGuards(c);
        String reason = clean(change.reason());
        if (change.status() == ConferenceStatus.CANCELLED) {
            // set with the step (the database keeps a cancellation's reason with it); a refused step rolls it back
            c.cancelledBecause(reason);
        }
        transitions.move(lifecycle.of(), c, change.status(), joined(reason, correction));
        return versioned(loaded);
    }

    /**
     * A conference the caller may change: 404 when it may not read it, 403 unless it manages the term
     * (a CLOSED term: the Board only), 412 when If-Match names another version (null: a creation
     * under it, such as an upload, that names no version). Locked for the write.
     */
    Loaded loadForWrite(long id, IfMatch ifMatch, String correctionReason) {
        Loaded loaded = visible(conferences.findForWrite(id).orElseThrow(ConferenceService::notFound));
        requireWrite(loaded.conference().term, loaded.party(), correctionReason);
        if (ifMatch != null) {
            ifMatch.require(etags.of(data(loaded).shared()));
        }
        return loaded;
    }

    /** A change of what the conference shows without a change of its own row (attendance, agenda, scans) still raises its version. */
    void touch(Conference c) {
        conferences.getEntityManager().lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The correction reason to audit (null for an open term); throws unless the caller may write the term's conferences. */
    String requireWrite(Term term, TermParty party, String correctionReason) {
        party.requireManage();
        if (term.isClosed() && !party.isBoard()) {
            throw DomainException.forbidden("CONFERENCE_TERM_CLOSED", Text.of(
                    "Năm thi đua {0} của {1} đã kết thúc; chỉ Ban Thi đua - Khen thưởng đính chính được, kèm lý do.",
                    "The {0} term of {1} is closed; only the Board may correct it, with a reason.")
                    .with(term.year, term.bloc.name));
        }
        return TermGuard.correctionReasonFor(term, correctionReason);
    }

    private static void requireEditable(Conference c) {
        if (!c.editable()) {
            throw DomainException.conflict("CONFERENCE_NOT_EDITABLE", Text.of(
                    "Hội nghị đang ở bước “{0}”; chỉ sửa được khi “{1}” hoặc “{2}”.",
                    "The conference is “{0}”; it can be changed only while “{1}” or “{2}”.")
                    .with(c.status, ConferenceStatus.SCHEDULED, ConferenceStatus.HELD));
        }
    }

    private void apply(Conference c, TermParty party, ConferenceInput input) {
        Term term = c.term;
        LocalDate latest = LocalDate.of(term.year + 1, 3, 31);
        if (input.heldOn().getYear() < term.year || input.heldOn().isAfter(latest)) {
            throw DomainException.rule("CONFERENCE_DATE_OUTSIDE_TERM", Text.of(
                    "Hội nghị của năm thi đua {0} diễn ra trong năm {0} (hội nghị tổng kết có thể đến 31/03/{1}).",
                    "A conference of the {0} term takes place in {0} (a year-end review up to 31/03/{1}).")
                    .with(term.year, term.year + 1), "heldOn");
        }
        List<Long> unitIds = new ArrayList<>();
        Optional.ofNullable(input.hostUnitId()).ifPresent(unitIds::add);
        Optional.ofNullable(input.chairUnitId()).ifPresent(unitIds::add);
        Map<Long, Unit> members = memberUnits(party, unitIds);
        if (input.hostUnitId() != null && !members.containsKey(input.hostUnitId())) {
            throw notAMember("hostUnitId");
        }
        if (input.chairUnitId() != null && !members.containsKey(input.chairUnitId())) {
            throw notAMember("chairUnitId");
        }
        c.describe(input.kind(), input.title().trim(), input.heldOn(), input.startTime(), input.venue().trim(),
                input.hostUnitId() == null ? null : members.get(input.hostUnitId()), clean(input.chairName()),
                clean(input.chairTitle()), input.chairUnitId() == null ? null : members.get(input.chairUnitId()),
                clean(input.secretaryName()), clean(input.secretaryTitle()), clean(input.guests()));
    }

    /** The current member units among {@code ids} (others are left out: the caller names the field). */
    private Map<Long, Unit> memberUnits(TermParty party, List<Long> ids) {
        Set<Long> wanted = ids.stream().filter(party.memberUnitIds()::contains).collect(Collectors.toSet());
        Map<Long, Unit> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            units.byIds(wanted).forEach(u -> found.put(u.id, u));
        }
        return found;
    }

    private void checkLink(long termId, AgendaItemInput in, String field) {
        if ((in.linkKind() == null) != (in.linkedId() == null)) {
            throw DomainException.rule("CONFERENCE_LINK_INCOMPLETE", Text.of(
                    "Gắn nội dung với một bản ghi cần cả loại (linkKind) và mã (linkedId).",
                    "A link needs both its kind (linkKind) and its id (linkedId)."), field + ".linkedId");
        }
        if (in.linkKind() == null) {
            return;
        }
        AgendaLinkTarget target = target(in.linkKind()).orElseThrow(() -> DomainException.rule(
                "CONFERENCE_LINK_KIND_UNAVAILABLE", Text.of(
                        "Chưa gắn được nội dung với {0}: phần này của hệ thống chưa có.",
                        "Agenda items cannot link to a {0} yet: that part of the system is not there.")
                        .with(in.linkKind()), field + ".linkKind"));
        if (target.titleIn(termId, in.linkedId()).isEmpty()) {
            throw DomainException.rule("CONFERENCE_LINK_NOT_FOUND", Text.of(
                    "Không có {0} mã {1} trong năm thi đua này.",
                    "There is no {0} {1} in this term.").with(in.linkKind(), in.linkedId()), field + ".linkedId");
        }
    }

    /** The linked records' titles, one query per kind of link. */
    private Map<AgendaLinkKind, Map<Long, String>> linkedTitles(long termId, List<AgendaItem> agenda) {
        Map<AgendaLinkKind, Set<Long>> wanted = new LinkedHashMap<>();
        agenda.stream().filter(i -> i.linkKind != null)
                .forEach(i -> wanted.computeIfAbsent(i.linkKind, k -> new HashSet<>()).add(i.linkedId));
        Map<AgendaLinkKind, Map<Long, String>> titles = new LinkedHashMap<>();
        wanted.forEach((kind, ids) -> titles.put(kind, target(kind).map(t -> t.titlesIn(termId, ids)).orElse(Map.of())));
        return titles;
    }

    private Optional<AgendaLinkTarget> target(AgendaLinkKind kind) {
        return linkTargets.stream().filter(t -> t.kind() == kind).findFirst();
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private Versioned<ConferenceData> versioned(Loaded loaded) {
        ConferenceData data = data(loaded);
        return etags.versioned(data, data.shared());
    }

    ConferenceData data(Loaded loaded) {
        Conference c = loaded.conference();
        TermParty party = loaded.party();
        List<ConferenceAttendee> attendees = c.id == null ? List.of() : conferences.attendees(c.id);
        List<AgendaItem> agenda = c.id == null ? List.of() : conferences.agenda(c.id);
        List<Unit> named = new ArrayList<>();
        attendees.forEach(a -> named.add(a.unit));
        Optional.ofNullable(c.hostUnit).ifPresent(named::add);
        Optional.ofNullable(c.chairUnit).ifPresent(named::add);
        units.fetchNames(named);
        StoredFile scan = currentScan(c.id);
        c.facts(attendees.size(), scan != null);
        boolean showScan = scan != null && (party.insider() || c.status == ConferenceStatus.MINUTES_SIGNED);
        List<AttendeeData> people = attendees.stream().map(a -> new AttendeeData(UnitRef.of(a.unit, c.heldOn),
                a.delegateName, a.delegateTitle, a.mayVote, a.substituteFor)).toList();
        Map<AgendaLinkKind, Map<Long, String>> titles = linkedTitles(c.term.id, agenda);
        List<AgendaItemData> items = agenda.stream().map(i -> new AgendaItemData(i.id, i.position, i.title, i.linkKind,
                i.linkedId, i.linkKind == null ? null : titles.getOrDefault(i.linkKind, Map.of()).get(i.linkedId),
                i.outcome)).toList();
        return new ConferenceData(c.id, c.term.id, c.term.year, c.term.bloc.name, provinceCode(c.term),
                c.kind, c.title, c.heldOn, c.startTime, c.venue, ref(c.hostUnit, c.heldOn), c.chairName, c.chairTitle,
                ref(c.chairUnit, c.heldOn), c.secretaryName, c.secretaryTitle, c.guests, c.status, c.statusReason, people,
                (int) attendees.stream().map(a -> a.unit.id).distinct().count(),
                (int) attendees.stream().filter(a -> a.mayVote).count(), party.memberUnitIds().size(), items,
                showScan ? StoredFileData.of(scan) : null, c.version, permissions(c, party));
    }

    /** What the caller may do next, from the same policy and lifecycle the writes check. */
    List<String> permissions(Conference c, TermParty party) {
        boolean write = canWrite(party);
        return Permissions.builder()
                .allow("UPDATE", write && c.editable())
                .allow("EDIT_ATTENDANCE", write && c.editable())
                .allow("EDIT_AGENDA", write && c.editable())
                .allow("HOLD", write && lifecycle.passes(c, ConferenceStatus.HELD))
                .allow("CANCEL", write && lifecycle.passes(c, ConferenceStatus.CANCELLED))
                .allow("UPLOAD_MINUTES_SCAN", write && WITH_MINUTES.contains(c.status))
                .allow("SIGN_MINUTES", write && lifecycle.passes(c, ConferenceStatus.MINUTES_SIGNED))
                .allow("DOWNLOAD_MINUTES", WITH_MINUTES.contains(c.status)
                        && (party.insider() || c.status == ConferenceStatus.MINUTES_SIGNED))
                .list();
    }

    /** Whether {@link #requireWrite} would let the caller through (a CLOSED term: the Board, with a reason). */
    static boolean canWrite(TermParty party) {
        if (party.caller().isNational() || !party.manages()) {
            return false;
        }
        return !party.term().isClosed() || party.isBoard();
    }

    private void prepareGuards(Conference c) {
        c.facts(conferences.attendees(c.id).size(), currentScan(c.id) != null);
    }

    private StoredFile currentScan(Long conferenceId) {
        if (conferenceId == null) {
            return null;
        }
        return files.list(Conference.ENTITY, conferenceId, FileKind.MINUTES_SCAN).stream()
                .filter(f -> f.supersededBy == null).findFirst().orElse(null);
    }

    private String provinceCode(Term term) {
        return provinces.ref(term.bloc.provinceId, term.firstDay()).code();
    }

    private static UnitRef ref(Unit unit, LocalDate on) {
        return unit == null ? null : UnitRef.of(unit, on);
    }

    private static String describeAttendees(List<ConferenceAttendee> rows) {
        return rows.stream().map(a -> a.unit.id + ":" + (a.delegateName == null ? "" : a.delegateName) + ":"
                + (a.delegateTitle == null ? "" : a.delegateTitle) + (a.mayVote ? ":vote" : "")
                + (a.substituteFor == null ? "" : ":thay mặt / for " + a.substituteFor))
                .collect(Collectors.joining("; "));
    }

    private static String describeAgenda(List<AgendaItem> items) {
        return items.stream().map(i -> i.position + ". " + i.title + (i.linkKind == null ? "" : " [" + i.linkKind + " "
                + i.linkedId + "]") + (i.outcome == null ? "" : " → " + i.outcome)).collect(Collectors.joining("; "));
    }

    private static String joined(String reason, String correction) {
        if (correction == null) {
            return reason;
        }
        return reason == null ? correction : reason + " — " + correction;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static DomainException notAMember(String field) {
        return DomainException.rule("CONFERENCE_UNIT_NOT_MEMBER", Text.of(
                "Đơn vị đã chọn không phải thành viên của năm thi đua này.",
                "The chosen unit is not a member of this term."), field);
    }

    static DomainException notFound() {
        return DomainException.notFound("CONFERENCE_NOT_FOUND", Text.of("hội nghị", "conference"));
    }
}
