package vn.thidua.scheme;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.conference.Conference;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;

/**
 * A term's scoring schemes. The term's managers draft, copy, adopt (at a held conference of the term)
 * and retire them ({@link TermParty#requireManage}); a draft is seen by the bloc only, adopted and
 * retired versions by everyone who sees the term. Adopting a version retires the one adopted before.
 */
@ApplicationScoped
@Traced
public class SchemeService {

    private static final Set<SchemeStatus> PUBLIC = Set.of(SchemeStatus.ADOPTED, SchemeStatus.RETIRED);

    @Inject
    SchemeRepository schemes;

    @Inject
    TermAccess access;

    @Inject
    SchemeLifecycle lifecycle;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    SchemeTree tree;

    @Inject
    ProvinceScope scope;

    record Loaded(Scheme scheme, TermParty party) {
    }

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public SchemeList list(long termId) {
        TermParty party = access.of(termId);
        List<Scheme> rows = schemes.ofTerm(termId).stream().filter(s -> party.insider() || PUBLIC.contains(s.status)).toList();
        Map<Long, int[]> counts = schemes.counts(rows.stream().map(s -> s.id).toList());
        List<SchemeSummary> items = rows.stream().map(s -> {
            int[] c = counts.getOrDefault(s.id, new int[2]);
            return new SchemeSummary(s.id, s.versionNo, s.title, s.totalPoints, s.status, s.adoptedOn, c[0], c[1]);
        }).toList();
        return new SchemeList(items, Permissions.builder().allow("CREATE", party.managesOpenYear()).list());
    }

    @ReadOnly
    public Versioned<SchemeData> get(long id) {
        return versioned(load(id));
    }

    Loaded load(long id) {
        Scheme s = schemes.findFull(id).filter(found -> scope.sees(found.term.bloc.provinceId))
                .orElseThrow(SchemeService::notFound);
        TermParty party = access.of(s.term);
        if (!party.insider() && !PUBLIC.contains(s.status)) {
            throw notFound();
        }
        return new Loaded(s, party);
    }

    // ── writes ──────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<SchemeData> create(long termId, SchemeInput input) {
        TermParty party = requireWrite(access.of(termId));
        Scheme s = newVersion(party.term());
        tree.validate(input);
        tree.apply(s, input);
        persist(s);
        return versioned(new Loaded(s, party));
    }

    @Transactional
    public Versioned<SchemeData> copy(long termId, SchemeCopy copy) {
        TermParty party = requireWrite(access.of(termId));
        Scheme source = schemes.findFull(copy.schemeId()).filter(s -> scope.sees(s.term.bloc.provinceId))
                .filter(s -> access.of(s.term).insider() || PUBLIC.contains(s.status))
                .orElseThrow(() -> DomainException.rule("SCHEME_COPY_NOT_FOUND", Text.of(
                        "Không có thang điểm mã {0} để sao.", "There is no scheme {0} to copy.").with(copy.schemeId()), "schemeId"));
        Term term = party.term();
        if (!source.term.bloc.id.equals(term.bloc.id) || source.term.year > term.year) {
            throw DomainException.rule("SCHEME_COPY_OTHER_BLOC", Text.of(
                    "Chỉ sao được thang điểm của chính khối, năm nay hoặc các năm trước.",
                    "Only this bloc's schemes, of this year or earlier ones, can be copied."), "schemeId");
        }
        Scheme s = newVersion(term);
        s.copiedFrom = source;
        tree.apply(s, SchemeTree.inputOf(source));
        persist(s);
        return versioned(new Loaded(s, party));
    }

    @Transactional
    public Versioned<SchemeData> replace(long id, IfMatch ifMatch, SchemeInput input) {
        Loaded loaded = loadForWrite(id, ifMatch);
        Scheme s = loaded.scheme();
        if (s.status != SchemeStatus.DRAFT) {
            throw DomainException.conflict("SCHEME_FROZEN", Text.of(
                    "Thang điểm đang ở bước “{0}” nên không sửa được; hãy sao thành phiên bản mới để sửa.",
                    "The scheme is “{0}” and frozen; copy it into a new version to change it.").with(s.status));
        }
        tree.validate(input);
        var before = s.snapshot().map();
        s.groups.clear();
        schemes.flush(); // the old rows go before the new ones take their positions and codes
        tree.apply(s, input);
        schemes.flush();
        audit.updated(s, before, s.snapshot().map(), null);
        return versioned(loaded);
    }

    @Transactional
    public Versioned<SchemeData> changeStatus(long id, IfMatch ifMatch, SchemeStatusChange change) {
        Loaded loaded = loadForWrite(id, ifMatch);
        Scheme s = loaded.scheme();
        if (change.status() == SchemeStatus.ADOPTED) {
            lifecycle.of().check(s, s.status, SchemeStatus.ADOPTED, change.reason());
            Conference at = adoptingConference(s, change.conferenceId());
            schemes.adopted(s.term.id).filter(old -> !old.id.equals(s.id)).ifPresent(old -> transitions.move(lifecycle.of(), old,
                    SchemeStatus.RETIRED, "Thay bằng phiên bản " + s.versionNo + " / replaced by version " + s.versionNo));
            s.adoptedAt = at;
            s.adoptedOn = at.heldOn;
        } else if (change.reason() != null && !change.reason().isBlank()) {
            s.statusReason = change.reason().trim();
        }
        UniqueKeys.guard(schemes.getEntityManager(), () -> transitions.move(lifecycle.of(), s, change.status(), change.reason()),
                Map.of("uk_scoring_scheme_adopted", () -> DomainException.conflict("SCHEME_ALREADY_ADOPTED", Text.of(
                        "Năm thi đua này vừa có một thang điểm khác được thông qua; hãy tải lại.",
                        "Another scheme of this term was just adopted; reload."))));
        return versioned(loaded);
    }

    private Conference adoptingConference(Scheme s, Long conferenceId) {
        if (conferenceId == null) {
            throw DomainException.rule("SCHEME_ADOPTION_NEEDS_CONFERENCE", Text.of(
                    "Thang điểm được thông qua tại hội nghị của khối: hãy chọn hội nghị (conferenceId).",
                    "A scheme is adopted at a conference of the bloc: name it (conferenceId)."), "conferenceId");
        }
        Conference at = schemes.getEntityManager().find(Conference.class, conferenceId);
        if (at == null || !at.term.id.equals(s.term.id)) {
            throw DomainException.rule("SCHEME_CONFERENCE_NOT_IN_TERM", Text.of(
                    "Không có hội nghị mã {0} trong năm thi đua này.", "There is no conference {0} in this term.")
                    .with(conferenceId), "conferenceId");
        }
        if (at.status != ConferenceStatus.HELD && at.status != ConferenceStatus.MINUTES_SIGNED) {
            throw DomainException.rule("SCHEME_CONFERENCE_NOT_HELD", Text.of(
                    "Hội nghị “{0}” đang ở bước “{1}”; thang điểm chỉ được ghi thông qua tại hội nghị đã tổ chức.",
                    "The conference “{0}” is “{1}”; a scheme can be recorded adopted only at a conference that took place.")
                    .with(at.title, at.status), "conferenceId");
        }
        return at;
    }

    private Loaded loadForWrite(long id, IfMatch ifMatch) {
        Loaded loaded = load(id);
        requireWrite(loaded.party());
        schemes.getEntityManager().lock(loaded.scheme(), LockModeType.PESSIMISTIC_WRITE);
        ifMatch.require(etags.of(data(loaded).shared()));
        return loaded;
    }

    private static TermParty requireWrite(TermParty party) {
        party.requireManage();
        TermGuard.requireOpen(party.term());
        return party;
    }

    /** A new DRAFT numbered after the term's versions (the term's row lock keeps two drafts from one number). */
    private Scheme newVersion(Term term) {
        schemes.getEntityManager().lock(term, LockModeType.PESSIMISTIC_WRITE);
        Scheme s = new Scheme();
        s.term = term;
        s.versionNo = schemes.nextVersionNo(term.id);
        return s;
    }

    private void persist(Scheme s) {
        schemes.persistAndFlush(s);
        audit.created(s, s.snapshot().map());
    }

    // ── representation ──────────────────────────────────────────────────────────────────────

    private Versioned<SchemeData> versioned(Loaded loaded) {
        SchemeData data = data(loaded);
        return etags.versioned(data, data.shared());
    }

    private SchemeData data(Loaded loaded) {
        Scheme s = loaded.scheme();
        boolean writes = loaded.party().managesOpenYear();
        return new SchemeData(s.id, s.term.id, s.term.year, s.term.bloc.name, s.versionNo, s.title, s.totalPoints,
                s.groupMaxima(), s.scoreFloor, s.tieBreakChain(), s.status, s.statusReason, s.copiedFrom == null ? null : s.copiedFrom.id,
                s.adoptedAt == null ? null : s.adoptedAt.id, s.adoptedAt == null ? null : s.adoptedAt.title, s.adoptedOn,
                s.groups.stream().map(GroupData::of).toList(), s.version,
                Permissions.builder().allow("UPDATE", writes && s.status == SchemeStatus.DRAFT)
                        .allow("ADOPT", writes && s.status == SchemeStatus.DRAFT)
                        .allow("RETIRE", writes && s.status != SchemeStatus.RETIRED)
                        .allow("COPY", writes).list());
    }

    static DomainException notFound() {
        return DomainException.notFound("SCHEME_NOT_FOUND", Text.of("Không tìm thấy thang điểm.", "Scoring scheme not found."));
    }
}
